using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Application;
using Bpom.Platform.Modules.Pemberdayaan.Application.Rekap;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Nasional;

/// <summary>Kegiatan Pemberdayaan of the national dataset: about 80 a year per UPT (× scale), each reaching 1–3
/// communities of its area and forming 0–4 kader or duta.</summary>
internal sealed class PengisiPemberdayaanNasional(PemberdayaanDbContext db, IIndeksKegiatanSop<KegiatanPemberdayaan> modul, PenyegarTerlaksana penyegar)
    : IPengisiDataNasional
{
    private static readonly (ProgramPemberdayaan Program, JenisKomunitas Komunitas, string Nama)[] Program =
    [
        (ProgramPemberdayaan.DesaPanganAman, JenisKomunitas.Desa, "Desa"), (ProgramPemberdayaan.PasarPanganAman, JenisKomunitas.Pasar, "Pasar"),
        (ProgramPemberdayaan.PanganJajananAnakSekolah, JenisKomunitas.Sekolah, "SD Negeri"), (ProgramPemberdayaan.KaderOtSkKos, JenisKomunitas.Pkk, "PKK Kelurahan"),
        (ProgramPemberdayaan.Kie, JenisKomunitas.KarangTaruna, "Karang Taruna"),
    ];

    public int Urutan => 22;

    /// <summary>The runs were played by the engine's part: the carried-out dates are read from them once.</summary>
    public async Task SelesaiAsync(DataNasional data, CancellationToken cancellationToken)
    {
        while (await penyegar.IsiAwalAsync(cancellationToken) == PenyegarTerlaksana.Batch)
        {
        }
    }

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var kegiatan = new List<KegiatanPemberdayaan>();
        foreach (var unit in data.Unit.Where(u => u.Upt))
        {
            var acak = data.Acak($"pemberdayaan/{tahun}/{unit.Nomor}");
            var oleh = data.Staf(unit.Id)?.Id ?? Guid.Empty;
            var tempat = AcakNasional.Tempat(unit);
            var zona = ZonaWaktuUnit.Dari(unit.ZonaWaktu);
            for (var n = acak.Jumlah(data, 80); n > 0; n--)
            {
                var mulai = acak.Tanggal(tahun, data.HariIni);
                var (program, jenis, nama) = acak.Pilih(Program);
                var komunitas = Enumerable.Range(0, 1 + acak.Next(3))
                    .Select(_ => new KomunitasSasaran(jenis, $"{nama} {acak.Next(1, 60)} {tempat}", unit.Provinsi, tempat)).DistinctBy(k => k.Nama).ToList();
                var kader = Enumerable.Range(0, acak.Next(5))
                    .Select(j => new Kader(data.Id($"pemberdayaan/{tahun}/{unit.Nomor}/{n}/kader/{j}"), acak.Nama(), acak.NextDouble() < 0.8 ? PeranKader.Kader : PeranKader.Duta, acak.Pilih(komunitas).Nama, $"08{acak.Next(100_000_000, 999_999_999)}"))
                    .ToList();
                var pada = mulai.At(new LocalTime(8 + acak.Next(6), acak.Next(60))).InZoneLeniently(zona).ToInstant();
                var k = new KegiatanPemberdayaan(data.Id($"pemberdayaan/{tahun}/{unit.Nomor}/{n}"), unit.Id, oleh, pada);
                k.Isi(
                    $"Pemberdayaan {program} di {komunitas[0].Nama}", program, null, komunitas, (BentukPemberdayaan)(1 + acak.Next(3)), kader, 10 + acak.Next(90),
                    komunitas[0].Nama, mulai, mulai.PlusDays(15 + acak.Next(45)), $"Rencana kerja UPT {tahun}");
                k.HubungkanInstans(data.Id($"pemberdayaan/{tahun}/{unit.Nomor}/{n}/instans"));
                kegiatan.Add(k);
                data.Tas<KegiatanNasional>().Add(new KegiatanNasional(
                    SopPemberdayaan.Kode, SopPemberdayaan.Modul, k.Id, k.InstansId, unit.Id, k.Tahun, k.Judul, mulai, modul.Indeks(k), [], null, oleh));
            }
        }

        await db.SalinAsync(kegiatan, cancellationToken);
        var pemilik = kegiatan.SelectMany(k => k.Kader.Select(x => (x, k.Id))).ToDictionary(p => p.x, p => p.Id);
        await db.SalinAsync(pemilik.Keys, cancellationToken, new Dictionary<string, Func<Kader, object?>> { [nameof(Kader.KegiatanId)] = x => pemilik[x] });
    }
}
