using System.Net;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

public class SopDefinisiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_four_SOPs_are_listed_with_their_steps_and_HK()
    {
        var client = await api.LoginAsync("upt.bengkulu");
        var sops = await (await client.GetAsync("/api/sop/definisi")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["POM-04.01-A", "POM-04.01-B", "POM-04.01-C", "POM-04.01-D"], sops.EnumerateArray().Select(s => s.GetProperty("kode").GetString()!).ToArray());
        Assert.Equal([10, 10, 8, 9], sops.EnumerateArray().Select(s => s.GetProperty("langkah").GetArrayLength()).ToArray());

        var a = sops[0];
        Assert.Equal("Advokasi Pemangku Kepentingan", a.GetProperty("nama").GetString());
        Assert.Equal(1, a.GetProperty("versi").GetInt32());
        var a4 = a.GetProperty("langkah")[3];
        Assert.Equal("A4", a4.GetProperty("kode").GetString());
        Assert.Equal(5, a4.GetProperty("waktuHk").GetInt32());
        Assert.Equal("Laporan pelaksanaan advokasi", a4.GetProperty("output").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, a.GetProperty("langkah")[2].GetProperty("waktuHk").ValueKind);
    }

    [Fact]
    public async Task One_SOP_by_code_and_404_for_an_unknown_one()
    {
        var client = await api.LoginAsync("ppsdm");
        var d = (await (await client.GetAsync("/api/sop/definisi/POM-04.01-D")).JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        var d8 = d.GetProperty("langkah")[7];
        Assert.Equal("HariKe10SetelahTriwulan", d8.GetProperty("tenggatKalender").GetString());
        Assert.Equal("D7", d.GetProperty("langkah")[2].GetProperty("lompatKe").GetString());
        await (await client.GetAsync("/api/sop/definisi/POM-99")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await api.CreateClient().GetAsync("/api/sop/definisi")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
