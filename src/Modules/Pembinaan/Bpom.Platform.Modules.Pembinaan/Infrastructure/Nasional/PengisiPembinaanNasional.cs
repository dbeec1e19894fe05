using System.Globalization;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pembinaan.Application;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Nasional;

/// <summary>Kegiatan Pembinaan of the national dataset: about 110 a year per UPT (× scale) guiding 1–4 businesses of
/// the UPT's registry (300 per UPT, registered the first time they are guided), routed by the module's own SOP B
/// rules (<see cref="RutePembinaan"/>).</summary>
internal sealed class PengisiPembinaanNasional(PembinaanDbContext db, IIndeksKegiatanSop<KegiatanPembinaan> modul) : IPengisiDataNasional
{
    private static readonly string[] Usaha = ["UD Sari Rasa", "CV Berkah Pangan", "PT Herbal Nusantara", "UMKM Kripik", "Jamu Gendong", "CV Ayu Kosmetika", "UD Sambal", "PT Sehat Alami", "Kue Basah", "Minuman Serbuk"];

    public int Urutan => 21;

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var terdaftar = data.Tetap("pembinaan/terdaftar", () => new HashSet<Guid>());
        var pusat = data.Unit.Where(u => u.Jenis == "UnitKerjaPusat").ToDictionary(u => u.Nama, u => u.Id, StringComparer.Ordinal);
        var kegiatan = new List<KegiatanPembinaan>();
        var sasaranBaru = new List<SasaranPembinaan>();
        foreach (var unit in data.Unit.Where(u => u.Upt))
        {
            var pool = data.Tetap($"pembinaan/pool/{unit.Nomor}", () => Pool(data, unit));
            var acak = data.Acak($"pembinaan/{tahun}/{unit.Nomor}");
            var oleh = data.Staf(unit.Id)?.Id ?? Guid.Empty;
            var tempat = AcakNasional.Tempat(unit);
            var zona = ZonaWaktuUnit.Dari(unit.ZonaWaktu);
            for (var n = acak.Jumlah(data, 110); n > 0; n--)
            {
                var mulai = acak.Tanggal(tahun, data.HariIni);
                var komoditas = (KomoditasPembinaan)(acak.NextDouble() < 0.55 ? 1 : 2 + acak.Next(3));
                var fungsi = acak.NextDouble() < 0.6 ? FungsiPembinaan.Fasilitator : FungsiPembinaan.Capa;
                var dibina = Enumerable.Range(0, 1 + acak.Next(4)).Select(_ => acak.Pilih(pool)).DistinctBy(s => s.Id).ToList();
                foreach (var s in dibina.Where(s => terdaftar.Add(s.Id)))
                {
                    sasaranBaru.Add(s);
                }

                var pada = mulai.At(new LocalTime(8 + acak.Next(6), acak.Next(60))).InZoneLeniently(zona).ToInstant();
                var k = new KegiatanPembinaan(data.Id($"pembinaan/{tahun}/{unit.Nomor}/{n}"), unit.Id, oleh, pada);
                k.Isi(
                    $"Pembinaan {(fungsi == FungsiPembinaan.Capa ? "CAPA" : "fasilitasi")} {Nama(komoditas)} {dibina[0].Nama}", (AsalPembinaan)(2 + acak.Next(3)),
                    $"Surat tugas No. {acak.Next(100, 999)}/{tahun}", komoditas, fungsi, (BentukPembinaan)(1 + acak.Next(6)), dibina.Select(s => s.Id), 5 + acak.Next(40),
                    $"Sarana produksi di {tempat}", mulai, mulai.PlusDays(20 + acak.Next(60)), unit.Id);
                var penugasan = RutePembinaan.Untuk(komoditas, fungsi, adaPelakuUsaha: true)
                    .Select(t => (t, Unit: t.NamaUnit is null ? unit.Id : pusat.GetValueOrDefault(t.NamaUnit)))
                    .Where(x => x.Unit != Guid.Empty && x.Unit != unit.Id)
                    .Select(x => new PenugasanBaru(x.t.Langkah, x.Unit, x.t.Jenis, x.t.Keterangan)).ToList();
                k.AturUnitTerlibat(penugasan.Select(p => p.UnitId));
                k.HubungkanInstans(data.Id($"pembinaan/{tahun}/{unit.Nomor}/{n}/instans"));
                kegiatan.Add(k);
                data.Tas<KegiatanNasional>().Add(new KegiatanNasional(
                    SopPembinaan.Kode, SopPembinaan.Modul, k.Id, k.InstansId, unit.Id, k.Tahun, k.Judul, mulai, modul.Indeks(k), penugasan,
                    new Dictionary<string, string> { ["B3"] = RutePembinaan.OutputLangkah3(komoditas, true) }, oleh));
            }
        }

        await db.SalinAsync(sasaranBaru, cancellationToken);
        await db.SalinAsync(kegiatan, cancellationToken);
    }

    private static List<SasaranPembinaan> Pool(DataNasional data, UnitNasional unit)
    {
        var acak = data.Acak($"pembinaan/pool/{unit.Nomor}");
        var tempat = AcakNasional.Tempat(unit);
        var awal = new LocalDate(data.TahunAwal, 1, 1).AtStartOfDayInZone(ZonaWaktuUnit.Nasional).ToInstant();
        return Enumerable.Range(1, Math.Max(20, (int)(300 * data.Opsi.Skala))).Select(i => new SasaranPembinaan(
            data.Id($"pembinaan/sasaran/{unit.Nomor}/{i}"), $"{acak.Pilih(Usaha)} {tempat} {i}", JenisSasaran.PelakuUsaha,
            (9_100_000_000_000L + (unit.Nomor * 100_000L) + i).ToString(CultureInfo.InvariantCulture), acak.NextDouble() < 0.8, acak.NextDouble() < 0.4,
            unit.Provinsi, tempat, unit.Id, awal)).ToList();
    }

    private static string Nama(KomoditasPembinaan k) => k switch
    {
        KomoditasPembinaan.PanganOlahan => "pangan olahan",
        KomoditasPembinaan.ObatTradisional => "obat tradisional",
        KomoditasPembinaan.SuplemenKesehatan => "suplemen kesehatan",
        _ => "kosmetik",
    };
}
