using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 17.2: national lists filter by province, order by date both ways, and export what is filtered to
/// Excel — in the user's scope, with bad parameters refused.</summary>
public class DaftarKegiatanTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    internal static object Kegiatan(string judul, string mulai) => new
    {
        judul,
        topik = "Pangan jajanan anak sekolah",
        komoditas = "PanganOlahan",
        pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Pemerintah daerah setempat" } },
        bentuk = "Audiensi",
        lokasi = "Kantor bupati",
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = "2026-12-31",
        dasarKegiatan = "Disposisi Kepala Unit",
    };

    private static string[] Judul(JsonElement halaman) => [.. halaman.GetProperty("item").EnumerateArray().Select(i => i.GetProperty("judul").GetString()!)];

    [Fact]
    public async Task Lists_filter_by_province_order_by_date_and_export_what_is_filtered()
    {
        api.Pada(3, 2);
        var loka = await api.LoginAsync("loka.rejanglebong");
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.daftar", "Balai POM di Jambi");
        var admin = await api.LoginAsync("admin");
        await (await loka.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi Curup April", "2026-04-06"))).JsonAsync(HttpStatusCode.Created);
        await (await bengkulu.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi Bengkulu Maret", "2026-03-09"))).JsonAsync(HttpStatusCode.Created);
        await (await jambi.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi Jambi Mei", "2026-05-04"))).JsonAsync(HttpStatusCode.Created);

        // Province: the Balai and its Loka in Bengkulu, not Jambi; newest first by default, oldest first on request.
        Assert.Equal(["Advokasi Curup April", "Advokasi Bengkulu Maret"], Judul(await (await admin.GetAsync("/api/advokasi?provinsi=Bengkulu")).JsonAsync(HttpStatusCode.OK)));
        Assert.Equal(["Advokasi Bengkulu Maret", "Advokasi Curup April"], Judul(await (await admin.GetAsync("/api/advokasi?provinsi=bengkulu&urut=Terlama")).JsonAsync(HttpStatusCode.OK)));
        Assert.Equal(["Advokasi Jambi Mei", "Advokasi Curup April", "Advokasi Bengkulu Maret"], Judul(await (await admin.GetAsync("/api/advokasi")).JsonAsync(HttpStatusCode.OK)));
        Assert.Empty(Judul(await (await admin.GetAsync("/api/advokasi?provinsi=Atlantis")).JsonAsync(HttpStatusCode.OK)));
        // Still in scope: Jambi's UPT filtering on Bengkulu finds nothing of Bengkulu.
        Assert.Empty(Judul(await (await jambi.GetAsync("/api/advokasi?provinsi=Bengkulu")).JsonAsync(HttpStatusCode.OK)));
        await (await admin.GetAsync("/api/advokasi?urut=Acak")).AssertValidationProblemAsync("urut");

        // Export: every row of the filter, in its order, as a workbook; the user's scope holds.
        var xlsx = await admin.GetAsync("/api/advokasi/xlsx?provinsi=Bengkulu&urut=Terlama");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var isi = await xlsx.Content.ReadAsByteArrayAsync();
        var baris = (await MiniExcel.QueryAsync(new MemoryStream(isi), useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Advokasi Bengkulu Maret", "Advokasi Curup April"], baris.Select(b => (string)b["Judul"]!));
        Assert.Equal(["Balai POM di Bengkulu", "Loka POM di Kabupaten Rejang Lebong"], baris.Select(b => (string)b["Unit"]!));
        Assert.All(baris, b => Assert.Equal("Berjalan", b["Status kegiatan"]));
        var milikJambi = (await MiniExcel.QueryAsync(await (await jambi.GetAsync("/api/advokasi/xlsx")).Content.ReadAsStreamAsync(), useHeaderRow: true))
            .Cast<IDictionary<string, object?>>().Select(b => (string)b["Judul"]!).ToList();
        Assert.Equal(["Advokasi Jambi Mei"], milikJambi);
        await (await admin.GetAsync("/api/advokasi/xlsx?tahun=1900")).AssertValidationProblemAsync("tahun");

        // The national overview (issue 17.3): the year's activities per SOP and unit, UPT without any yet.
        var ikhtisar = await (await admin.GetAsync("/api/sop/ikhtisar?tahun=2026")).JsonAsync(HttpStatusCode.OK);
        var a = ikhtisar.GetProperty("sop").EnumerateArray().Single(x => x.GetProperty("kodeSop").GetString() == "POM-04.01-A");
        Assert.Equal((3, 3, 3, "/advokasi"), (a.GetProperty("kegiatan").GetInt32(), a.GetProperty("berjalan").GetInt32(), a.GetProperty("unitAktif").GetInt32(), a.GetProperty("tautanDaftar").GetString()));
        var tanpa = a.GetProperty("uptTanpaKegiatan").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Contains("Balai Besar POM di Banda Aceh", tanpa);
        Assert.DoesNotContain("Balai POM di Bengkulu", tanpa);
        Assert.DoesNotContain(tanpa, n => n!.StartsWith("Direktorat", StringComparison.Ordinal)); // UPT only
        Assert.Equal(
            ["Advokasi di Balai POM di Bengkulu", "Advokasi di Balai POM di Jambi", "Advokasi di Loka POM di Kabupaten Rejang Lebong"],
            ikhtisar.GetProperty("unit").EnumerateArray().Where(u => u.GetProperty("kodeSop").GetString() == "POM-04.01-A")
                .Select(u => $"Advokasi di {u.GetProperty("unit").GetString()}").Order(StringComparer.Ordinal));
        // A Loka sees its own unit only, and no list of others.
        var milikLoka = await (await loka.GetAsync("/api/sop/ikhtisar?tahun=2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Loka POM di Kabupaten Rejang Lebong"], milikLoka.GetProperty("unit").EnumerateArray().Select(u => u.GetProperty("unit").GetString()).Distinct());
        Assert.All(milikLoka.GetProperty("sop").EnumerateArray(), x => Assert.Empty(x.GetProperty("uptTanpaKegiatan").EnumerateArray()));
        await (await admin.GetAsync("/api/sop/ikhtisar?tahun=1999")).AssertValidationProblemAsync("tahun");
    }

}

/// <summary>Issue 17.2: lists sort by column (title, the current step's due date) in SQL, page by page, and the
/// export keeps the order. Its own database, so the other list test's exact lists are not disturbed.</summary>
public class UrutDaftarTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static object Kegiatan(string judul, string mulai) => DaftarKegiatanTests.Kegiatan(judul, mulai);

    [Fact]
    public async Task Lists_order_by_title_and_by_the_current_steps_due_date_across_pages()
    {
        // Started on different days, so the first step of each falls due on a different day; dates and titles
        // disagree with the start order, so each order is told apart from the others.
        api.Pada(3, 2);
        var palu = await api.BuatPenggunaUptAsync("upt.palu.urut", "Balai POM di Palu");
        async Task Mulai(JsonElement dibuat) => await SopUji.MulaiAsync(palu, dibuat.GetProperty("instans").GetProperty("id").GetString()!, "A1");
        await Mulai(await (await palu.PostAsJsonAsync("/api/advokasi", Kegiatan("Urut B dibuat pertama", "2026-06-01"))).JsonAsync(HttpStatusCode.Created));
        api.Pada(3, 9);
        palu = await api.LoginAsync("upt.palu.urut", "Uji#2026test!");
        await Mulai(await (await palu.PostAsJsonAsync("/api/advokasi", Kegiatan("Urut C dibuat kedua", "2026-04-01"))).JsonAsync(HttpStatusCode.Created));
        api.Pada(3, 16);
        palu = await api.LoginAsync("upt.palu.urut", "Uji#2026test!");
        await Mulai(await (await palu.PostAsJsonAsync("/api/advokasi", Kegiatan("Urut A dibuat ketiga", "2026-05-01"))).JsonAsync(HttpStatusCode.Created));

        async Task<List<(string Judul, string? JatuhTempo)>> Daftar(string query)
        {
            var hasil = new List<(string, string?)>();
            for (var h = 1; h <= 3; h++)
            {
                var halaman = await (await palu.GetAsync($"/api/advokasi?cari=urut&ukuran=1&halaman={h}&{query}")).JsonAsync(HttpStatusCode.OK);
                hasil.AddRange(halaman.GetProperty("item").EnumerateArray().Select(i => (i.GetProperty("judul").GetString()!, i.GetProperty("jatuhTempo").GetString())));
            }

            return hasil;
        }

        var judul = await Daftar("urut=Judul");
        Assert.Equal(["Urut A dibuat ketiga", "Urut B dibuat pertama", "Urut C dibuat kedua"], judul.Select(j => j.Judul));
        var tempo = await Daftar("urut=JatuhTempo");
        Assert.Equal(["Urut B dibuat pertama", "Urut C dibuat kedua", "Urut A dibuat ketiga"], tempo.Select(j => j.Judul));
        Assert.Equal(3, tempo.Select(j => j.JatuhTempo).Distinct().Count());
        Assert.Equal(tempo.Select(j => j.JatuhTempo).Order(StringComparer.Ordinal), tempo.Select(j => j.JatuhTempo));
        Assert.Equal(["Urut B dibuat pertama", "Urut A dibuat ketiga", "Urut C dibuat kedua"], (await Daftar("urut=Terbaru")).Select(j => j.Judul));

        // The export keeps the chosen order.
        var baris = await (await palu.GetAsync("/api/advokasi/xlsx?cari=urut&urut=JatuhTempo")).XlsxAsync();
        Assert.Equal(tempo.Select(j => j.Judul), baris.Select(b => (string)b["Judul"]!));
    }
}
