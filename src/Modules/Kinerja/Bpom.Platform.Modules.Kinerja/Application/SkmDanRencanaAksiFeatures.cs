using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application;

/// <summary>An SKM result as shown.</summary>
internal sealed record HasilSkmDto(
    Guid Id, Guid UnitId, string Unit, int Tahun, string Periode, string Layanan, int JumlahResponden, IReadOnlyList<decimal> Unsur, decimal Ikm, MutuPelayanan Mutu,
    string MutuKeterangan, Instant DiubahPada, string DiubahOleh);

/// <summary>Enters (or corrects) the SKM result of a unit, service and period: the nine element scores U1–U9 (average
/// answers, 1–4). IKM = average × 25; mutu A–D per PermenPANRB 14/2017.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">S1, S2, TW1–TW4 or TAHUNAN.</param>
/// <param name="Layanan">The service surveyed.</param>
/// <param name="JumlahResponden">Respondents.</param>
/// <param name="Unsur">U1 Persyaratan … U9 Sarana dan Prasarana.</param>
internal sealed record SimpanHasilSkmCommand(Guid UnitId, int Tahun, string? Periode, string? Layanan, int JumlahResponden, IReadOnlyList<decimal>? Unsur) : ICommand<HasilSkmDto>;

internal sealed class SimpanHasilSkmCommandValidator : AbstractValidator<SimpanHasilSkmCommand>
{
    internal static readonly string[] PeriodeSkm = ["S1", "S2", "TW1", "TW2", "TW3", "TW4", "TAHUNAN"];

    public SimpanHasilSkmCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeSkm.Contains(p?.Trim().ToUpperInvariant())).WithMessage("periode harus S1, S2, TW1–TW4 atau TAHUNAN.");
        RuleFor(x => x.Layanan).NotEmpty().WithMessage("Layanan wajib diisi.").MaximumLength(200);
        RuleFor(x => x.JumlahResponden).GreaterThan(0).WithMessage("Jumlah responden harus lebih dari 0.");
        RuleFor(x => x.Unsur).NotNull().WithMessage("Nilai unsur U1–U9 wajib diisi.")
            .Must(u => u is null || u.Count == 9).WithMessage("Harus sembilan nilai unsur (U1–U9).");
        RuleForEach(x => x.Unsur).Cascade(CascadeMode.Continue).InclusiveBetween(1m, 4m).WithMessage("Nilai unsur harus antara 1 dan 4.");
    }
}

internal sealed class SimpanHasilSkmCommandHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori) : IRequestHandler<SimpanHasilSkmCommand, HasilSkmDto>
{
    public async Task<HasilSkmDto> Handle(SimpanHasilSkmCommand request, CancellationToken cancellationToken)
    {
        await akses.PastikanUbahAsync(request.UnitId, cancellationToken);
        var periode = request.Periode!.Trim().ToUpperInvariant();
        var layanan = request.Layanan!.Trim();
        var h = await db.HasilSkm.SingleOrDefaultAsync(
            x => x.UnitId == request.UnitId && x.Tahun == request.Tahun && x.Periode == periode && x.Layanan == layanan, cancellationToken);
        if (h is null)
        {
            h = new HasilSkm(request.UnitId, request.Tahun, periode, layanan, request.JumlahResponden, request.Unsur!, akses.Sekarang, akses.Pengguna.Username);
            db.HasilSkm.Add(h);
        }
        else
        {
            h.Ubah(request.JumlahResponden, request.Unsur!, akses.Sekarang, akses.Pengguna.Username);
        }

        var nama = (await direktori.UnitAsync(request.UnitId, cancellationToken))?.Nama ?? "-";
        return DaftarHasilSkmQueryHandler.Dto(h, nama);
    }
}

/// <summary>SKM results of a year the user may read.</summary>
internal sealed record DaftarHasilSkmQuery(int Tahun, Guid? UnitId) : IQuery<IReadOnlyList<HasilSkmDto>>;

internal sealed class DaftarHasilSkmQueryValidator : AbstractValidator<DaftarHasilSkmQuery>
{
    public DaftarHasilSkmQueryValidator() => RuleFor(x => x.Tahun).TahunKinerja();
}

internal sealed class DaftarHasilSkmQueryHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori) : IRequestHandler<DaftarHasilSkmQuery, IReadOnlyList<HasilSkmDto>>
{
    public async Task<IReadOnlyList<HasilSkmDto>> Handle(DaftarHasilSkmQuery request, CancellationToken cancellationToken)
    {
        var q = db.HasilSkm.AsNoTracking().Where(h => h.Tahun == request.Tahun);
        if (await akses.CakupanBacaAsync(cancellationToken) is { } cakupan)
        {
            q = q.Where(h => cakupan.Contains(h.UnitId));
        }

        if (request.UnitId is { } u)
        {
            q = q.Where(h => h.UnitId == u);
        }

        var rows = await q.ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        return rows.Select(r => Dto(r, nama.GetValueOrDefault(r.UnitId, "-")))
            .OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Periode, StringComparer.Ordinal).ThenBy(r => r.Layanan, StringComparer.Ordinal).ToList();
    }

    internal static HasilSkmDto Dto(HasilSkm h, string unit) => new(
        h.Id, h.UnitId, unit, h.Tahun, h.Periode, h.Layanan, h.JumlahResponden, h.Unsur, h.Ikm, h.Mutu,
        h.Mutu switch { MutuPelayanan.A => "Sangat Baik", MutuPelayanan.B => "Baik", MutuPelayanan.C => "Kurang Baik", _ => "Tidak Baik" },
        h.DiubahPada, h.DiubahOleh);
}

/// <summary>An action plan as shown, with what the user may do.</summary>
internal sealed record RencanaAksiDto(
    Guid Id, Guid UnitId, string Unit, int Tahun, int Semester, SumberRekomendasi Sumber, string NomorRekomendasi, string Rekomendasi, string? Rencana,
    LocalDate? BatasWaktu, string? Catatan, bool? SesuaiRekomendasi, StatusRencanaAksi Status, IReadOnlyList<Guid> Bukti, string? BuktiDisahkanOleh,
    Instant? BuktiDisahkanPada, string? AlasanMasihOpen, bool BolehUbah, bool BolehNilai, bool BolehSahkanBukti);

/// <summary>Records a recommendation for a unit (from an SKM, advokasi, pembinaan, audit…); it starts Open.</summary>
internal sealed record BuatRencanaAksiCommand(Guid UnitId, int Tahun, int Semester, SumberRekomendasi Sumber, string? NomorRekomendasi, string? Rekomendasi)
    : ICommand<RencanaAksiDto>;

internal sealed class BuatRencanaAksiCommandValidator : AbstractValidator<BuatRencanaAksiCommand>
{
    public BuatRencanaAksiCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
        RuleFor(x => x.Sumber).IsInEnum().NotEqual((SumberRekomendasi)0).WithMessage("sumber wajib dipilih.");
        RuleFor(x => x.NomorRekomendasi).NotEmpty().WithMessage("No. rekomendasi wajib diisi.").MaximumLength(50);
        RuleFor(x => x.Rekomendasi).NotEmpty().WithMessage("Rekomendasi wajib diisi.").MaximumLength(2000);
    }
}

internal sealed class BuatRencanaAksiCommandHandler(KinerjaDbContext db, AksesKinerja akses, PembacaRencanaAksi pembaca) : IRequestHandler<BuatRencanaAksiCommand, RencanaAksiDto>
{
    public async Task<RencanaAksiDto> Handle(BuatRencanaAksiCommand request, CancellationToken cancellationToken)
    {
        await akses.PastikanUbahAsync(request.UnitId, cancellationToken);
        var r = new RencanaAksi(
            request.UnitId, request.Tahun, request.Semester, request.Sumber, request.NomorRekomendasi!.Trim(), request.Rekomendasi!.Trim(), akses.Sekarang, akses.Pengguna.Username);
        db.RencanaAksi.Add(r);
        return await pembaca.DtoAsync(r, cancellationToken);
    }
}

/// <summary>What can be done to an action plan.</summary>
internal enum AksiRencanaAksi
{
    /// <summary>The unit fills in the plan, deadline, note and evidence.</summary>
    Isi = 1,

    /// <summary>The reviewer (planning unit) judges whether the plan matches the recommendation.</summary>
    Nilai = 2,

    /// <summary>The unit head signs off the evidence.</summary>
    SahkanBukti = 3,

    /// <summary>The unit closes the item (plan + signed-off evidence needed).</summary>
    Tutup = 4,
}

/// <summary>One action on an action plan.</summary>
/// <param name="Id">Action plan.</param>
/// <param name="Aksi">Isi, Nilai, SahkanBukti or Tutup.</param>
/// <param name="Rencana">Isi: the plan.</param>
/// <param name="BatasWaktu">Isi: timeline.</param>
/// <param name="Catatan">Isi/Nilai: note.</param>
/// <param name="Bukti">Isi: evidence documents (uploaded for the unit).</param>
/// <param name="Sesuai">Nilai: the plan matches the recommendation.</param>
internal sealed record UbahRencanaAksiCommand(
    Guid Id, AksiRencanaAksi? Aksi, string? Rencana, LocalDate? BatasWaktu, string? Catatan, IReadOnlyList<Guid>? Bukti, bool? Sesuai) : ICommand<RencanaAksiDto>;

internal sealed class UbahRencanaAksiCommandValidator : AbstractValidator<UbahRencanaAksiCommand>
{
    public UbahRencanaAksiCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.").IsInEnum();
        RuleFor(x => x.Rencana).NotEmpty().WithMessage("Rencana aksi wajib diisi.").When(x => x.Aksi == AksiRencanaAksi.Isi);
        RuleFor(x => x.Rencana).MaximumLength(2000);
        RuleFor(x => x.Catatan).MaximumLength(2000);
        RuleFor(x => x.Bukti).Must(b => b is null || b.Count <= 20).WithMessage("Paling banyak 20 data dukung.");
        RuleFor(x => x.Sesuai).NotNull().WithMessage("Pilih sesuai atau tidak sesuai rekomendasi.").When(x => x.Aksi == AksiRencanaAksi.Nilai);
    }
}

internal sealed class UbahRencanaAksiCommandHandler(KinerjaDbContext db, AksesKinerja akses, PembacaRencanaAksi pembaca) : IRequestHandler<UbahRencanaAksiCommand, RencanaAksiDto>
{
    public async Task<RencanaAksiDto> Handle(UbahRencanaAksiCommand request, CancellationToken cancellationToken)
    {
        var r = await db.RencanaAksi.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Rencana aksi tidak ditemukan.");
        await akses.PastikanBacaAsync(r.UnitId, cancellationToken);
        var oleh = akses.Pengguna.Username;
        switch (request.Aksi!.Value)
        {
            case AksiRencanaAksi.Isi:
                await akses.PastikanUbahAsync(r.UnitId, cancellationToken);
                var bukti = request.Bukti?.Distinct().ToList() ?? [];
                var ada = await db.Dokumen.CountAsync(d => bukti.Contains(d.Id) && d.UnitId == r.UnitId, cancellationToken);
                if (ada != bukti.Count)
                {
                    throw new ValidationException([new FluentValidation.Results.ValidationFailure("bukti", "Data dukung tidak ditemukan (unggah dulu untuk unit ini).")]);
                }

                r.IsiRencana(request.Rencana!.Trim(), request.BatasWaktu, request.Catatan?.Trim(), bukti, akses.Sekarang, oleh);
                break;
            case AksiRencanaAksi.Nilai:
                if (!await akses.BolehTinjauAsync(r.UnitId, cancellationToken))
                {
                    throw new ForbiddenException("Penilaian kesesuaian oleh unit perencanaan.");
                }

                r.Nilai(request.Sesuai!.Value, request.Catatan?.Trim(), akses.Sekarang, oleh);
                break;
            case AksiRencanaAksi.SahkanBukti:
                if (!akses.KepalaUnitDari(r.UnitId))
                {
                    throw new ForbiddenException("Data dukung disahkan oleh kepala unit yang bersangkutan.");
                }

                r.SahkanBukti(akses.Sekarang, oleh);
                break;
            default:
                await akses.PastikanUbahAsync(r.UnitId, cancellationToken);
                r.Tutup(akses.Sekarang, oleh);
                break;
        }

        return await pembaca.DtoAsync(r, cancellationToken);
    }
}

/// <summary>Action plans the user may read.</summary>
internal sealed record DaftarRencanaAksiQuery(int Tahun, int? Semester, Guid? UnitId, StatusRencanaAksi? Status) : IQuery<IReadOnlyList<RencanaAksiDto>>;

internal sealed class DaftarRencanaAksiQueryValidator : AbstractValidator<DaftarRencanaAksiQuery>
{
    public DaftarRencanaAksiQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class DaftarRencanaAksiQueryHandler(PembacaRencanaAksi pembaca, AksesKinerja akses)
    : IRequestHandler<DaftarRencanaAksiQuery, IReadOnlyList<RencanaAksiDto>>
{
    public async Task<IReadOnlyList<RencanaAksiDto>> Handle(DaftarRencanaAksiQuery request, CancellationToken cancellationToken)
    {
        var rows = await pembaca.SaringAsync(request.Tahun, request.Semester, request.UnitId, cancellationToken);

        // One directory read for the list; each item's unit and reviewer checks then come from the request's cache.
        await akses.MuatUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        if (request.Status is { } s)
        {
            rows = rows.Where(r => r.Status == s).ToList();
        }

        var hasil = new List<RencanaAksiDto>();
        foreach (var r in rows)
        {
            hasil.Add(await pembaca.DtoAsync(r, cancellationToken));
        }

        return hasil.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.NomorRekomendasi, StringComparer.Ordinal).ToList();
    }
}

/// <summary>Semester recap of one unit: action plans, how many are "sesuai rekomendasi", open and closed.</summary>
internal sealed record RekapRencanaAksiUnitDto(Guid UnitId, string Unit, int Jumlah, int Sesuai, decimal? PersenSesuai, int Open, int Close);

/// <summary>Semester recap per unit and overall.</summary>
internal sealed record RekapRencanaAksiDto(int Tahun, int Semester, IReadOnlyList<RekapRencanaAksiUnitDto> Unit, RekapRencanaAksiUnitDto Total);

/// <summary>The semester recap of action plans (share "sesuai rekomendasi") per unit and overall.</summary>
internal sealed record RekapRencanaAksiQuery(int Tahun, int Semester) : IQuery<RekapRencanaAksiDto>;

internal sealed class RekapRencanaAksiQueryValidator : AbstractValidator<RekapRencanaAksiQuery>
{
    public RekapRencanaAksiQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
    }
}

internal sealed class RekapRencanaAksiQueryHandler(PembacaRencanaAksi pembaca, IDirektoriOrganisasi direktori) : IRequestHandler<RekapRencanaAksiQuery, RekapRencanaAksiDto>
{
    public async Task<RekapRencanaAksiDto> Handle(RekapRencanaAksiQuery request, CancellationToken cancellationToken)
    {
        var rows = await pembaca.SaringAsync(request.Tahun, request.Semester, null, cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        var unit = rows.GroupBy(r => r.UnitId).Select(g => Hitung(g.Key, nama.GetValueOrDefault(g.Key, "-"), g.ToList()))
            .OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return new RekapRencanaAksiDto(request.Tahun, request.Semester, unit, Hitung(Guid.Empty, "Total", rows));
    }

    private static RekapRencanaAksiUnitDto Hitung(Guid unitId, string unit, List<RencanaAksi> r)
    {
        var sesuai = r.Count(x => x.SesuaiRekomendasi == true);
        return new RekapRencanaAksiUnitDto(
            unitId, unit, r.Count, sesuai, r.Count == 0 ? null : Penilaian.Bulatkan(sesuai * 100m / r.Count),
            r.Count(x => x.Status == StatusRencanaAksi.Open), r.Count(x => x.Status == StatusRencanaAksi.Close));
    }
}

internal sealed class PembacaRencanaAksi(KinerjaDbContext db, AksesKinerja akses)
{
    public async Task<List<RencanaAksi>> SaringAsync(int tahun, int? semester, Guid? unitId, CancellationToken ct)
    {
        var q = db.RencanaAksi.AsNoTracking().Where(r => r.Tahun == tahun);
        if (semester is { } s)
        {
            q = q.Where(r => r.Semester == s);
        }

        if (unitId is { } u)
        {
            q = q.Where(r => r.UnitId == u);
        }

        if (await akses.CakupanBacaAsync(ct) is { } cakupan)
        {
            q = q.Where(r => cakupan.Contains(r.UnitId));
        }

        return await q.ToListAsync(ct);
    }

    public async Task<RencanaAksiDto> DtoAsync(RencanaAksi r, CancellationToken ct)
    {
        var nama = (await akses.UnitAsync(r.UnitId, ct))?.Nama ?? "-";
        var terbuka = r.Status == StatusRencanaAksi.Open;
        var alasan = !terbuka ? null
            : string.IsNullOrWhiteSpace(r.Rencana) ? "Rencana aksi belum diisi."
            : r.SesuaiRekomendasi == false ? "Rencana aksi tidak sesuai rekomendasi."
            : r.Bukti.Count == 0 ? "Data dukung belum ada."
            : r.BuktiDisahkanPada is null ? "Data dukung belum disahkan kepala unit."
            : null;
        return new RencanaAksiDto(
            r.Id, r.UnitId, nama, r.Tahun, r.Semester, r.Sumber, r.NomorRekomendasi, r.Rekomendasi, r.Rencana, r.BatasWaktu, r.Catatan, r.SesuaiRekomendasi, r.Status,
            r.Bukti, r.BuktiDisahkanOleh, r.BuktiDisahkanPada, alasan, terbuka && await akses.BolehUbahAsync(r.UnitId, ct), await akses.BolehTinjauAsync(r.UnitId, ct),
            terbuka && akses.KepalaUnitDari(r.UnitId) && r.Bukti.Count > 0 && r.BuktiDisahkanPada is null);
    }
}
