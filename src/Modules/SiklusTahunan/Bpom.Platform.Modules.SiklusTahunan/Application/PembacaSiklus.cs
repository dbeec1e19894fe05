using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.SiklusTahunan.Domain;
using Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Application;

/// <summary>
/// Reads a cycle the way its users see it. Scope: Admin, Pimpinan and Unit Kerja Pusat read every unit's report and the
/// recap; a UPT its own report and, as koordinator Balai, its Lokas'. Figures come from the engine (activities,
/// compliance, recommendations) and the SOP module (<see cref="IRincianTahunan"/>) in grouped queries — for one unit
/// (its report) or for every unit at once (the recap) — and are live: a report shows the year as it stands.
/// </summary>
internal sealed class PembacaSiklus(SiklusTahunanDbContext db, IMediator mediator, IEnumerable<IRincianTahunan> modul, ICurrentUser user, IClock clock)
{
    /// <summary>The units whose reports the user reads; null = every unit.</summary>
    public async Task<IReadOnlyList<Guid>?> CakupanAsync(CancellationToken cancellationToken)
    {
        if (user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Pimpinan) || user.IsInRole(Peran.UnitKerjaPusat))
        {
            return null;
        }

        return (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).Unit;
    }

    public LocalDate HariIni => LangkahSiklus.HariIni(clock.GetCurrentInstant());

    public Task<SiklusSop?> SiklusAsync(string kodeSop, int tahun, CancellationToken cancellationToken) =>
        db.Siklus.AsNoTracking().SingleOrDefaultAsync(s => s.KodeSop == kodeSop && s.Tahun == tahun, cancellationToken);

    public async Task<SiklusTahunanDto> BacaAsync(LangkahSiklus sop, int tahun, LocalDate? tanggalBuka, CancellationToken cancellationToken)
    {
        var cakupan = await CakupanAsync(cancellationToken);
        var siklus = await SiklusAsync(sop.KodeSop, tahun, cancellationToken);
        if (siklus is null)
        {
            var unitPratinjau = cakupan ?? await mediator.Send(new UnitPesertaSopQuery(sop.KodeSop, tahun, sop.TermasukUnitTujuan), cancellationToken);
            var pratinjau = await BarisAsync(sop, tahun, null, unitPratinjau, cancellationToken);
            return new SiklusTahunanDto(sop.KodeSop, tahun, "Pratinjau", tanggalBuka, null, null, null, null, [], pratinjau.Select(b => b.Dto).ToList(), null, []);
        }

        var laporan = db.Laporan.AsNoTracking().Where(l => l.SiklusId == siklus.Id);
        var daftar = await (cakupan is null ? laporan : laporan.Where(l => cakupan.Contains(l.UnitId))).ToListAsync(cancellationToken);
        var baris = await BarisAsync(sop, tahun, daftar, daftar.Select(l => l.UnitId).ToList(), cancellationToken);
        var posisiRekap = await mediator.Send(new PosisiLangkahQuery([siklus.RekapInstansId]), cancellationToken);
        var arahan = await mediator.Send(new DaftarArahanQuery([siklus.RekapInstansId]), cancellationToken);
        if (cakupan is not null)
        {
            arahan = arahan.Where(a => a.UnitTujuanId is { } u && cakupan.Contains(u)).ToList();
        }

        var koordinator = (await mediator.Send(new DaftarUnitKerjaRingkasQuery([siklus.KoordinatorUnitId]), cancellationToken)).SingleOrDefault();
        return new SiklusTahunanDto(
            sop.KodeSop, tahun, Status(siklus, posisiRekap, sop), siklus.TanggalBuka, siklus.BatasLaporan, siklus.KoordinatorUnitId, koordinator?.Nama,
            siklus.RekapInstansId, posisiRekap.Select(p => new LangkahRekapDto(p.Kode, p.Status, p.TanggalMulai, p.JatuhTempo, p.TanggalSelesai)).ToList(),
            baris.Select(b => b.Dto).ToList(), cakupan is null ? Rekap(baris, Modul(sop).NamaAngka) : null, arahan);
    }

    /// <summary>One unit's report (or its preview before the cycle opens).</summary>
    public async Task<LaporanTahunanDto> LaporanAsync(LangkahSiklus sop, int tahun, Guid unitId, CancellationToken cancellationToken)
    {
        var cakupan = await CakupanAsync(cancellationToken);
        if (cakupan is not null && !cakupan.Contains(unitId))
        {
            throw new NotFoundException("Laporan tahunan tidak ditemukan.");
        }

        var siklus = await SiklusAsync(sop.KodeSop, tahun, cancellationToken);
        var laporan = siklus is null ? null
            : await db.Laporan.AsNoTracking().SingleOrDefaultAsync(l => l.SiklusId == siklus.Id && l.UnitId == unitId, cancellationToken);
        if (siklus is not null && laporan is null)
        {
            throw new NotFoundException("Unit ini tidak memiliki laporan tahunan pada siklus ini.");
        }

        var baris = (await BarisAsync(sop, tahun, laporan is null ? null : [laporan], [unitId], cancellationToken, denganKegiatan: true)).Single();
        if (baris.Dto.NamaUnit == "-")
        {
            throw new NotFoundException("Unit kerja tidak ditemukan.");
        }

        var lampiran = new List<LaporanUnitDto>();
        if (siklus is not null)
        {
            var loka = await db.Laporan.AsNoTracking().Where(l => l.SiklusId == siklus.Id && l.PenyetujuUnitId == unitId).ToListAsync(cancellationToken);
            lampiran = (await BarisAsync(sop, tahun, loka, loka.Select(l => l.UnitId).ToList(), cancellationToken))
                .Where(b => b.Dto.Status == StatusLaporan.Diterima).Select(b => b.Dto).ToList();
        }

        var rincian = await Modul(sop).BacaAsync(tahun, [unitId], null, cancellationToken);
        var bolehUbah = laporan is not null && baris.Dto.Status is StatusLaporan.Draf or StatusLaporan.Dikembalikan && user.UnitId == unitId
            && (user.IsInRole(Peran.Upt) || user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit));
        return new LaporanTahunanDto(
            sop.KodeSop, sop.Singkat, tahun, baris.Dto, laporan?.Capaian ?? string.Empty, laporan?.Kendala ?? string.Empty,
            laporan?.RencanaTindakLanjut ?? string.Empty, bolehUbah, baris.Angka,
            rincian.Rincian.Where(r => r.UnitId == unitId).Select(r => new RincianDto(r.Dimensi, r.Nilai, r.Jumlah)).ToList(),
            baris.Kegiatan, lampiran, laporan?.DiubahPada, laporan?.Versi ?? 0, baris.Rekomendasi);
    }

    /// <summary>The units' rows: where each report stands and its figures (grouped queries for all of them).</summary>
    public async Task<IReadOnlyList<Baris>> BarisAsync(
        LangkahSiklus sop, int tahun, IReadOnlyList<LaporanTahunan>? laporan, IReadOnlyList<Guid> unitIds, CancellationToken cancellationToken,
        bool denganKegiatan = false)
    {
        if (unitIds.Count == 0)
        {
            return [];
        }

        var penyetuju = laporan?.Where(l => l.PenyetujuUnitId is not null).Select(l => l.PenyetujuUnitId!.Value) ?? [];
        var unit = (await mediator.Send(new DaftarUnitKerjaRingkasQuery([.. unitIds.Concat(penyetuju).Distinct()]), cancellationToken)).ToDictionary(u => u.Id);
        var ringkasan = (await mediator.Send(new RingkasanTahunanSopQuery(sop.KodeSop, tahun, unitIds, denganKegiatan), cancellationToken)).ToDictionary(r => r.UnitId);
        var angka = (await Modul(sop).BacaAsync(tahun, unitIds, null, cancellationToken)).Angka;
        var posisi = laporan is null ? [] : await mediator.Send(new PosisiLangkahQuery(laporan.Select(l => l.InstansId).ToList()), cancellationToken);
        var hariIni = HariIni;
        var hasil = new List<Baris>();
        foreach (var id in unitIds.Distinct())
        {
            var u = unit.GetValueOrDefault(id);
            var l = laporan?.SingleOrDefault(x => x.UnitId == id);
            var p = l is null ? null : posisi.FirstOrDefault(x => x.InstansId == l.InstansId);
            var status = p switch
            {
                null => l is null ? StatusLaporan.Pratinjau : StatusLaporan.Draf,
                { Status: StatusLangkah.Selesai } => StatusLaporan.Diterima,
                { Status: StatusLangkah.Diajukan } => StatusLaporan.Diajukan,
                { Status: StatusLangkah.Dikembalikan } => StatusLaporan.Dikembalikan,
                _ => StatusLaporan.Draf,
            };
            var terlambat = p is { JatuhTempo: { } jt } && (status == StatusLaporan.Diterima ? p.TanggalSelesai > jt : hariIni > jt);
            var r = ringkasan.GetValueOrDefault(id);
            var a = PemetaanAngka.Dari(r, angka.Where(x => x.UnitId == id));
            var penyetujuId = l?.PenyetujuUnitId ?? (l is null ? u?.KoordinatorId : null);
            hasil.Add(new Baris(
                new LaporanUnitDto(
                    id, u?.Nama ?? "-", u?.Jenis ?? "-", u?.Provinsi ?? "-", l?.Id, l?.InstansId, status, a.JumlahKegiatan, a.KegiatanSelesai, p?.JatuhTempo,
                    p?.TanggalDiajukan, status == StatusLaporan.Diterima ? p?.TanggalSelesai : null, terlambat, penyetujuId,
                    penyetujuId is { } pj ? unit.GetValueOrDefault(pj)?.Nama : null, status == StatusLaporan.Dikembalikan ? p?.AlasanTerakhir : null),
                a, r?.Kegiatan ?? [], r?.DaftarRekomendasi ?? []));
        }

        return hasil.OrderBy(b => b.Dto.NamaUnit, StringComparer.Ordinal).ToList();
    }

    private IRincianTahunan Modul(LangkahSiklus sop) =>
        modul.SingleOrDefault(m => m.KodeSop == sop.KodeSop) ?? throw new InvalidOperationException($"No IRincianTahunan registered for {sop.KodeSop}.");

    private static string Status(SiklusSop siklus, IReadOnlyList<PosisiLangkahDto> rekap, LangkahSiklus sop)
    {
        if (siklus.RekapDimulaiPada is null)
        {
            return "LaporanUnit";
        }

        var terbuka = rekap.FirstOrDefault(p => p.Status is not (StatusLangkah.Selesai or StatusLangkah.Dilewati));
        return terbuka?.Kode switch
        {
            null => "Selesai",
            var k when k == sop.Rekap => "Rekapitulasi",
            var k when k == sop.Arahan => "Arahan",
            _ => "Monev",
        };
    }

    /// <summary>The recap over the reports in: totals are their sum; units late or missing are named.</summary>
    internal static RekapDto Rekap(IReadOnlyList<Baris> baris, IReadOnlyList<string> namaAngka)
    {
        var masuk = baris.Where(b => b.Dto.Status == StatusLaporan.Diterima).ToList();
        var perUnit = masuk.Select(b => new BarisRekapDto(b.Dto.NamaUnit, b.Dto.Provinsi, b.Dto.Status, b.Dto.Terlambat, b.Angka)).ToList();
        var perProvinsi = masuk.GroupBy(b => b.Dto.Provinsi).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarisRekapDto(g.Key, g.Key, null, false, PemetaanAngka.Jumlah(g.Select(b => b.Angka).ToList(), namaAngka))).ToList();
        return new RekapDto(
            masuk.Count, baris.Count, PemetaanAngka.Jumlah(masuk.Select(b => b.Angka).ToList(), namaAngka), perUnit, perProvinsi,
            baris.Where(b => b.Dto.Terlambat).Select(b => b.Dto.NamaUnit).ToList(),
            baris.Where(b => b.Dto.Status != StatusLaporan.Diterima).Select(b => b.Dto.NamaUnit).ToList());
    }

    /// <summary>A unit's row with its figures and (for its report) its activities.</summary>
    internal sealed record Baris(LaporanUnitDto Dto, AngkaLaporanDto Angka, IReadOnlyList<KegiatanTahunanDto> Kegiatan, IReadOnlyList<RekomendasiTahunanDto>? Rekomendasi = null)
    {
        public IReadOnlyList<RekomendasiTahunanDto> Rekomendasi { get; } = Rekomendasi ?? [];
    }
}
