using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

public class UnitKerjaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] UptRows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "upt-2024.csv")).Skip(1).Where(l => l.Length > 0).ToArray();

    private static async Task<JsonElement> ListAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync($"/api/unit-kerja{query}")).JsonAsync(HttpStatusCode.OK);

    private static async Task<JsonElement> FindAsync(HttpClient client, string nama) =>
        (await ListAsync(client, $"?cari={Uri.EscapeDataString(nama)}")).EnumerateArray().Single(u => u.GetProperty("nama").GetString() == nama);

    [Fact]
    public async Task Every_unit_from_the_master_data_is_seeded_with_its_time_zone()
    {
        var client = await api.LoginAsync("upt.bengkulu");
        var all = await ListAsync(client);
        var byName = all.EnumerateArray().ToDictionary(u => u.GetProperty("nama").GetString()!);
        foreach (var row in UptRows)
        {
            var cols = row.Split(',');
            var unit = byName[cols[1]];
            Assert.Equal(cols[3], unit.GetProperty("provinsi").GetString());
            Assert.Equal(cols[4], unit.GetProperty("zonaWaktu").GetString());
            Assert.Equal(cols[0] switch { "BalaiBesar" => "BalaiBesarPom", "Balai" => "BalaiPom", _ => "LokaPom" }, unit.GetProperty("jenis").GetString());
            Assert.Equal(cols[5].Length == 0 ? null : cols[5], unit.GetProperty("namaKoordinator").GetString());
        }

        Assert.Equal(UptRows.Count(r => r.StartsWith("Loka,", StringComparison.Ordinal)), (await ListAsync(client, "?jenis=LokaPom")).GetArrayLength());
        Assert.Equal("Ppsdm", byName["Pusat Pengembangan Sumber Daya Manusia Pengawas Obat dan Makanan (PPSDM)"].GetProperty("jenis").GetString());
        Assert.Equal("Pimpinan", byName["Kepala Badan POM"].GetProperty("jenis").GetString());
        Assert.Equal("Deputi III (Pangan Olahan)", byName["Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan"].GetProperty("eselon1").GetString());
        Assert.Equal(29, (await ListAsync(client, "?jenis=UnitKerjaPusat")).GetArrayLength());
    }

    [Fact]
    public async Task Filters_by_province_and_by_koordinator()
    {
        var client = await api.LoginAsync("loka.rejanglebong");
        var bengkulu = await ListAsync(client, "?provinsi=Bengkulu");
        Assert.Equal(new[] { "Balai POM di Bengkulu", "Loka POM di Kabupaten Rejang Lebong" },
            bengkulu.EnumerateArray().Select(u => u.GetProperty("nama").GetString()).Order().ToArray());

        var balai = await FindAsync(client, "Balai Besar POM di Jayapura");
        var lokas = await ListAsync(client, $"?koordinatorId={balai.GetProperty("id").GetString()}");
        Assert.Equal(new[] { "Loka POM di Kabupaten Merauke", "Loka POM di Kabupaten Mimika" },
            lokas.EnumerateArray().Select(u => u.GetProperty("nama").GetString()).Order().ToArray());
        await (await client.GetAsync("/api/unit-kerja?jenis=Kecamatan")).AssertValidationProblemAsync("jenis");
    }

    [Fact]
    public async Task An_admin_reassigns_a_Lokas_koordinator_and_only_a_Balai_qualifies()
    {
        var admin = await api.LoginAsync("admin");
        var loka = await FindAsync(admin, "Loka POM di Kabupaten Bungo");
        var jambi = await FindAsync(admin, "Balai POM di Jambi");
        var padang = await FindAsync(admin, "Balai Besar POM di Padang");
        var biro = await FindAsync(admin, "Biro Umum");
        var lokaId = loka.GetProperty("id").GetString();
        Assert.Equal(jambi.GetProperty("id").GetString(), loka.GetProperty("koordinatorId").GetString());

        var moved = await (await admin.PutAsJsonAsync($"/api/unit-kerja/{lokaId}/koordinator", new { koordinatorId = padang.GetProperty("id").GetString() }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Balai Besar POM di Padang", moved.GetProperty("namaKoordinator").GetString());

        var conflict = await (await admin.PutAsJsonAsync($"/api/unit-kerja/{lokaId}/koordinator", new { koordinatorId = biro.GetProperty("id").GetString() }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Balai", conflict.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        await (await admin.PutAsJsonAsync($"/api/unit-kerja/{jambi.GetProperty("id").GetString()}/koordinator", new { koordinatorId = padang.GetProperty("id").GetString() }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PutAsJsonAsync($"/api/unit-kerja/{lokaId}/koordinator", new { koordinatorId = Guid.NewGuid() }))
            .AssertValidationProblemAsync("koordinatorId");
        await (await admin.PutAsJsonAsync($"/api/unit-kerja/{Guid.NewGuid()}/koordinator", new { koordinatorId = padang.GetProperty("id").GetString() }))
            .AssertProblemAsync(HttpStatusCode.NotFound);

        var after = await (await admin.GetAsync($"/api/unit-kerja/{lokaId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(padang.GetProperty("id").GetString(), after.GetProperty("koordinatorId").GetString());

        var cleared = await (await admin.PutAsJsonAsync($"/api/unit-kerja/{lokaId}/koordinator", new { koordinatorId = (Guid?)null })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("koordinatorId").ValueKind);
    }

    [Theory]
    [InlineData("upt.bengkulu")]
    [InlineData("loka.rejanglebong")]
    [InlineData("pusat.pmpu.pangan")]
    public async Task Non_admins_cannot_change_units(string username)
    {
        var client = await api.LoginAsync(username);
        var loka = await FindAsync(client, "Loka POM di Kabupaten Rejang Lebong");
        var balai = await FindAsync(client, "Balai Besar POM di Padang");
        await (await client.PutAsJsonAsync($"/api/unit-kerja/{loka.GetProperty("id").GetString()}/koordinator", new { koordinatorId = balai.GetProperty("id").GetString() }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync("/api/unit-kerja", new { nama = "Unit Baru", jenis = "BalaiPom", provinsi = "Bengkulu", zonaWaktu = "Asia/Jakarta" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Balai POM di Bengkulu", (await FindAsync(client, "Loka POM di Kabupaten Rejang Lebong")).GetProperty("namaKoordinator").GetString());
    }

    [Fact]
    public async Task An_admin_creates_and_updates_a_unit_with_a_valid_time_zone()
    {
        var admin = await api.LoginAsync("admin");
        await (await admin.PostAsJsonAsync("/api/unit-kerja", new { nama = "Balai POM di Kabupaten Contoh", jenis = "BalaiPom", provinsi = "Papua", zonaWaktu = "WIT" }))
            .AssertValidationProblemAsync("zonaWaktu");
        await (await admin.PostAsJsonAsync("/api/unit-kerja", new { nama = "", jenis = "LokaPom", provinsi = "", zonaWaktu = "Asia/Jayapura" }))
            .AssertValidationProblemAsync("nama", "provinsi");
        await (await admin.PostAsJsonAsync("/api/unit-kerja", new { nama = "Balai POM di Jambi", jenis = "BalaiPom", provinsi = "Jambi", zonaWaktu = "Asia/Jakarta" }))
            .AssertValidationProblemAsync("nama");

        var created = await (await admin.PostAsJsonAsync("/api/unit-kerja",
            new { nama = "Balai POM di Kabupaten Contoh", jenis = "BalaiPom", kota = "Contoh", provinsi = "Papua", zonaWaktu = "Asia/Jayapura" })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        var updated = await (await admin.PutAsJsonAsync($"/api/unit-kerja/{id}",
            new { nama = "Balai POM di Kabupaten Contoh Baru", kota = "Contoh", provinsi = "Papua Tengah", zonaWaktu = "Asia/Jayapura", aktif = true })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Papua Tengah", updated.GetProperty("provinsi").GetString());
        Assert.Equal("Balai POM di Kabupaten Contoh Baru", (await (await admin.GetAsync($"/api/unit-kerja/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("nama").GetString());
    }
}
