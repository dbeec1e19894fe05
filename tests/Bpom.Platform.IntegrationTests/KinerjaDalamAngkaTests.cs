using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 18.5: "Kinerja BPOM Dalam Angka" — the SOP modules' figures counted nationally, cumulative per
/// quarter: what a Loka carried out in TW1 and a Balai in TW2 shows in s.d. TW1 and s.d. TW2 as hand-counted.</summary>
public class KinerjaDalamAngkaTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static object Pemberdayaan(string judul, string program, object[] komunitas, object[] kader, int peserta, string mulai) => new
    {
        judul,
        program,
        komunitas,
        bentuk = "PembentukanKaderKomunitas",
        kader,
        jumlahPeserta = peserta,
        lokasi = "Balai desa",
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = "2026-11-30",
        dasarKegiatan = "Rencana kerja 2026",
    };

    private static object Komunitas(string jenis, string nama) => new { jenis, nama, provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" };

    private static object Kader(string nama, string komunitas) => new { nama, peran = "Kader", komunitas, kontak = (string?)null };

    private async Task TerlaksanaAsync(HttpClient pelaksana, HttpClient kepala, object data)
    {
        var iid = (await (await pelaksana.PostAsJsonAsync("/api/pemberdayaan", data)).JsonAsync(HttpStatusCode.Created)).GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(pelaksana, iid, "C1");
        foreach (var kode in new[] { "C1", "C2", "C3" })
        {
            await SelesaikanLangkahAsync(pelaksana, kepala, iid, kode);
        }
    }

    private static Dictionary<string, int[]> Angka(JsonElement sop) => sop.GetProperty("angka").EnumerateArray()
        .ToDictionary(a => a.GetProperty("nama").GetString()!, a => a.GetProperty("perTriwulan").EnumerateArray().Select(x => x.GetInt32()).ToArray());

    private static Dictionary<string, int[]> Rincian(JsonElement sop) => sop.GetProperty("rincian").EnumerateArray()
        .ToDictionary(a => $"{a.GetProperty("dimensi").GetString()}: {a.GetProperty("nilai").GetString()}", a => a.GetProperty("perTriwulan").EnumerateArray().Select(x => x.GetInt32()).ToArray());

    [Fact]
    public async Task The_national_figures_count_the_sop_modules_per_quarter()
    {
        api.Pada(2, 9);
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kepalaLoka = await api.LoginAsync("kepala.rejanglebong");
        var balai = await api.LoginAsync("upt.bengkulu");
        var kepalaBalai = await api.LoginAsync("kepala.bengkulu");
        var pimpinan = await api.LoginAsync("pimpinan");

        // TW1: the Loka forms 2 kader in 2 villages and a school (PJAS), 30 participants.
        await TerlaksanaAsync(loka, kepalaLoka, Pemberdayaan("Desa pangan aman Curup", "DesaPanganAman",
            [Komunitas("Desa", "Desa Sumber Urip"), Komunitas("Desa", "Desa Air Meles"), Komunitas("Sekolah", "SDN 1 Curup")],
            [Kader("Siti", "Desa Sumber Urip"), Kader("Rudi", "Desa Air Meles")], 30, "2026-02-09"));

        // TW2: the Balai reaches a market and one more village; an advocacy FGD is planned (not carried out).
        api.Pada(5, 4);
        await TerlaksanaAsync(balai, kepalaBalai, Pemberdayaan("Pasar aman Bengkulu", "PasarPanganAman",
            [Komunitas("Pasar", "Pasar Minggu"), Komunitas("Desa", "Desa Pasar Bengkulu")], [Kader("Hendra", "Pasar Minggu")], 25, "2026-05-04"));
        await (await balai.PostAsJsonAsync("/api/advokasi", new
        {
            judul = "FGD PJAS", topik = "Pangan jajanan anak sekolah", komoditas = "PanganOlahan",
            pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Dinas Pendidikan" } },
            bentuk = "Fgd", lokasi = "Kantor Dinas", tanggalRencanaMulai = "2026-05-20", tanggalRencanaSelesai = "2026-05-20", dasarKegiatan = "Rencana kerja 2026",
        })).JsonAsync(HttpStatusCode.Created);

        // Completed activities as Kinerja records them (one advocacy finished in March, one in May).
        var bengkulu = Guid.Parse(await api.UnitIdAsync("Balai POM di Bengkulu"));
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            db.KegiatanSop.AddRange(
                new CatatanKegiatanSop(Guid.NewGuid(), "POM-04.01-A", "Advokasi", bengkulu, 2026, new LocalDate(2026, 3, 20)),
                new CatatanKegiatanSop(Guid.NewGuid(), "POM-04.01-A", "Advokasi", bengkulu, 2026, new LocalDate(2026, 5, 2)));
            await db.SaveChangesAsync();
        }

        var n = await (await pimpinan.GetAsync("/api/kinerja/nasional/angka?tahun=2026&periode=TW2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["TW1", "TW2"], n.GetProperty("triwulan").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["2026-03-31", "2026-06-30"], n.GetProperty("sampai").EnumerateArray().Select(t => t.GetString()));
        var sop = n.GetProperty("sop").EnumerateArray().ToDictionary(s => s.GetProperty("kodeSop").GetString()!);
        Assert.Equal(["POM-04.01-A", "POM-04.01-B", "POM-04.01-C", "POM-04.01-D"], sop.Keys);

        var c = Angka(sop["POM-04.01-C"]);
        Assert.Equal([1, 2], c["Kegiatan terlaksana"]);
        Assert.Equal([2, 3], c["Desa"]);
        Assert.Equal([0, 1], c["Pasar"]);
        Assert.Equal([1, 1], c["Sekolah"]);
        Assert.Equal([2, 3], c["Kader/duta"]);
        Assert.Equal([30, 55], c["Peserta"]);
        var rc = Rincian(sop["POM-04.01-C"]);
        Assert.Equal([1, 1], rc["Program: Desa Pangan Aman"]);
        Assert.Equal([0, 1], rc["Program: Pasar Pangan Aman"]);

        var a = sop["POM-04.01-A"];
        Assert.Equal([1, 2], a.GetProperty("kegiatanSelesai").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal([0, 1], Rincian(a)["Bentuk kegiatan: Fgd"]);
        Assert.Equal([0, 1], Angka(a)["Pemangku kepentingan dilibatkan"]);
        Assert.Equal(["Angkatan", "Peserta", "Tersertifikasi kompetensi", "Fasilitator diakui"], Angka(sop["POM-04.01-D"]).Keys);

        // s.d. TW1 only sees the first quarter; a unit does not read the national figures; a wrong period is refused.
        var tw1 = await (await pimpinan.GetAsync("/api/kinerja/nasional/angka?tahun=2026&periode=TW1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([2], Angka(tw1.GetProperty("sop").EnumerateArray().Single(s => s.GetProperty("kodeSop").GetString() == "POM-04.01-C"))["Desa"]);
        await (await balai.GetAsync("/api/kinerja/nasional/angka?tahun=2026&periode=TW2")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await pimpinan.GetAsync("/api/kinerja/nasional/angka?tahun=2026&periode=TW5")).AssertValidationProblemAsync("periode");
    }
}
