using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Advokasi.Application;
using Bpom.Platform.Modules.Advokasi.Domain;
using Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.Advokasi.Infrastructure.Nasional;

/// <summary>Kegiatan Advokasi of the national dataset: about 60 a year per UPT and 6 per Unit Kerja Pusat (× scale),
/// built with the module's own entity and list data; the engine gives each a run.</summary>
internal sealed class PengisiAdvokasiNasional(AdvokasiDbContext db, IIndeksKegiatanSop<KegiatanAdvokasi> modul) : IPengisiDataNasional
{
    private static readonly (string Topik, Komoditas Komoditas)[] Topik =
    [
        ("keamanan pangan jajanan anak sekolah", Komoditas.PanganOlahan), ("label dan iklan pangan olahan", Komoditas.PanganOlahan),
        ("pangan olahan industri rumah tangga", Komoditas.PanganOlahan), ("obat tradisional tanpa izin edar", Komoditas.ObatTradisional),
        ("kosmetik mengandung bahan berbahaya", Komoditas.Kosmetik), ("penggunaan obat yang rasional", Komoditas.Obat),
        ("suplemen kesehatan daring", Komoditas.SuplemenKesehatan), ("bahan berbahaya pada pangan", Komoditas.PanganOlahan),
    ];

    private static readonly (JenisPemangkuKepentingan Jenis, string Nama)[] Pemangku =
    [
        (JenisPemangkuKepentingan.PemerintahDaerah, "Pemerintah Kabupaten/Kota {0}"), (JenisPemangkuKepentingan.PemerintahDaerah, "Dinas Kesehatan {0}"),
        (JenisPemangkuKepentingan.AsosiasiPelakuUsaha, "Asosiasi UMKM Pangan {0}"), (JenisPemangkuKepentingan.KomunitasPendidikan, "Dinas Pendidikan {0}"),
        (JenisPemangkuKepentingan.OrganisasiProfesi, "Ikatan Apoteker Indonesia Cabang {0}"), (JenisPemangkuKepentingan.OrganisasiKemasyarakatan, "PKK {0}"),
        (JenisPemangkuKepentingan.KementerianLembaga, "Kantor Wilayah Kementerian Agama {0}"), (JenisPemangkuKepentingan.PelakuUsaha, "Pelaku usaha pangan {0}"),
    ];

    public int Urutan => 20;

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        var kegiatan = new List<KegiatanAdvokasi>();
        foreach (var unit in data.Unit.Where(u => u.Upt || u.Jenis == "UnitKerjaPusat"))
        {
            var acak = data.Acak($"advokasi/{tahun}/{unit.Nomor}");
            var oleh = data.Staf(unit.Id)?.Id ?? Guid.Empty;
            var tempat = AcakNasional.Tempat(unit);
            for (var n = acak.Jumlah(data, unit.Upt ? 60 : 6); n > 0; n--)
            {
                var mulai = acak.Tanggal(tahun, data.HariIni);
                var (topik, komoditas) = acak.Pilih(Topik);
                var pada = mulai.At(new LocalTime(8 + acak.Next(6), acak.Next(60))).InZoneLeniently(Zona(unit)).ToInstant();
                var k = new KegiatanAdvokasi(data.Id($"advokasi/{tahun}/{unit.Nomor}/{n}"), unit.Id, oleh, pada);
                var pemangku = Enumerable.Range(0, 1 + acak.Next(3)).Select(_ => acak.Pilih(Pemangku)).Distinct()
                    .Select(p => new PemangkuKepentingan(p.Jenis, string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Nama, tempat))).ToList();
                k.Isi(
                    $"Advokasi {topik} di {tempat}", $"Pengawasan {topik}", komoditas, pemangku, (BentukAdvokasi)(1 + acak.Next(3)), null, $"Kantor {tempat}",
                    mulai, mulai.PlusDays(30 + acak.Next(90)), $"Disposisi pimpinan No. {acak.Next(100, 999)}/{tahun}");
                k.HubungkanInstans(data.Id($"advokasi/{tahun}/{unit.Nomor}/{n}/instans"));
                kegiatan.Add(k);
                data.Tas<KegiatanNasional>().Add(new KegiatanNasional(
                    SopAdvokasi.Kode, SopAdvokasi.Modul, k.Id, k.InstansId, unit.Id, k.Tahun, k.Judul, mulai, modul.Indeks(k), [], null, oleh));
            }
        }

        await db.SalinAsync(kegiatan, cancellationToken);
    }

    private static DateTimeZone Zona(UnitNasional unit) => ZonaWaktuUnit.Dari(unit.ZonaWaktu);
}
