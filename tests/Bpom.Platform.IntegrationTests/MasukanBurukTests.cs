using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 16.4: bad input never reaches the database as a 500 — a NUL anywhere (login, JSON text, query,
/// file name, form field, CSV), unknown JSON properties, null list items, duplicate indicator codes, implausible
/// dates — each a 400 ProblemDetails naming the field, and nothing written.</summary>
public class MasukanBurukTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Advokasi(string judul, string mulai = "2026-12-07", string tambahan = "") => $$"""
        { "judul": "{{judul}}", "topik": "PJAS", "komoditas": "PanganOlahan",
          "pemangkuKepentingan": [ { "jenis": "PemerintahDaerah", "nama": "Pemda" } ], "bentuk": "Fgd",
          "lokasi": "Bengkulu", "tanggalRencanaMulai": "{{mulai}}", "tanggalRencanaSelesai": "{{mulai}}",
          "dasarKegiatan": "Disposisi" {{tambahan}} }
        """;

    private async Task<int> JumlahAdvokasiAsync(HttpClient c) =>
        (await (await c.GetAsync("/api/advokasi?ukuran=100")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_NUL_byte_anywhere_is_a_400_and_changes_nothing()
    {
        var anonim = api.CreateClient();
        await (await anonim.PostAsync("/api/auth/login", Json("""{ "username": "adm\u0000in", "password": "x" }""")))
            .AssertValidationProblemAsync("username");

        var upt = await api.LoginAsync("upt.bengkulu");
        var sebelum = await JumlahAdvokasiAsync(upt);
        await (await upt.PostAsync("/api/advokasi", Json(Advokasi("Advokasi \\u0000 PJAS")))).AssertValidationProblemAsync("judul");
        await (await upt.GetAsync("/api/advokasi?cari=a%00b")).AssertValidationProblemAsync("cari");
        await (await upt.GetAsync("/api/pembinaan/sasaran?cari=%00")).AssertValidationProblemAsync("cari");
        Assert.Equal(sebelum, await JumlahAdvokasiAsync(upt));

        // A file name and a form field of an upload.
        var dibuat = await (await upt.PostAsync("/api/advokasi", Json(Advokasi("Advokasi unggah")))).JsonAsync(HttpStatusCode.Created);
        var iid = dibuat.GetProperty("instans").GetProperty("id").GetString();
        // HttpClient refuses a NUL in a header, so the multipart body is written by hand (as a hostile client would).
        const string batas = "----uji-nul";
        var mentah = $"--{batas}\r\nContent-Disposition: form-data; name=\"jenis\"\r\n\r\nKelengkapan\r\n" +
            $"--{batas}\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"dasar\u0000.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--{batas}--\r\n";
        var isiMentah = new ByteArrayContent(Encoding.UTF8.GetBytes(mentah));
        isiMentah.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={batas}");
        await (await upt.PostAsync($"/api/sop/instans/{iid}/langkah/A1/dokumen", isiMentah)).AssertValidationProblemAsync("berkas");

        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent("Kelengkapan\u0000"), "jenis");
            var berkas = new ByteArrayContent(SopUji.Pdf("x"));
            berkas.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(berkas, "berkas", "dasar.pdf");
            await (await upt.PostAsync($"/api/sop/instans/{iid}/langkah/A1/dokumen", form)).AssertValidationProblemAsync("jenis");
        }

        var instans = await SopUji.InstansAsync(upt, iid!);
        Assert.Empty(SopUji.Langkah(instans, "A1").GetProperty("dokumen").EnumerateArray());

        // A CSV cell (Kinerja import).
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        await (await perencanaan.PostAsync("/api/kinerja/impor", new StringContent("unit;tahun\nBalai\u0000;2026\n", Encoding.UTF8, "text/csv")))
            .AssertValidationProblemAsync();
    }

    [Fact]
    public async Task Unknown_properties_null_items_duplicates_and_implausible_dates_are_400s()
    {
        var upt = await api.LoginAsync("upt.bengkulu");
        var sebelum = await JumlahAdvokasiAsync(upt);
        await (await upt.PostAsync("/api/advokasi", Json(Advokasi("Advokasi liar", tambahan: ", \"unitId\": \"00000000-0000-0000-0000-000000000001\""))))
            .AssertValidationProblemAsync("unitId");
        await (await upt.PostAsync("/api/advokasi", Json(Advokasi("Advokasi kuno", mulai: "1850-01-01")))).AssertValidationProblemAsync("tanggalRencanaMulai");
        await (await upt.PostAsync("/api/advokasi", Json(Advokasi("Advokasi jauh", mulai: "2150-01-01")))).AssertValidationProblemAsync("tanggalRencanaMulai");
        Assert.Equal(sebelum, await JumlahAdvokasiAsync(upt));

        var loka = await api.LoginAsync("loka.rejanglebong");
        await (await loka.PostAsync("/api/pemberdayaan", Json("""
            { "judul": "Desa", "program": "DesaPanganAman", "komunitas": [ { "jenis": "Desa", "nama": null, "provinsi": "Bengkulu", "kabupatenKota": "Rejang Lebong" } ],
              "bentuk": "Kie", "kader": [ { "nama": "Siti", "peran": "Kader", "komunitas": "Desa A", "kontak": null } ], "jumlahPeserta": 10,
              "lokasi": "Curup", "tanggalRencanaMulai": "2026-12-07", "tanggalRencanaSelesai": "2026-12-08", "dasarKegiatan": "Rencana" }
            """))).AssertValidationProblemAsync();

        var lokaId = (await (await loka.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString();
        var isian = string.Join(",", Enumerable.Repeat("""{ "kode": "1.1", "nilai": 1 }""", 600));
        await (await loka.PutAsync("/api/kinerja/realisasi", Json($$"""{ "unitId": "{{lokaId}}", "tahun": 2026, "periode": "B01", "isian": [ {{isian}} ] }""")))
            .AssertValidationProblemAsync("isian");
    }
}

/// <summary>Issue 16.7: out-of-scope units on Kinerja lists are 404; an empty koordinator body does not clear it.</summary>
public class TemuanKecilTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_out_of_scope_unit_on_a_Kinerja_list_is_404_and_an_own_unit_is_200()
    {
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var admin = await api.LoginAsync("admin");
        var jambi = (await (await admin.GetAsync("/api/unit-kerja?cari=Jambi")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .First(u => u.GetProperty("nama").GetString() == "Balai POM di Jambi").GetProperty("id").GetString();
        var sendiri = (await (await bengkulu.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString();
        foreach (var path in new[] { "/api/kinerja/skm?tahun=2026&unitId={0}", "/api/kinerja/kepatuhan-sop?tahun=2026&unitId={0}", "/api/kinerja/rencana-aksi?tahun=2026&unitId={0}" })
        {
            await (await bengkulu.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, jambi))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(HttpStatusCode.OK, (await bengkulu.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, sendiri))).StatusCode);
        }
    }

    [Fact]
    public async Task An_empty_koordinator_body_is_refused_and_does_not_clear_it()
    {
        var admin = await api.LoginAsync("admin");
        var loka = (await (await admin.GetAsync("/api/unit-kerja?cari=Rejang")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .First(u => u.GetProperty("nama").GetString() == "Loka POM di Kabupaten Rejang Lebong");
        var id = loka.GetProperty("id").GetString();
        var koordinator = loka.GetProperty("koordinatorId").GetString();
        Assert.NotNull(koordinator);
        await (await admin.PutAsync($"/api/unit-kerja/{id}/koordinator", Json("{}"))).AssertValidationProblemAsync();
        var sesudah = (await (await admin.GetAsync("/api/unit-kerja?cari=Rejang")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .First(u => u.GetProperty("id").GetString() == id);
        Assert.Equal(koordinator, sesudah.GetProperty("koordinatorId").GetString());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
