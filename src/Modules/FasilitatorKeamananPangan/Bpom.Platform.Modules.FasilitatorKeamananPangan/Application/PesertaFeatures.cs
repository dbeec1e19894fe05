using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;

/// <summary>A person registered to a cohort. A NIK already in the registry is the same person (their data is updated).</summary>
/// <param name="Nama">Full name.</param>
/// <param name="Nik">16-digit NIK.</param>
/// <param name="Telepon">Phone.</param>
/// <param name="Email">E-mail.</param>
/// <param name="Provinsi">Domicile province.</param>
/// <param name="KabupatenKota">Domicile regency/city.</param>
/// <param name="InstansiPenugas">The K/L/Pemda/organisation that assigns them.</param>
/// <param name="Perjanjian">Their work agreement (number/date).</param>
/// <param name="UptId">The participating UPT that registers them (a UPT user: their own unit).</param>
public sealed record DataPeserta(
    string Nama, string Nik, string? Telepon, string? Email, string Provinsi, string KabupatenKota, string InstansiPenugas, string? Perjanjian, Guid? UptId);

internal sealed class DataPesertaValidator : AbstractValidator<DataPeserta>
{
    public DataPesertaValidator()
    {
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Nik).Must(Nik.Valid).WithMessage("NIK harus 16 angka yang sah (kode provinsi, tanggal lahir).");
        RuleFor(x => x.Telepon).MaximumLength(30).Matches(@"^\+?[0-9 ()-]{6,30}$").WithMessage("Nomor telepon tidak sah.").When(x => !string.IsNullOrWhiteSpace(x.Telepon));
        RuleFor(x => x.Email).MaximumLength(200).EmailAddress().WithMessage("Alamat e-mail tidak sah.").When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi domisili wajib diisi.").MaximumLength(100);
        RuleFor(x => x.KabupatenKota).NotEmpty().WithMessage("Kabupaten/kota domisili wajib diisi.").MaximumLength(100);
        RuleFor(x => x.InstansiPenugas).NotEmpty().WithMessage("Instansi/organisasi penugas wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Perjanjian).MaximumLength(200);
    }
}

/// <summary>Adds people to a cohort: staff of the cohort's unit, or of a participating UPT (registering for itself).</summary>
internal sealed class PendaftarPeserta(FasilitatorDbContext db, AksesFasilitator akses, IClock clock)
{
    public async Task<List<ValidationFailure>> DaftarkanAsync(Angkatan a, IReadOnlyList<DataPeserta> data, string awalan, CancellationToken cancellationToken)
    {
        var user = akses.Pengguna;
        var gagal = new List<ValidationFailure>();
        var validator = new DataPesertaValidator();
        var niks = data.Select(d => d.Nik).ToList();
        var orang = await db.Fasilitator.Where(f => niks.Contains(f.Nik)).ToDictionaryAsync(f => f.Nik, cancellationToken);
        var orangIds = orang.Values.Select(o => o.Id).ToList();
        var sudah = (await db.Peserta.Where(p => p.AngkatanId == a.Id && orangIds.Contains(p.FasilitatorId)).Select(p => p.FasilitatorId).ToListAsync(cancellationToken)).ToHashSet();
        var diFile = new HashSet<string>(StringComparer.Ordinal);
        var sekarang = clock.GetCurrentInstant();
        for (var i = 0; i < data.Count; i++)
        {
            var d = data[i];
            var hasil = validator.Validate(d);
            gagal.AddRange(hasil.Errors.Select(e => new ValidationFailure($"{awalan}[{i}].{char.ToLowerInvariant(e.PropertyName[0])}{e.PropertyName[1..]}", e.ErrorMessage)));
            if (!hasil.IsValid)
            {
                continue;
            }

            var upt = user.IsInRole(BuildingBlocks.Application.Security.Peran.Upt) && a.UnitId != user.UnitId ? user.UnitId : d.UptId;
            if (upt is { } u && !a.UptIds.Contains(u))
            {
                gagal.Add(new ValidationFailure($"{awalan}[{i}].uptId", "UPT ini tidak ikut dalam angkatan."));
                continue;
            }

            if (!diFile.Add(d.Nik) || (orang.TryGetValue(d.Nik, out var ada) && sudah.Contains(ada.Id)))
            {
                gagal.Add(new ValidationFailure($"{awalan}[{i}].nik", "Orang dengan NIK ini sudah terdaftar di angkatan ini."));
                continue;
            }

            if (!orang.TryGetValue(d.Nik, out var f))
            {
                f = new Fasilitator(Guid.CreateVersion7(), d.Nik, sekarang);
                db.Fasilitator.Add(f);
                orang[d.Nik] = f;
            }

            f.Isi(d.Nama, d.Telepon, d.Email, d.Provinsi, d.KabupatenKota, d.InstansiPenugas, d.Perjanjian);
            db.Peserta.Add(new PesertaAngkatan(Guid.CreateVersion7(), a.Id, f.Id, upt, user.UserId, user.Username, sekarang));
        }

        return gagal;
    }
}

/// <summary>Registers one person to a cohort (registration must be open: D1 or D2 running, and the cohort running).</summary>
public sealed record TambahPesertaCommand(Guid AngkatanId, DataPeserta Peserta) : ICommand<AngkatanDto>;

internal sealed class TambahPesertaCommandValidator : AbstractValidator<TambahPesertaCommand>
{
    public TambahPesertaCommandValidator() => RuleFor(x => x.AngkatanId).NotEmpty();
}

internal static class PendaftaranAngkatan
{
    public static void PastikanTerbuka(Angkatan a, InstansDto instans, AksesFasilitator akses)
    {
        if (!akses.PetugasAngkatan(a))
        {
            throw new ForbiddenException("Peserta didaftarkan oleh petugas unit penyelenggara atau UPT peserta angkatan.");
        }

        if (instans.Status != StatusInstans.Berjalan || instans.LangkahAktif is not ("D1" or "D2"))
        {
            throw new DomainException("Pendaftaran peserta hanya selama perencanaan dan rekrutmen (langkah D1–D2).");
        }
    }
}

internal sealed class TambahPesertaCommandHandler(FasilitatorDbContext db, AksesFasilitator akses, PembacaAngkatan pembaca, PendaftarPeserta pendaftar)
    : IRequestHandler<TambahPesertaCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(TambahPesertaCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.AngkatanId, cancellationToken);
        PendaftaranAngkatan.PastikanTerbuka(a, instans, akses);
        var gagal = await pendaftar.DaftarkanAsync(a, [request.Peserta], "peserta", cancellationToken);
        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal.Select(g => new ValidationFailure(g.PropertyName.Replace("peserta[0]", "peserta", StringComparison.Ordinal), g.ErrorMessage)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}

/// <summary>Imports participants from a CSV (UTF-8, comma, header) or XLSX (first sheet, header row) file with the
/// columns <c>nama,nik,telepon,email,provinsi,kabupaten_kota,instansi_penugas,perjanjian</c>. Every bad row is
/// reported (<c>baris[n].kolom</c>, n = the file's row number) and nothing is imported unless all rows are good.</summary>
public sealed record ImporPesertaCommand(Guid AngkatanId, string NamaBerkas, byte[] Isi) : ICommand<AngkatanDto>;

internal sealed class ImporPesertaCommandValidator : AbstractValidator<ImporPesertaCommand>
{
    public ImporPesertaCommandValidator()
    {
        RuleFor(x => x.AngkatanId).NotEmpty();
        RuleFor(x => x.NamaBerkas).Must(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            .OverridePropertyName("berkas").WithMessage("Berkas harus .csv atau .xlsx.");
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= 5 * 1024 * 1024).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 5 MB.");
    }
}

internal static class BacaBerkasPeserta
{
    public static readonly string[] Kolom = ["nama", "nik", "telepon", "email", "provinsi", "kabupaten_kota", "instansi_penugas", "perjanjian"];

    /// <summary>Rows as column → text; throws a 400 when the header is wrong.</summary>
    public static List<Dictionary<string, string>> Baca(string nama, byte[] isi)
    {
        List<Dictionary<string, string>> rows;
        if (nama.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var ms = new MemoryStream(isi);
                rows = ms.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
                    .Select(r => r.ToDictionary(k => k.Key.Trim().ToLowerInvariant(), k => Convert.ToString(k.Value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty))
                    .ToList();
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException)
            {
                throw new ValidationException([new ValidationFailure("berkas", "Berkas XLSX tidak dapat dibaca.")]);
            }
        }
        else
        {
            using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(isi).TrimStart('\uFEFF'));
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null });
            rows = [];
            if (csv.Read() && csv.ReadHeader())
            {
                var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                Periksa(header);
                while (csv.Read())
                {
                    rows.Add(header.Select((h, i) => (h, v: csv.GetField(i) ?? string.Empty)).ToDictionary(x => x.h, x => x.v.Trim()));
                }
            }
        }

        if (rows.Count > 0)
        {
            Periksa(rows[0].Keys);
        }

        if (rows.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", "Berkas tidak berisi baris peserta.")]);
        }

        if (rows.Count > 2000)
        {
            throw new ValidationException([new ValidationFailure("berkas", "Paling banyak 2000 baris per impor.")]);
        }

        return rows;
    }

    private static void Periksa(IEnumerable<string> header)
    {
        var kolom = header.ToList();
        if (kolom.Count != kolom.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ValidationException([new ValidationFailure("berkas", "Ada nama kolom yang berulang.")]);
        }

        var kurang = Kolom.Take(2).Concat(["provinsi", "kabupaten_kota", "instansi_penugas"]).Except(kolom).ToList();
        if (kurang.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", $"Kolom wajib tidak ada: {string.Join(", ", kurang)}. Kolom: {string.Join(",", Kolom)}.")]);
        }
    }
}

internal sealed class ImporPesertaCommandHandler(FasilitatorDbContext db, AksesFasilitator akses, PembacaAngkatan pembaca, PendaftarPeserta pendaftar)
    : IRequestHandler<ImporPesertaCommand, AngkatanDto>
{
    private static readonly Dictionary<string, string> KeKolom = new(StringComparer.Ordinal)
    {
        ["nama"] = "nama",
        ["nik"] = "nik",
        ["telepon"] = "telepon",
        ["email"] = "email",
        ["provinsi"] = "provinsi",
        ["kabupatenKota"] = "kabupaten_kota",
        ["instansiPenugas"] = "instansi_penugas",
        ["perjanjian"] = "perjanjian",
        ["uptId"] = "upt",
    };

    public async Task<AngkatanDto> Handle(ImporPesertaCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.AngkatanId, cancellationToken);
        PendaftaranAngkatan.PastikanTerbuka(a, instans, akses);
        var rows = BacaBerkasPeserta.Baca(request.NamaBerkas, request.Isi);
        var data = rows.Select(r => new DataPeserta(
            r.GetValueOrDefault("nama", string.Empty), r.GetValueOrDefault("nik", string.Empty), r.GetValueOrDefault("telepon"), r.GetValueOrDefault("email"),
            r.GetValueOrDefault("provinsi", string.Empty), r.GetValueOrDefault("kabupaten_kota", string.Empty), r.GetValueOrDefault("instansi_penugas", string.Empty),
            r.GetValueOrDefault("perjanjian"), null)).ToList();
        var gagal = await pendaftar.DaftarkanAsync(a, data, "baris", cancellationToken);
        if (gagal.Count > 0)
        {
            // Row numbers as in the file: the header is row 1.
            throw new ValidationException(gagal.Select(g =>
            {
                var tutup = g.PropertyName.IndexOf(']', StringComparison.Ordinal);
                var indeks = int.Parse(g.PropertyName.AsSpan(6, tutup - 6), CultureInfo.InvariantCulture);
                var kolom = g.PropertyName[(tutup + 2)..];
                return new ValidationFailure($"baris[{indeks + 2}].{KeKolom.GetValueOrDefault(kolom, kolom)}", g.ErrorMessage);
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}

/// <summary>Runs one action on several participants of a cohort at once (e.g. "mark trained"): all or nothing.</summary>
/// <param name="AngkatanId">Cohort.</param>
/// <param name="PesertaIds">Participants (1–500).</param>
/// <param name="Aksi">Rekrut, CatatPelatihan (with <paramref name="HasilPelatihan"/>) or Hentikan (with <paramref name="Catatan"/> as the reason).</param>
/// <param name="HasilPelatihan">Kompeten or BelumKompeten.</param>
/// <param name="Catatan">Reason (Hentikan) or note.</param>
public sealed record TransisiPesertaCommand(Guid AngkatanId, IReadOnlyList<Guid> PesertaIds, AksiPeserta? Aksi, HasilPelatihan? HasilPelatihan, string? Catatan)
    : ICommand<AngkatanDto>;

internal sealed class TransisiPesertaCommandValidator : AbstractValidator<TransisiPesertaCommand>
{
    public TransisiPesertaCommandValidator()
    {
        RuleFor(x => x.AngkatanId).NotEmpty();
        RuleFor(x => x.PesertaIds).NotEmpty().WithMessage("Pilih sekurang-kurangnya satu peserta.").Must(p => p is null || p.Count <= 500).WithMessage("Paling banyak 500 peserta sekaligus.");
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.")
            .Must(a => a is AksiPeserta.Rekrut or AksiPeserta.CatatPelatihan or AksiPeserta.Hentikan)
            .WithMessage("Aksi massal: Rekrut, CatatPelatihan atau Hentikan. Sertifikat dicatat per peserta.");
        RuleFor(x => x.HasilPelatihan).NotNull().WithMessage("Hasil pelatihan wajib dipilih.").IsInEnum().When(x => x.Aksi == AksiPeserta.CatatPelatihan);
        RuleFor(x => x.Catatan).NotEmpty().WithMessage("Alasan berhenti wajib diisi.").When(x => x.Aksi == AksiPeserta.Hentikan);
        RuleFor(x => x.Catatan).MaximumLength(1000);
    }
}

internal sealed class TransisiPesertaCommandHandler(FasilitatorDbContext db, IMediator mediator, AksesFasilitator akses, PembacaAngkatan pembaca, IClock clock)
    : IRequestHandler<TransisiPesertaCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(TransisiPesertaCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.AngkatanId, cancellationToken);
        var aksi = request.Aksi!.Value;
        if (!LangkahAksi.SudahDimulai(instans, aksi))
        {
            throw new DomainException($"Langkah {LangkahAksi.Untuk(aksi)} belum dimulai; hasilnya belum dapat dicatat.");
        }

        var ids = request.PesertaIds.Distinct().ToList();
        var peserta = await db.Peserta.Where(p => p.AngkatanId == a.Id && ids.Contains(p.Id)).ToListAsync(cancellationToken);
        if (peserta.Count != ids.Count)
        {
            throw new NotFoundException("Sebagian peserta tidak ada di angkatan ini.");
        }

        if (peserta.FirstOrDefault(p => !akses.BolehAksi(a, p, aksi)) is not null)
        {
            throw new ForbiddenException("Peran Anda tidak dapat menjalankan aksi ini untuk semua peserta yang dipilih.");
        }

        var tidakBisa = peserta.Where(p => !p.BolehMenjadi(aksi)).Select(p => p.Id).ToList();
        if (tidakBisa.Count > 0)
        {
            var nama = await db.Peserta.Where(p => tidakBisa.Contains(p.Id)).Join(db.Fasilitator, p => p.FasilitatorId, f => f.Id, (p, f) => f.Nama + " (" + p.Status + ")")
                .ToListAsync(cancellationToken);
            throw new DomainException($"Tidak ada yang diubah: {string.Join(", ", nama.Order(StringComparer.Ordinal))} tidak dapat {aksi}.");
        }

        var user = akses.Pengguna;
        var sekarang = clock.GetCurrentInstant();
        foreach (var p in peserta)
        {
            switch (aksi)
            {
                case AksiPeserta.Rekrut:
                    p.Rekrut(user.UserId, user.Username, sekarang);
                    break;
                case AksiPeserta.CatatPelatihan:
                    p.CatatPelatihan(request.HasilPelatihan!.Value, request.Catatan, user.UserId, user.Username, sekarang);
                    break;
                default:
                    p.Hentikan(request.Catatan!, user.UserId, user.Username, sekarang);
                    break;
            }
        }

        await mediator.Send(new CatatAuditKegiatanCommand(a.InstansId, $"Peserta{aksi}", null, $"{peserta.Count} peserta", request.Catatan is null ? null : Teks.Potong(request.Catatan, 1000)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}

/// <summary>Records a participant's competency certificate (PPSDM; step D4 started; training result Kompeten).</summary>
public sealed record CatatSertifikatKompetensiCommand(Guid PesertaId, string Nomor, string Skema, string Lsp, LocalDate? Tanggal, LocalDate? BerlakuSampai) : ICommand<AngkatanDto>;

/// <summary>Records a participant's recognition certificate (PPSDM or Pimpinan; step D6 started; competency certified).</summary>
public sealed record CatatSertifikatPengakuanCommand(Guid PesertaId, string Nomor, string DisahkanOleh, LocalDate? Tanggal, LocalDate? BerlakuSampai) : ICommand<AngkatanDto>;

internal static class NomorSertifikat
{
    public const string Pola = "^[A-Za-z0-9][A-Za-z0-9./-]{2,59}$";
}

internal sealed class CatatSertifikatKompetensiCommandValidator : AbstractValidator<CatatSertifikatKompetensiCommand>
{
    public CatatSertifikatKompetensiCommandValidator()
    {
        RuleFor(x => x.PesertaId).NotEmpty();
        RuleFor(x => x.Nomor).NotEmpty().Matches(NomorSertifikat.Pola).WithMessage("Nomor sertifikat 3–60 karakter: huruf, angka, titik, garis miring, tanda hubung.");
        RuleFor(x => x.Skema).NotEmpty().WithMessage("Skema sertifikasi wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Lsp).NotEmpty().WithMessage("LSP penerbit wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Tanggal).NotNull().WithMessage("Tanggal sertifikat wajib diisi.");
        RuleFor(x => x.BerlakuSampai).Must((x, d) => d is null || x.Tanggal is null || d > x.Tanggal).WithMessage("Masa berlaku harus setelah tanggal sertifikat.");
    }
}

internal sealed class CatatSertifikatPengakuanCommandValidator : AbstractValidator<CatatSertifikatPengakuanCommand>
{
    public CatatSertifikatPengakuanCommandValidator()
    {
        RuleFor(x => x.PesertaId).NotEmpty();
        RuleFor(x => x.Nomor).NotEmpty().Matches(NomorSertifikat.Pola).WithMessage("Nomor sertifikat 3–60 karakter: huruf, angka, titik, garis miring, tanda hubung.");
        RuleFor(x => x.DisahkanOleh).NotEmpty().WithMessage("Pengesah wajib diisi (PPSDM / Kepala BPOM).").MaximumLength(200);
        RuleFor(x => x.Tanggal).NotNull().WithMessage("Tanggal pengesahan wajib diisi.");
        RuleFor(x => x.BerlakuSampai).NotNull().WithMessage("Masa berlaku wajib diisi.")
            .Must((x, d) => d is null || x.Tanggal is null || d > x.Tanggal).WithMessage("Masa berlaku harus setelah tanggal pengesahan.");
    }
}

internal sealed class PencatatSertifikat(FasilitatorDbContext db, IMediator mediator, AksesFasilitator akses, PembacaAngkatan pembaca, IClock clock)
{
    public async Task<AngkatanDto> CatatAsync(Guid pesertaId, AksiPeserta aksi, string nomor, Action<PesertaAngkatan, Guid, string, Instant> catat, CancellationToken cancellationToken)
    {
        var p = await db.Peserta.SingleOrDefaultAsync(x => x.Id == pesertaId, cancellationToken) ?? throw new NotFoundException("Peserta tidak ditemukan.");
        var (a, instans) = await pembaca.MuatAsync(p.AngkatanId, cancellationToken);
        if (!akses.BolehAksi(a, p, aksi))
        {
            throw new ForbiddenException(aksi == AksiPeserta.CatatSertifikatPengakuan
                ? "Sertifikat pengakuan disahkan oleh PPSDM atau Kepala BPOM."
                : "Sertifikat kompetensi dicatat oleh PPSDM.");
        }

        if (!LangkahAksi.SudahDimulai(instans, aksi))
        {
            throw new DomainException($"Langkah {LangkahAksi.Untuk(aksi)} belum dimulai; sertifikat belum dapat dicatat.");
        }

        var dipakai = aksi == AksiPeserta.CatatSertifikatPengakuan
            ? await db.Peserta.AnyAsync(x => x.SertifikatPengakuan!.Nomor == nomor, cancellationToken)
            : await db.Peserta.AnyAsync(x => x.SertifikatKompetensi!.Nomor == nomor, cancellationToken);
        if (dipakai)
        {
            throw new ValidationException([new ValidationFailure("nomor", "Nomor sertifikat ini sudah dipakai.")]);
        }

        var user = akses.Pengguna;
        catat(p, user.UserId, user.Username, clock.GetCurrentInstant());
        await mediator.Send(new CatatAuditKegiatanCommand(a.InstansId, aksi.ToString(), null, Teks.Potong(nomor, 40), null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}

internal sealed class CatatSertifikatKompetensiCommandHandler(PencatatSertifikat pencatat) : IRequestHandler<CatatSertifikatKompetensiCommand, AngkatanDto>
{
    public Task<AngkatanDto> Handle(CatatSertifikatKompetensiCommand r, CancellationToken cancellationToken) =>
        pencatat.CatatAsync(r.PesertaId, AksiPeserta.CatatSertifikatKompetensi, r.Nomor.Trim(), (p, oleh, nama, pada) => p.CatatSertifikatKompetensi(
            new SertifikatKompetensi(r.Nomor.Trim(), r.Skema.Trim(), r.Lsp.Trim(), r.Tanggal!.Value, r.BerlakuSampai, null), oleh, nama, pada), cancellationToken);
}

internal sealed class CatatSertifikatPengakuanCommandHandler(PencatatSertifikat pencatat) : IRequestHandler<CatatSertifikatPengakuanCommand, AngkatanDto>
{
    public Task<AngkatanDto> Handle(CatatSertifikatPengakuanCommand r, CancellationToken cancellationToken) =>
        pencatat.CatatAsync(r.PesertaId, AksiPeserta.CatatSertifikatPengakuan, r.Nomor.Trim(), (p, oleh, nama, pada) => p.CatatSertifikatPengakuan(
            new SertifikatPengakuan(r.Nomor.Trim(), r.DisahkanOleh.Trim(), r.Tanggal!.Value, r.BerlakuSampai!.Value, null), oleh, nama, pada), cancellationToken);
}

/// <summary>Attaches the scanned certificate (stored as evidence on step D4 or D6 of the cohort's SOP run).</summary>
public sealed record UnggahPindaianSertifikatCommand(Guid PesertaId, AksiPeserta? Sertifikat, string NamaBerkas, byte[] Isi) : ICommand<AngkatanDto>;

internal sealed class UnggahPindaianSertifikatCommandValidator : AbstractValidator<UnggahPindaianSertifikatCommand>
{
    public UnggahPindaianSertifikatCommandValidator()
    {
        RuleFor(x => x.PesertaId).NotEmpty();
        RuleFor(x => x.Sertifikat).NotNull().Must(s => s is AksiPeserta.CatatSertifikatKompetensi or AksiPeserta.CatatSertifikatPengakuan)
            .WithMessage("sertifikat: CatatSertifikatKompetensi atau CatatSertifikatPengakuan.");
        RuleFor(x => x.NamaBerkas).NotEmpty().OverridePropertyName("berkas").WithMessage("Berkas wajib diunggah.");
    }
}

internal sealed class UnggahPindaianSertifikatCommandHandler(FasilitatorDbContext db, IMediator mediator, AksesFasilitator akses, PembacaAngkatan pembaca)
    : IRequestHandler<UnggahPindaianSertifikatCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(UnggahPindaianSertifikatCommand request, CancellationToken cancellationToken)
    {
        var p = await db.Peserta.SingleOrDefaultAsync(x => x.Id == request.PesertaId, cancellationToken) ?? throw new NotFoundException("Peserta tidak ditemukan.");
        var (a, _) = await pembaca.MuatAsync(p.AngkatanId, cancellationToken);
        var jenis = request.Sertifikat!.Value;
        if (!akses.BolehAksi(a, p, jenis))
        {
            throw new ForbiddenException("Pindaian sertifikat diunggah oleh pencatat sertifikatnya (PPSDM / Kepala BPOM).");
        }

        var dokumen = await mediator.Send(
            new UnggahDokumenCommand(a.InstansId, LangkahAksi.Untuk(jenis)!, JenisDokumen.Bukti, request.NamaBerkas, request.Isi), cancellationToken);
        p.LampirkanDokumen(jenis, dokumen.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken);
    }
}
