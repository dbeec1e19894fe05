using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Skm;

/// <summary>An element's value on the 25–100 scale (its average answer × 25) and the mutu it falls in.</summary>
internal sealed record UnsurSkmDto(string Kode, string Nama, decimal Nilai, string Mutu);

/// <summary>SKM of one unit (or the nation) for a period: respondents, IKM weighted by respondents over its services,
/// mutu, each element on the 25–100 scale, the year before's IKM for the same period and the target.</summary>
internal sealed record RekapSkmBarisDto(
    Guid? UnitId, string Unit, int Layanan, int JumlahResponden, decimal Ikm, string Mutu, IReadOnlyList<UnsurSkmDto> Unsur, decimal? IkmTahunLalu,
    decimal? Selisih, decimal? Target, bool? MemenuhiTarget);

/// <summary>SKM as published: per unit and national, weighted by respondents.</summary>
internal sealed record RekapSkmDto(int Tahun, string Periode, RekapSkmBarisDto? Nasional, IReadOnlyList<RekapSkmBarisDto> Unit);

/// <summary>The SKM recap of a period (S1, S2, TW1–TW4, TAHUNAN) over the units the user may read.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">The SKM period.</param>
internal sealed record RekapSkmQuery(int Tahun, string? Periode) : IQueryRekap<RekapSkmDto>;

internal sealed class RekapSkmQueryValidator : AbstractValidator<RekapSkmQuery>
{
    public RekapSkmQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => SimpanHasilSkmCommandValidator.PeriodeSkm.Contains(p?.Trim().ToUpperInvariant())).WithMessage("periode harus S1, S2, TW1–TW4 atau TAHUNAN.");
    }
}

internal sealed class RekapSkmQueryHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori) : IRequestHandler<RekapSkmQuery, RekapSkmDto>
{
    /// <summary>U1–U9 as PermenPANRB 14/2017 names them.</summary>
    public static readonly string[] NamaUnsur =
    [
        "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana",
        "Perilaku Pelaksana", "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
    ];

    public async Task<RekapSkmDto> Handle(RekapSkmQuery request, CancellationToken cancellationToken)
    {
        var periode = request.Periode!.Trim().ToUpperInvariant();
        var q = db.HasilSkm.AsNoTracking().Where(h => (h.Tahun == request.Tahun || h.Tahun == request.Tahun - 1) && h.Periode == periode);
        var cakupan = await akses.CakupanBacaAsync(cancellationToken);
        if (cakupan is not null)
        {
            q = q.Where(h => cakupan.Contains(h.UnitId));
        }

        var rows = await q.Select(h => new { h.UnitId, h.Tahun, h.JumlahResponden, h.Unsur }).ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        var target = akses.Opsi.TargetIkm;
        var lalu = rows.Where(r => r.Tahun == request.Tahun - 1).GroupBy(r => r.UnitId)
            .ToDictionary(g => g.Key, g => Timbang(g.Select(r => (r.JumlahResponden, (IReadOnlyList<decimal>)r.Unsur))).Ikm);
        var kini = rows.Where(r => r.Tahun == request.Tahun).ToList();
        var unit = kini.GroupBy(r => r.UnitId)
            .Select(g => Baris(g.Key, nama.GetValueOrDefault(g.Key, "-"), g.Count(), g.Select(r => (r.JumlahResponden, (IReadOnlyList<decimal>)r.Unsur)).ToList(), lalu.TryGetValue(g.Key, out var l) ? l : null, target))
            .OrderByDescending(b => b.Ikm).ThenBy(b => b.Unit, StringComparer.Ordinal).ToList();

        // National (or the reader's scope): every service of every unit weighted by its respondents.
        RekapSkmBarisDto? nasional = null;
        if (kini.Count > 0)
        {
            var lampau = rows.Where(r => r.Tahun == request.Tahun - 1).ToList();
            nasional = Baris(
                null, cakupan is null ? "Nasional" : "Cakupan Anda", kini.Count, kini.Select(r => (r.JumlahResponden, (IReadOnlyList<decimal>)r.Unsur)).ToList(),
                lampau.Count == 0 ? null : Timbang(lampau.Select(r => (r.JumlahResponden, (IReadOnlyList<decimal>)r.Unsur))).Ikm, target);
        }

        return new RekapSkmDto(request.Tahun, periode, nasional, unit);
    }

    /// <summary>Respondent-weighted element averages (1–4) and the IKM they give (× 25), unrounded.</summary>
    internal static (decimal[] Unsur, decimal Ikm) Timbang(IEnumerable<(int Responden, IReadOnlyList<decimal> Unsur)> hasil)
    {
        var daftar = hasil.ToList();
        var total = daftar.Sum(h => (decimal)h.Responden);
        var unsur = Enumerable.Range(0, 9).Select(i => daftar.Sum(h => h.Unsur[i] * h.Responden) / total).ToArray();
        return (unsur, unsur.Average() * 25m);
    }

    private static RekapSkmBarisDto Baris(Guid? unitId, string namaUnit, int layanan, IReadOnlyList<(int Responden, IReadOnlyList<decimal> Unsur)> hasil, decimal? ikmLalu, decimal? target)
    {
        var (unsur, ikm) = Timbang(hasil);
        var tampil = Penilaian.Bulatkan(ikm);
        return new RekapSkmBarisDto(
            unitId, namaUnit, layanan, hasil.Sum(h => h.Responden), tampil, TeksMutu(Domain.Skm.Mutu(tampil)),
            unsur.Select((u, i) => new UnsurSkmDto($"U{i + 1}", NamaUnsur[i], Penilaian.Bulatkan(u * 25m), TeksMutu(Domain.Skm.Mutu(Penilaian.Bulatkan(u * 25m))))).ToList(),
            Penilaian.Bulatkan(ikmLalu), ikmLalu is { } l ? Penilaian.Bulatkan(ikm - l) : null, target, target is { } t ? tampil >= t : null);
    }

    internal static string TeksMutu(MutuPelayanan m) => m switch
    {
        MutuPelayanan.A => "A (Sangat Baik)",
        MutuPelayanan.B => "B (Baik)",
        MutuPelayanan.C => "C (Kurang Baik)",
        _ => "D (Tidak Baik)",
    };
}
