using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application;

/// <summary>An indicator row of the entry form.</summary>
internal sealed record IsianIndikatorDto(
    string Kode, string Nama, string Satuan, string KodeSasaran, string? Pembilang, string? Penyebut, decimal? TargetPeriode, decimal? TargetTahunan,
    SumberRealisasi Sumber, decimal? RealisasiOtomatis, RealisasiIndikator? Isian);

/// <summary>A version of the period's report (for the history list).</summary>
internal sealed record VersiLaporanDto(int Versi, StatusRealisasi Status, Instant DiubahPada, string DiubahOleh, IReadOnlyList<RiwayatRealisasi> Riwayat);

/// <summary>The entry form of a unit's period: indicators with targets, the current version, its deadline and who may do what.</summary>
internal sealed record FormRealisasiDto(
    Guid UnitId, string Unit, int Tahun, string Periode, LocalDate BatasEntri, bool Ditutup, int? Versi, StatusRealisasi? Status, IReadOnlyList<IsianIndikatorDto> Indikator,
    IReadOnlyList<VersiLaporanDto> RiwayatVersi, bool BolehUbah, IReadOnlyList<AksiRealisasi> Aksi);

/// <summary>The entry form of a unit's period.</summary>
internal sealed record GetFormRealisasiQuery(Guid UnitId, int Tahun, string? Periode) : IQuery<FormRealisasiDto>;

internal sealed class GetFormRealisasiQueryValidator : AbstractValidator<GetFormRealisasiQuery>
{
    public GetFormRealisasiQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

internal sealed class GetFormRealisasiQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung, KepatuhanSop kepatuhan, AksesKinerja akses)
    : IRequestHandler<GetFormRealisasiQuery, FormRealisasiDto>
{
    public async Task<FormRealisasiDto> Handle(GetFormRealisasiQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        return await BuatAsync(db, pk, unit, KodePeriode.Normalisasi(request.Periode)!, kepatuhan, akses, cancellationToken);
    }

    internal static async Task<FormRealisasiDto> BuatAsync(
        KinerjaDbContext db, PerjanjianKinerja pk, UnitOrganisasi unit, string periode, KepatuhanSop kepatuhan, AksesKinerja akses, CancellationToken ct)
    {
        var versi = await db.LaporanRealisasi.AsNoTracking().Where(l => l.PkId == pk.Id && l.Periode == periode).OrderByDescending(l => l.Versi).ToListAsync(ct);
        var kini = versi.FirstOrDefault();
        var otomatis = await kepatuhan.RealisasiOtomatisAsync(pk, periode, ct);
        var (batas, ditutup) = await akses.PenutupanAsync(unit.Id, pk.Tahun, periode, ct);
        var indikator = pk.Struktur.SelectMany(p => p.Sasaran).SelectMany(s => s.Indikator.Select(i => new IsianIndikatorDto(
            i.Kode, i.Nama, i.Satuan, s.Kode, i.Pembilang, i.Penyebut, i.TargetUntuk(periode), i.TargetTahunan, i.Sumber, otomatis.GetValueOrDefault(i.Kode),
            kini?.Isi.FirstOrDefault(r => r.Kode == i.Kode)))).ToList();
        var aksi = new List<AksiRealisasi>();
        if (kini is not null)
        {
            foreach (var a in kini.AksiTersedia())
            {
                var boleh = a switch
                {
                    AksiRealisasi.Ajukan => await akses.BolehUbahAsync(unit.Id, ct),
                    AksiRealisasi.Sahkan => await akses.BolehSahkanAsync(unit.Id, ct),
                    _ => await akses.BolehTinjauAsync(unit.Id, ct),
                };
                if (boleh)
                {
                    aksi.Add(a);
                }
            }
        }

        return new FormRealisasiDto(
            unit.Id, unit.Nama, pk.Tahun, periode, batas, ditutup, kini?.Versi, kini?.Status, indikator,
            versi.Select(v => new VersiLaporanDto(v.Versi, v.Status, v.DiubahPada, v.DiubahOleh, v.Riwayat)).ToList(),
            await akses.BolehUbahAsync(unit.Id, ct), aksi);
    }
}

/// <summary>One indicator's entry. Give <c>nilai</c>, or <c>pembilang</c> and <c>penyebut</c> (nilai = pembilang ÷
/// penyebut, × 100 for %); empty = not measured yet.</summary>
internal sealed record IsianRealisasi(string Kode, decimal? Nilai, decimal? Pembilang, decimal? Penyebut, string? Kendala, string? RencanaTindakLanjut, IReadOnlyList<Guid>? Bukti);

/// <summary>Saves realisation of a period (the unit's staff). A draft is edited in place; a submitted version is frozen,
/// so the change starts a new draft version. After entry closed (day N of the next month) a written reason is required
/// and the change is audited.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">B01–B12 or TW1–TW4.</param>
/// <param name="Isian">Indicators to set.</param>
/// <param name="Alasan">Reason (required after entry closed).</param>
internal sealed record SimpanRealisasiCommand(Guid UnitId, int Tahun, string? Periode, IReadOnlyList<IsianRealisasi>? Isian, string? Alasan) : ICommand<FormRealisasiDto>;

internal sealed class SimpanRealisasiCommandValidator : AbstractValidator<SimpanRealisasiCommand>
{
    public SimpanRealisasiCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
        RuleFor(x => x.Isian).NotEmpty().WithMessage("Isi sekurang-kurangnya satu indikator.");
        RuleForEach(x => x.Isian).Cascade(CascadeMode.Continue).ChildRules(i =>
        {
            i.RuleFor(x => x.Kode).NotEmpty().WithMessage("Kode indikator wajib diisi.").MaximumLength(20);
            i.RuleFor(x => x.Penyebut).NotNull().WithMessage("Penyebut wajib diisi bila pembilang diisi.").When(x => x.Pembilang is not null);
            i.RuleFor(x => x.Pembilang).NotNull().WithMessage("Pembilang wajib diisi bila penyebut diisi.").When(x => x.Penyebut is not null);
            i.RuleFor(x => x.Penyebut).NotEqual(0m).WithMessage("Penyebut tidak boleh 0.");
            i.RuleFor(x => x.Nilai).Null().WithMessage("Isi nilai atau pembilang/penyebut, bukan keduanya.").When(x => x.Pembilang is not null);
            i.RuleFor(x => x.Kendala).MaximumLength(2000);
            i.RuleFor(x => x.RencanaTindakLanjut).MaximumLength(2000);
            i.RuleFor(x => x.Bukti).Must(b => b is null || b.Count <= 20).WithMessage("Paling banyak 20 data dukung per indikator.");
        });
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class SimpanRealisasiCommandHandler(KinerjaDbContext db, PenghitungNilai penghitung, KepatuhanSop kepatuhan, AksesKinerja akses)
    : IRequestHandler<SimpanRealisasiCommand, FormRealisasiDto>
{
    public async Task<FormRealisasiDto> Handle(SimpanRealisasiCommand request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        await akses.PastikanUbahAsync(unit.Id, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var indikator = pk.SemuaIndikator.ToDictionary(i => i.Kode, StringComparer.Ordinal);
        var gagal = new List<ValidationFailure>();
        var isian = request.Isian!.ToList();
        for (var n = 0; n < isian.Count; n++)
        {
            if (!indikator.TryGetValue(isian[n].Kode.Trim(), out var ind))
            {
                gagal.Add(new ValidationFailure($"isian[{n}].kode", $"Indikator {isian[n].Kode} tidak ada di PK {pk.Tahun}."));
            }
            else if (ind.Sumber != SumberRealisasi.Manual && (isian[n].Nilai is not null || isian[n].Pembilang is not null))
            {
                gagal.Add(new ValidationFailure($"isian[{n}].nilai", $"Realisasi indikator {ind.Kode} terisi otomatis dari data SOP."));
            }
        }

        var bukti = isian.SelectMany(i => i.Bukti ?? []).Distinct().ToList();
        if (bukti.Count > 0)
        {
            var ada = await db.Dokumen.Where(d => bukti.Contains(d.Id) && d.UnitId == unit.Id).Select(d => d.Id).ToListAsync(cancellationToken);
            foreach (var (i, n) in isian.Select((i, n) => (i, n)).Where(x => (x.i.Bukti ?? []).Except(ada).Any()))
            {
                gagal.Add(new ValidationFailure($"isian[{n}].bukti", "Data dukung tidak ditemukan (unggah dulu untuk unit ini)."));
            }
        }

        var (batas, ditutup) = await akses.PenutupanAsync(unit.Id, pk.Tahun, periode, cancellationToken);
        if (ditutup && string.IsNullOrWhiteSpace(request.Alasan))
        {
            gagal.Add(new ValidationFailure("alasan", $"Entri periode {periode} sudah ditutup {batas:d MMMM yyyy}; tuliskan alasan perubahan."));
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        var oleh = akses.Pengguna.Username;
        var laporan = await db.LaporanRealisasi.Where(l => l.PkId == pk.Id && l.Periode == periode).OrderByDescending(l => l.Versi).FirstOrDefaultAsync(cancellationToken);
        if (laporan is { Status: StatusRealisasi.Diajukan })
        {
            throw new DomainException("Laporan sedang ditinjau; tunggu hasil verifikasi atau pengembalian sebelum mengubahnya.");
        }

        if (laporan is null || laporan.Beku)
        {
            laporan = laporan is null ? new LaporanRealisasi(pk, periode, 1, [], akses.Sekarang, oleh) : laporan.VersiBerikut(pk, akses.Sekarang, oleh);
            db.LaporanRealisasi.Add(laporan);
        }

        laporan.Isikan(isian.Select(i => Hitung(indikator[i.Kode.Trim()], i)), akses.Sekarang, oleh);
        if (ditutup)
        {
            db.Audit.Add(new AuditKinerja(
                unit.Id, pk.Tahun, periode, "UbahSetelahBatas",
                $"Realisasi {string.Join(", ", isian.Select(i => i.Kode.Trim()))} diubah pada versi {laporan.Versi} setelah batas {batas:yyyy-MM-dd}.",
                request.Alasan!.Trim(), true, akses.Sekarang, oleh));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetFormRealisasiQueryHandler.BuatAsync(db, pk, unit, periode, kepatuhan, akses, cancellationToken);
    }

    private static RealisasiIndikator Hitung(IndikatorPk ind, IsianRealisasi i)
    {
        var nilai = i.Nilai;
        if (i.Pembilang is { } p && i.Penyebut is { } q && q != 0)
        {
            nilai = Penilaian.Bulatkan(p / q * (ind.Satuan.Trim() == "%" ? 100m : 1m));
        }

        return new RealisasiIndikator(ind.Kode, nilai, i.Pembilang, i.Penyebut, Kosong(i.Kendala), Kosong(i.RencanaTindakLanjut), i.Bukti?.Distinct().ToList() ?? []);
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A review action on the current version of a period's report: Ajukan (the unit), Verifikasi or Kembalikan
/// with a reason (the planning unit; a Loka's koordinator Balai where configured), Sahkan (the reviewing unit's head,
/// Pimpinan).</summary>
internal sealed record AksiRealisasiCommand(Guid UnitId, int Tahun, string? Periode, AksiRealisasi? Aksi, string? Alasan) : ICommand<FormRealisasiDto>;

internal sealed class AksiRealisasiCommandValidator : AbstractValidator<AksiRealisasiCommand>
{
    public AksiRealisasiCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.").IsInEnum();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan pengembalian wajib diisi.").When(x => x.Aksi == AksiRealisasi.Kembalikan);
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class AksiRealisasiCommandHandler(KinerjaDbContext db, PenghitungNilai penghitung, KepatuhanSop kepatuhan, AksesKinerja akses, IMediator mediator)
    : IRequestHandler<AksiRealisasiCommand, FormRealisasiDto>
{
    public async Task<FormRealisasiDto> Handle(AksiRealisasiCommand request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var aksi = request.Aksi!.Value;
        var boleh = aksi switch
        {
            AksiRealisasi.Ajukan => await akses.BolehUbahAsync(unit.Id, cancellationToken),
            AksiRealisasi.Sahkan => await akses.BolehSahkanAsync(unit.Id, cancellationToken),
            _ => await akses.BolehTinjauAsync(unit.Id, cancellationToken),
        };
        if (!boleh)
        {
            throw new ForbiddenException(aksi switch
            {
                AksiRealisasi.Ajukan => "Hanya petugas unit yang dapat mengajukan laporan realisasinya.",
                AksiRealisasi.Sahkan => "Pengesahan oleh kepala unit peninjau atau Pimpinan.",
                _ => "Verifikasi oleh unit perencanaan (atau koordinator Balai untuk Loka).",
            });
        }

        var laporan = await db.LaporanRealisasi.Where(l => l.PkId == pk.Id && l.Periode == periode).OrderByDescending(l => l.Versi).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException($"Belum ada realisasi periode {periode} untuk diproses.");
        laporan.Jalankan(aksi, akses.Sekarang, akses.Pengguna.Username, request.Alasan);

        var judul = $"Realisasi kinerja {periode} {pk.Tahun} {unit.Nama}";
        var (penerima, peran, pesan) = aksi switch
        {
            AksiRealisasi.Ajukan => (await PeninjauAsync(unit, cancellationToken), new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} diajukan untuk diverifikasi."),
            AksiRealisasi.Kembalikan => ([unit.Id], new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} dikembalikan: {request.Alasan!.Trim()}"),
            AksiRealisasi.Verifikasi => (await PeninjauAsync(unit, cancellationToken), new[] { Peran.KepalaUnit }, $"{judul} sudah diverifikasi dan menunggu pengesahan."),
            _ => ([unit.Id], new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} disahkan."),
        };
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Send(
            new KirimNotifikasiUnitCommand($"kinerja:{laporan.Id:N}:{laporan.Riwayat.Count}", penerima, peran, JenisNotifikasi.Informasi, judul, pesan, "Kinerja", pk.Id),
            cancellationToken);
        return await GetFormRealisasiQueryHandler.BuatAsync(db, pk, unit, periode, kepatuhan, akses, cancellationToken);
    }

    private async Task<IReadOnlyList<Guid>> PeninjauAsync(UnitOrganisasi unit, CancellationToken ct)
    {
        var hasil = new List<Guid>();
        if (await akses.UnitPerencanaanAsync(ct) is { } p)
        {
            hasil.Add(p);
        }

        if (akses.Opsi.VerifikasiLokaOlehKoordinator && unit.KoordinatorId is { } k)
        {
            hasil.Add(k);
        }

        return hasil.Count == 0 ? [unit.Id] : hasil;
    }
}

/// <summary>A unit that has not submitted its realisation of a period although entry has closed.</summary>
internal sealed record UnitTerlambatDto(Guid UnitId, string Unit, string Periode, LocalDate BatasEntri, StatusRealisasi? Status);

/// <summary>Units (with a PK for the year) that had not submitted any version of the period's report when entry
/// closed.</summary>
internal sealed record DaftarTerlambatRealisasiQuery(int Tahun, string? Periode) : IQuery<IReadOnlyList<UnitTerlambatDto>>;

internal sealed class DaftarTerlambatRealisasiQueryValidator : AbstractValidator<DaftarTerlambatRealisasiQuery>
{
    public DaftarTerlambatRealisasiQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

internal sealed class DaftarTerlambatRealisasiQueryHandler(PemantauRealisasi pemantau) : IRequestHandler<DaftarTerlambatRealisasiQuery, IReadOnlyList<UnitTerlambatDto>>
{
    public Task<IReadOnlyList<UnitTerlambatDto>> Handle(DaftarTerlambatRealisasiQuery request, CancellationToken cancellationToken) =>
        pemantau.TerlambatAsync(request.Tahun, KodePeriode.Normalisasi(request.Periode)!, true, cancellationToken);
}

/// <summary>
/// Watches monthly entry (Hangfire, daily): reminds each unit with a PK that has not submitted the previous month's
/// realisation from <see cref="KinerjaOptions.PengingatHariSebelum"/> days before entry closes and on the last day,
/// and once it has closed tells the unit, its head and the planning unit that it is late. Each notice is claimed once.
/// </summary>
internal sealed class PemantauRealisasi(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori, IMediator mediator, IClock clock) : IJobBerulang
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public async Task<IReadOnlyList<UnitTerlambatDto>> TerlambatAsync(int tahun, string periode, bool batasiCakupan, CancellationToken ct)
    {
        var q = db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == tahun);
        if (batasiCakupan && await akses.CakupanBacaAsync(ct) is { } cakupan)
        {
            q = q.Where(p => cakupan.Contains(p.UnitId));
        }

        var pks = await q.Select(p => new { p.Id, p.UnitId }).ToListAsync(ct);
        var ids = pks.Select(p => p.Id).ToList();
        var versi = await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && l.Periode == periode).ToListAsync(ct);
        var nama = await direktori.NamaUnitAsync(pks.Select(p => p.UnitId).ToList(), ct);
        await akses.MuatUnitAsync(pks.Select(p => p.UnitId).ToList(), ct);
        var hasil = new List<UnitTerlambatDto>();
        foreach (var pk in pks)
        {
            var milik = versi.Where(v => v.PkId == pk.Id).ToList();
            var s = milik.MaxBy(v => v.Versi)?.Status;
            var (batas, ditutup) = await akses.PenutupanAsync(pk.UnitId, tahun, periode, ct);
            if (ditutup && !PernahDiajukan(milik))
            {
                hasil.Add(new UnitTerlambatDto(pk.UnitId, nama.GetValueOrDefault(pk.UnitId, "-"), periode, batas, s));
            }
        }

        return hasil.OrderBy(h => h.Unit, StringComparer.Ordinal).ToList();
    }

    /// <summary>A period counts as reported once any of its versions was submitted (a later correction draft does
    /// not make the unit late).</summary>
    private static bool PernahDiajukan(IEnumerable<LaporanRealisasi> versi) =>
        versi.Any(v => v.Riwayat.Any(r => r.Aksi == nameof(AksiRealisasi.Ajukan)));

    /// <summary>The daily run: returns how many users were notified.</summary>
    Task IJobBerulang.JalankanAsync(CancellationToken cancellationToken) => JalankanAsync(cancellationToken);

    public async Task<int> JalankanAsync(CancellationToken cancellationToken)
    {
        var hariIni = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
        var bulanLalu = hariIni.PlusMonths(-1);
        var periode = $"B{bulanLalu.Month:00}";
        var batas = KodePeriode.BatasEntri(bulanLalu.Year, periode, akses.Opsi.HariPenutupanEntri);
        var label = $"realisasi kinerja {bulanLalu.ToString("MMMM yyyy", Id)}";
        var tanggal = batas.ToString("d MMMM yyyy", Id);
        var notifikasi = 0;
        var pks = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == bulanLalu.Year).Select(p => new { p.Id, p.UnitId }).ToListAsync(cancellationToken);
        var ids = pks.Select(p => p.Id).ToList();
        var terkirim = (await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && l.Periode == periode).ToListAsync(cancellationToken))
            .GroupBy(l => l.PkId).Where(g => PernahDiajukan(g)).Select(g => g.Key).ToList();
        var terlambat = new List<Guid>();
        foreach (var pk in pks.Where(p => !terkirim.Contains(p.Id)))
        {
            (string Kunci, JenisNotifikasi Jenis, string Judul, string Pesan)? kirim =
                hariIni > batas ? ($"kinerja-entri:{pk.Id:N}:{periode}:terlambat", JenisNotifikasi.Eskalasi, $"Terlambat: {label}", $"Entri {label} ditutup {tanggal} dan belum diajukan.")
                : hariIni == batas ? ($"kinerja-entri:{pk.Id:N}:{periode}:h0", JenisNotifikasi.Pengingat, $"Hari terakhir: {label}", $"Entri {label} ditutup hari ini, {tanggal}.")
                : hariIni >= batas.PlusDays(-akses.Opsi.PengingatHariSebelum)
                    ? ($"kinerja-entri:{pk.Id:N}:{periode}:h{akses.Opsi.PengingatHariSebelum}", JenisNotifikasi.Pengingat, $"Pengingat: {label}", $"Entri {label} ditutup {tanggal}.")
                : null;
            if (kirim is not { } k)
            {
                continue;
            }

            var dikirim = await mediator.Send(
                new KirimNotifikasiUnitCommand(k.Kunci, [pk.UnitId], [Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit], k.Jenis, k.Judul, k.Pesan, "Kinerja", pk.Id),
                cancellationToken);
            notifikasi += dikirim;
            if (k.Jenis == JenisNotifikasi.Eskalasi && dikirim > 0)
            {
                terlambat.Add(pk.UnitId);
            }
        }

        if (terlambat.Count > 0 && await akses.UnitPerencanaanAsync(cancellationToken) is { } perencanaan)
        {
            var nama = await direktori.NamaUnitAsync(terlambat, cancellationToken);
            notifikasi += await mediator.Send(
                new KirimNotifikasiUnitCommand(
                    $"kinerja-entri:terlambat:{periode}:{bulanLalu.Year}:{hariIni:yyyyMMdd}", [perencanaan], [Peran.UnitKerjaPusat, Peran.KepalaUnit], JenisNotifikasi.Eskalasi,
                    $"Unit terlambat: {label}", $"Belum mengajukan {label}: {string.Join(", ", terlambat.Select(u => nama.GetValueOrDefault(u, "-")).Order(StringComparer.Ordinal))}.",
                    "Kinerja", null),
                cancellationToken);
        }

        return notifikasi;
    }
}

/// <summary>An uploaded evidence document.</summary>
internal sealed record DokumenKinerjaDto(Guid Id, Guid UnitId, string NamaBerkas, string JenisKonten, long Ukuran, Instant Pada, string Oleh);

/// <summary>Uploads an evidence document (data dukung) for a unit's realisation or action plan: PDF, Word/Excel/
/// PowerPoint or PNG/JPEG (type checked by the file's signature), ≤ 10 MB.</summary>
internal sealed record UnggahDokumenKinerjaCommand(Guid UnitId, string NamaBerkas, string JenisKonten, byte[] Isi) : ICommand<DokumenKinerjaDto>;

internal sealed class UnggahDokumenKinerjaCommandValidator : AbstractValidator<UnggahDokumenKinerjaCommand>
{
    public UnggahDokumenKinerjaCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.NamaBerkas).NotEmpty().MaximumLength(255).OverridePropertyName("berkas");
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= 10 * 1024 * 1024).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 10 MB.");
    }
}

internal sealed class UnggahDokumenKinerjaCommandHandler(KinerjaDbContext db, AksesKinerja akses, IMediator mediator) : IRequestHandler<UnggahDokumenKinerjaCommand, DokumenKinerjaDto>
{
    public async Task<DokumenKinerjaDto> Handle(UnggahDokumenKinerjaCommand request, CancellationToken cancellationToken)
    {
        await akses.PastikanUbahAsync(request.UnitId, cancellationToken);

        // The same check as SOP step documents (type from the file's signature, size limit), in the Berkas module.
        var berkas = await mediator.Send(new SimpanBerkasCommand("Kinerja", request.NamaBerkas, request.Isi, 10 * 1024 * 1024), cancellationToken);
        var d = new DokumenKinerja(request.UnitId, berkas.Id, berkas.NamaBerkas, berkas.JenisKonten, berkas.Ukuran, akses.Sekarang, akses.Pengguna.Username);
        db.Dokumen.Add(d);
        return new DokumenKinerjaDto(d.Id, d.UnitId, d.NamaBerkas, d.JenisKonten, d.Ukuran, d.Pada, d.Oleh);
    }
}

/// <summary>Downloads an evidence document (readers of its unit).</summary>
internal sealed record UnduhDokumenKinerjaQuery(Guid Id) : IQuery<(DokumenKinerjaDto Info, byte[] Isi)>;

internal sealed class UnduhDokumenKinerjaQueryValidator : AbstractValidator<UnduhDokumenKinerjaQuery>
{
    public UnduhDokumenKinerjaQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class UnduhDokumenKinerjaQueryHandler(KinerjaDbContext db, AksesKinerja akses, IMediator mediator) : IRequestHandler<UnduhDokumenKinerjaQuery, (DokumenKinerjaDto Info, byte[] Isi)>
{
    public async Task<(DokumenKinerjaDto Info, byte[] Isi)> Handle(UnduhDokumenKinerjaQuery request, CancellationToken cancellationToken)
    {
        var d = await db.Dokumen.AsNoTracking().SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Dokumen tidak ditemukan.");
        await akses.PastikanBacaAsync(d.UnitId, cancellationToken);
        var berkas = await mediator.Send(new BacaBerkasQuery(d.BerkasId), cancellationToken);
        return (new DokumenKinerjaDto(d.Id, d.UnitId, d.NamaBerkas, d.JenisKonten, d.Ukuran, d.Pada, d.Oleh), berkas.Isi);
    }
}

/// <summary>An audit entry of performance data.</summary>
internal sealed record AuditKinerjaDto(Instant Pada, string Oleh, string? Periode, string Aksi, string Keterangan, string? Alasan, bool Terlambat);

/// <summary>The audit trail of a unit's performance data for a year, newest first.</summary>
internal sealed record DaftarAuditKinerjaQuery(Guid UnitId, int Tahun) : IQuery<IReadOnlyList<AuditKinerjaDto>>;

internal sealed class DaftarAuditKinerjaQueryValidator : AbstractValidator<DaftarAuditKinerjaQuery>
{
    public DaftarAuditKinerjaQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
    }
}

internal sealed class DaftarAuditKinerjaQueryHandler(KinerjaDbContext db, AksesKinerja akses) : IRequestHandler<DaftarAuditKinerjaQuery, IReadOnlyList<AuditKinerjaDto>>
{
    public async Task<IReadOnlyList<AuditKinerjaDto>> Handle(DaftarAuditKinerjaQuery request, CancellationToken cancellationToken)
    {
        await akses.PastikanBacaAsync(request.UnitId, cancellationToken);
        return await db.Audit.AsNoTracking().Where(a => a.UnitId == request.UnitId && a.Tahun == request.Tahun).OrderByDescending(a => a.Pada)
            .Select(a => new AuditKinerjaDto(a.Pada, a.Oleh, a.Periode, a.Aksi, a.Keterangan, a.Alasan, a.Terlambat)).ToListAsync(cancellationToken);
    }
}
