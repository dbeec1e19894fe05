using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>Reads PKs and the current realisation of a period; computes scores with <see cref="Penilaian"/>.</summary>
internal sealed class PenghitungNilai(KinerjaDbContext db, AksesKinerja akses, KepatuhanSop kepatuhan, IDirektoriOrganisasi direktori)
{
    /// <summary>The unit by exact name or id (404 when unknown or outside the user's reach).</summary>
    public async Task<UnitOrganisasi> UnitAsync(string? nama, Guid? unitId, CancellationToken ct)
    {
        UnitOrganisasi? unit = null;
        if (unitId is { } id)
        {
            unit = await akses.UnitAsync(id, ct);
        }
        else if (!string.IsNullOrWhiteSpace(nama))
        {
            unit = (await direktori.UnitBerdasarkanNamaAsync([nama.Trim()], ct)).GetValueOrDefault(nama.Trim());
        }

        if (unit is null || !await akses.BolehBacaAsync(unit.Id, ct))
        {
            throw new NotFoundException("Unit tidak ditemukan.");
        }

        return unit;
    }

    public async Task<PerjanjianKinerja> PkAsync(Guid unitId, int tahun, CancellationToken ct, bool lacak = false)
    {
        var q = lacak ? db.PerjanjianKinerja : db.PerjanjianKinerja.AsNoTracking();
        return await q.SingleOrDefaultAsync(p => p.UnitId == unitId && p.Tahun == tahun, ct)
            ?? throw new NotFoundException($"Perjanjian kinerja {tahun} unit ini belum ada.");
    }

    /// <summary>The latest version of the period's report (or of the equivalent month/quarter: B06 for TW2).</summary>
    public async Task<LaporanRealisasi?> LaporanTerkiniAsync(Guid pkId, string periode, CancellationToken ct, bool setara = true)
    {
        var kode = setara && KodePeriode.Setara(periode) is { } s ? new[] { periode, s } : [periode];
        var rows = await db.LaporanRealisasi.AsNoTracking().Where(l => l.PkId == pkId && kode.Contains(l.Periode))
            .OrderByDescending(l => l.Versi).ToListAsync(ct);
        return rows.FirstOrDefault(l => l.Periode == periode) ?? rows.FirstOrDefault();
    }

    /// <summary>The latest report of the period (or its equivalent) of each PK, in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, LaporanRealisasi>> LaporanTerkiniAsync(IReadOnlyCollection<Guid> pkIds, string periode, CancellationToken ct)
    {
        var kode = KodePeriode.Setara(periode) is { } s ? new[] { periode, s } : [periode];
        var ids = pkIds.ToList();
        var rows = await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && kode.Contains(l.Periode)).ToListAsync(ct);
        return rows.GroupBy(l => l.PkId).ToDictionary(
            g => g.Key,
            g => g.Where(l => l.Periode == periode).MaxBy(l => l.Versi) ?? g.MaxBy(l => l.Versi)!);
    }

    public async Task<NilaiKinerjaDto> HitungAsync(PerjanjianKinerja pk, string namaUnit, string periode, CancellationToken ct) =>
        await HitungAsync(pk, namaUnit, periode, await LaporanTerkiniAsync(pk.Id, periode, ct), ct);

    /// <summary>Scores with an already read report (the national comparison reads them all at once).</summary>
    public async Task<NilaiKinerjaDto> HitungAsync(PerjanjianKinerja pk, string namaUnit, string periode, LaporanRealisasi? laporan, CancellationToken ct) =>
        Hitung(pk, namaUnit, periode, laporan, await kepatuhan.RealisasiOtomatisAsync(pk, periode, ct));

    /// <summary>Scores from an already read report and SOP-backed realisation (the national comparison reads both
    /// for every unit at once).</summary>
    public NilaiKinerjaDto Hitung(PerjanjianKinerja pk, string namaUnit, string periode, LaporanRealisasi? laporan, IReadOnlyDictionary<string, decimal?> otomatis)
    {
        ArgumentNullException.ThrowIfNull(pk);
        ArgumentNullException.ThrowIfNull(otomatis);
        var manual = laporan?.Isi.ToDictionary(r => r.Kode, r => r.Nilai, StringComparer.Ordinal) ?? [];
        var indikator = new List<NilaiIndikatorDto>();
        var sasaran = new List<NilaiSasaranDto>();
        var perspektif = new List<NilaiPerspektifDto>();
        var nilaiPerspektif = new List<decimal?>();
        foreach (var p in pk.Struktur)
        {
            var hasilSs = new List<HasilSasaran>();
            foreach (var s in p.Sasaran)
            {
                var hasil = new List<HasilIndikator>();
                foreach (var i in s.Indikator)
                {
                    var realisasi = i.Sumber == SumberRealisasi.Manual ? manual.GetValueOrDefault(i.Kode) : otomatis.GetValueOrDefault(i.Kode);
                    var target = i.TargetUntuk(periode);
                    var h = Penilaian.Indikator(new NilaiIndikatorMasukan(i.Kode, i.Arah, target, i.TargetTahunan, realisasi));
                    hasil.Add(h);
                    indikator.Add(new NilaiIndikatorDto(
                        i.Kode, i.Nama, i.Satuan, s.Kode, i.Arah, target, i.TargetTahunan, realisasi, Penilaian.Bulatkan(h.Capaian), Penilaian.Bulatkan(h.CapaianTahunan),
                        TeksKinerja.Kriteria(h.Kriteria), TeksKinerja.Proyeksi(h.Proyeksi), i.Sumber, i.PenugasanDirektif));
                }

                var ss = Penilaian.Sasaran(s.Kode, hasil, s.HitungNko);
                hasilSs.Add(ss);
                sasaran.Add(new NilaiSasaranDto(s.Kode, s.Nama, p.Nama, Penilaian.Bulatkan(ss.Nilai), TeksKinerja.Kriteria(ss.Kriteria), s.HitungNko));
            }

            var np = Penilaian.Perspektif(hasilSs);
            nilaiPerspektif.Add(np);
            perspektif.Add(new NilaiPerspektifDto(p.Nama, Penilaian.Bulatkan(np)));
        }

        // Averages take the unrounded values below them; only what is shown is rounded.
        var nko = Penilaian.Bulatkan(Penilaian.RataRata(nilaiPerspektif));
        var predikat = nko is { } n ? TeksKinerja.Predikat(akses.Opsi.Predikat.Pita.Untuk(n)) : null;
        var jumlah = Enum.GetValues<KriteriaCapaian>().Select(k => (KriteriaCapaian?)k).Append(null)
            .Select(k => TeksKinerja.Kriteria(k))
            .Select(k => new JumlahKriteriaDto(
                k, indikator.Count(i => i.Kriteria == k && !i.PenugasanDirektif), indikator.Count(i => i.Kriteria == k && i.PenugasanDirektif)))
            .ToList();
        return new NilaiKinerjaDto(namaUnit, pk.UnitId, pk.Tahun, periode, indikator, sasaran, perspektif, nko, predikat, laporan?.Status, laporan?.Versi, pk.Versi)
        {
            JumlahKriteria = jumlah,
        };
    }
}
