using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpom.Platform.IntegrationTests.Infrastructure;
using NodaTime;

namespace Bpom.Platform.IntegrationTests;

public class HariLiburTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static MultipartFormDataContent Csv(string text)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "berkas", "hari-libur-2027.csv");
        return content;
    }

    private static async Task<string> DueAsync(HttpClient client, string mulai, int hk) =>
        (await (await client.GetAsync($"/api/kalender/hari-kerja/jatuh-tempo?mulai={mulai}&hk={hk}")).JsonAsync(HttpStatusCode.OK))
        .GetProperty("jatuhTempo").GetString()!;

    private static async Task<int> CountAsync(HttpClient client, int tahun) =>
        (await (await client.GetAsync($"/api/kalender/hari-libur?tahun={tahun}")).JsonAsync(HttpStatusCode.OK)).GetArrayLength();

    [Fact]
    public async Task The_seeded_holidays_are_listed_per_year()
    {
        var client = await api.LoginAsync("loka.rejanglebong");
        var list = await (await client.GetAsync("/api/kalender/hari-libur?tahun=2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(25, list.GetArrayLength());
        var first = list[0];
        Assert.Equal("2026-01-01", first.GetProperty("tanggal").GetString());
        Assert.Equal("libur_nasional", first.GetProperty("jenis").GetString());
        Assert.Equal("Tahun Baru 2026 Masehi", first.GetProperty("nama").GetString());
        Assert.Contains(list.EnumerateArray(), h => h.GetProperty("jenis").GetString() == "cuti_bersama");
    }

    [Fact]
    public async Task An_admin_adds_a_holiday_and_the_due_date_moves_then_edits_and_deletes_it()
    {
        var admin = await api.LoginAsync("admin");
        var upt = await api.LoginAsync("upt.bengkulu");
        Assert.Equal("2026-07-02", await DueAsync(upt, "2026-07-01", 1));

        var created = await (await admin.PostAsJsonAsync("/api/kalender/hari-libur",
                new { tanggal = "2026-07-02", jenis = "cuti_bersama", nama = "Cuti bersama uji", dasarHukum = "SKB uji" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal("2026-07-03", await DueAsync(upt, "2026-07-01", 1));

        await (await admin.PutAsJsonAsync($"/api/kalender/hari-libur/{id}",
                new { tanggal = "2026-07-03", jenis = "libur_nasional", nama = "Cuti bersama uji", dasarHukum = "SKB uji" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2026-07-02", await DueAsync(upt, "2026-07-01", 1));
        Assert.Equal("2026-07-06", await DueAsync(upt, "2026-07-02", 1));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/kalender/hari-libur/{id}")).StatusCode);
        Assert.Equal("2026-07-03", await DueAsync(upt, "2026-07-02", 1));
        await (await admin.DeleteAsync($"/api/kalender/hari-libur/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("upt.bengkulu")]
    [InlineData("pusat.advokasi")]
    [InlineData("pimpinan")]
    public async Task Only_admins_change_holidays(string username)
    {
        var client = await api.LoginAsync(username);
        var before = await CountAsync(client, 2026);
        await (await client.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2026-07-02", jenis = "libur_nasional", nama = "Tidak boleh" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsync("/api/kalender/hari-libur/impor", Csv("date,kind,name\n2026-07-02,libur_nasional,X\n")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await CountAsync(client, 2026));
    }

    [Fact]
    public async Task Invalid_holidays_are_rejected_with_field_errors()
    {
        var admin = await api.LoginAsync("admin");
        await (await admin.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2026-02-30", jenis = "libur_nasional", nama = "X" }))
            .AssertValidationProblemAsync("tanggal");
        await (await admin.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2026-08-18", jenis = "libur_daerah", nama = "" }))
            .AssertValidationProblemAsync("jenis", "nama");
        await (await admin.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2026-08-17", jenis = "libur_nasional", nama = "Proklamasi Kemerdekaan" }))
            .AssertValidationProblemAsync("tanggal");
    }

    [Fact]
    public async Task A_CSV_import_adds_next_years_calendar_and_clears_the_admin_warning()
    {
        api.Clock.Reset(Instant.FromUtc(2026, 11, 23, 3, 0));
        var admin = await api.LoginAsync("admin");
        var status = await (await admin.GetAsync("/api/kalender/status")).JsonAsync(HttpStatusCode.OK);
        Assert.False(status.GetProperty("tahunDepanTersedia").GetBoolean());
        Assert.Contains(status.GetProperty("peringatan").EnumerateArray(), p => p.GetString()!.Contains("2027", StringComparison.Ordinal));
        Assert.Equal("2027-01-01", await DueAsync(admin, "2026-12-31", 1)); // no 2027 data yet: a Friday counts

        const string csv = """
            date,kind,name,basis
            2027-01-01,libur_nasional,Tahun Baru 2027 Masehi,SKB 2027
            2027-01-04,cuti_bersama,Cuti bersama uji,SKB 2027
            2026-12-24,cuti_bersama,Kelahiran Yesus Kristus,SKB 2026 (diperbarui)
            2026-12-25,libur_nasional,Kelahiran Yesus Kristus,SKB 1497/2025 2/2025 5/2025
            """;
        var result = await (await admin.PostAsync("/api/kalender/hari-libur/impor", Csv(csv))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, result.GetProperty("ditambahkan").GetInt32());
        Assert.Equal(1, result.GetProperty("diperbarui").GetInt32());
        Assert.Equal(1, result.GetProperty("tidakBerubah").GetInt32());

        Assert.Equal("2027-01-05", await DueAsync(admin, "2026-12-31", 1));
        status = await (await admin.GetAsync("/api/kalender/status")).JsonAsync(HttpStatusCode.OK);
        Assert.True(status.GetProperty("tahunDepanTersedia").GetBoolean());
        Assert.Equal(0, status.GetProperty("peringatan").GetArrayLength());
        Assert.Equal(2, await CountAsync(admin, 2027));
    }

    [Fact]
    public async Task A_CSV_with_a_bad_row_changes_nothing_and_names_each_bad_row()
    {
        var admin = await api.LoginAsync("admin");
        var before = await CountAsync(admin, 2028);
        const string csv = """
            date,kind,name,basis
            2028-01-01,libur_nasional,Tahun Baru 2028 Masehi,SKB 2028
            2028-13-01,libur_nasional,Bulan ketiga belas,SKB 2028
            2028-02-01,libur_daerah,Jenis salah,SKB 2028
            """;
        var problem = await (await admin.PostAsync("/api/kalender/hari-libur/impor", Csv(csv))).AssertValidationProblemAsync("berkas[3]", "berkas[4]");
        Assert.False(problem.GetProperty("errors").TryGetProperty("berkas[2]", out _));
        Assert.Equal(before, await CountAsync(admin, 2028));

        await (await admin.PostAsync("/api/kalender/hari-libur/impor", Csv("tanggal;nama\n2028-01-01;X\n"))).AssertValidationProblemAsync("berkas");
        await (await admin.PostAsync("/api/kalender/hari-libur/impor", Csv(string.Empty))).AssertValidationProblemAsync("berkas");
        await (await admin.PostAsync("/api/kalender/hari-libur/impor", new MultipartFormDataContent())).AssertValidationProblemAsync("body");
    }

    [Fact]
    public async Task The_SKBs_list_imports_as_XLSX_with_the_decree_number_per_row()
    {
        var admin = await api.LoginAsync("admin");
        using var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object> { ["date"] = new DateTime(2029, 1, 1), ["kind"] = "libur_nasional", ["name"] = "Tahun Baru 2029 Masehi", ["basis"] = "SKB 1234/2028 5/2028 6/2028" },
            new Dictionary<string, object> { ["date"] = "2029-01-02", ["kind"] = "cuti_bersama", ["name"] = "Cuti bersama Tahun Baru", ["basis"] = "SKB 1234/2028 5/2028 6/2028" },
        });
        var isi = new MultipartFormDataContent();
        var berkas = new ByteArrayContent(xlsx.ToArray());
        berkas.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        isi.Add(berkas, "berkas", "skb-2029.xlsx");
        var hasil = await (await admin.PostAsync("/api/kalender/hari-libur/impor", isi)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, hasil.GetProperty("ditambahkan").GetInt32());
        var libur = await (await admin.GetAsync("/api/kalender/hari-libur?tahun=2029")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(
            [("2029-01-01", "libur_nasional", "SKB 1234/2028 5/2028 6/2028"), ("2029-01-02", "cuti_bersama", "SKB 1234/2028 5/2028 6/2028")],
            libur.EnumerateArray().Select(h => (h.GetProperty("tanggal").GetString(), h.GetProperty("jenis").GetString(), h.GetProperty("dasarHukum").GetString())).OrderBy(h => h.Item1));
    }

    [Fact]
    public async Task The_admin_status_endpoint_is_for_admins_only()
    {
        var upt = await api.LoginAsync("upt.bengkulu");
        await (await upt.GetAsync("/api/kalender/status")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
