using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Bogus;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

public class HariKerjaApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly HashSet<DateOnly> SeedHolidays = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "hari-libur.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => DateOnly.ParseExact(l.Split(',')[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();

    private static bool IsWorkingDay(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !SeedHolidays.Contains(d);

    private static DateOnly DayByDay(DateOnly start, int hk)
    {
        var d = start;
        while (hk > 0)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d))
            {
                hk--;
            }
        }

        return d;
    }

    [Fact]
    public async Task The_example_from_the_issue()
    {
        var client = await api.LoginAsync("upt.bengkulu");
        var body = await (await client.GetAsync("/api/kalender/hari-kerja/jatuh-tempo?mulai=2026-03-17&hk=5")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2026-03-17", body.GetProperty("mulai").GetString());
        Assert.Equal(5, body.GetProperty("hk").GetInt32());
        Assert.Equal("2026-03-31", body.GetProperty("jatuhTempo").GetString());
        Assert.Equal("Asia/Jakarta", body.GetProperty("zonaWaktu").GetString());
        Assert.Equal("2026-03-31T17:00:00Z", body.GetProperty("batasWaktu").GetString());
        Assert.Equal(0, body.GetProperty("peringatan").GetArrayLength());
    }

    [Fact]
    public async Task Random_start_dates_and_N_up_to_250_match_an_independent_day_by_day_count()
    {
        var client = await api.LoginAsync("pusat.advokasi");
        var faker = new Faker { Random = new Randomizer(20260317) };
        for (var i = 0; i < 60; i++)
        {
            var start = DateOnly.FromDateTime(faker.Date.Between(new DateTime(2024, 1, 1), new DateTime(2026, 12, 31)));
            var hk = faker.Random.Int(1, 250);
            var expected = DayByDay(start, hk);
            var body = await (await client.GetAsync($"/api/kalender/hari-kerja/jatuh-tempo?mulai={start:yyyy-MM-dd}&hk={hk}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body.GetProperty("jatuhTempo").GetString());

            var count = await (await client.GetAsync($"/api/kalender/hari-kerja/jumlah?dari={start:yyyy-MM-dd}&sampai={expected:yyyy-MM-dd}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(hk, count.GetProperty("jumlahHariKerja").GetInt32());
        }
    }

    [Fact]
    public async Task The_deadline_instant_is_the_end_of_the_due_date_in_the_units_time_zone()
    {
        var client = await api.LoginAsync("pimpinan");
        var units = await (await client.GetAsync("/api/unit-kerja?cari=Balai%20Besar%20POM%20di%20Jayapura")).JsonAsync(HttpStatusCode.OK);
        var jayapura = units.EnumerateArray().Single();
        Assert.Equal("Asia/Jayapura", jayapura.GetProperty("zonaWaktu").GetString());

        var body = await (await client.GetAsync($"/api/kalender/hari-kerja/jatuh-tempo?mulai=2026-03-17&hk=5&unitId={jayapura.GetProperty("id").GetString()}"))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2026-03-31", body.GetProperty("jatuhTempo").GetString());
        Assert.Equal("Asia/Jayapura", body.GetProperty("zonaWaktu").GetString());
        Assert.Equal("2026-03-31T15:00:00Z", body.GetProperty("batasWaktu").GetString()); // 00:00 WIT (+09) on 1 April
        Assert.Equal("2026-04-01T00:00:00+09:00", body.GetProperty("batasWaktuLokal").GetString());
    }

    [Fact]
    public async Task A_year_without_holiday_data_is_counted_on_weekends_and_warned_about()
    {
        var client = await api.LoginAsync("upt.bengkulu");
        var body = await (await client.GetAsync("/api/kalender/hari-kerja/jatuh-tempo?mulai=2026-12-28&hk=10")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2027-01-11", body.GetProperty("jatuhTempo").GetString()); // weekends only in 2027
        var warning = Assert.Single(body.GetProperty("peringatan").EnumerateArray()).GetString();
        Assert.Contains("2027", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mulai=2026-13-45&hk=5", "mulai")]
    [InlineData("mulai=kemarin&hk=5", "mulai")]
    [InlineData("hk=5", "mulai")]
    [InlineData("mulai=2026-03-17", "hk")]
    [InlineData("mulai=2026-03-17&hk=-1", "hk")]
    [InlineData("mulai=2026-03-17&hk=0", "hk")]
    [InlineData("mulai=2026-03-17&hk=1000000", "hk")]
    [InlineData("mulai=2026-03-17&hk=99999999999", "hk")]
    [InlineData("mulai=1800-01-01&hk=5", "mulai")]
    [InlineData("mulai=2026-03-17&hk=5&unitId=00000000-0000-0000-0000-000000000001", "unitId")]
    [InlineData("mulai=2026-03-17&hk=5&unitId=bukan-guid", "unitId")]
    public async Task Invalid_input_is_a_400_naming_the_field(string query, string field)
    {
        var client = await api.LoginAsync("upt.bengkulu");
        await (await client.GetAsync($"/api/kalender/hari-kerja/jatuh-tempo?{query}")).AssertValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("dari=2026-03-31&sampai=2026-03-17", "sampai")]
    [InlineData("dari=2026-02-30&sampai=2026-03-17", "dari")]
    [InlineData("dari=2026-03-17", "sampai")]
    public async Task Invalid_count_input_is_a_400_naming_the_field(string query, string field)
    {
        var client = await api.LoginAsync("upt.bengkulu");
        await (await client.GetAsync($"/api/kalender/hari-kerja/jumlah?{query}")).AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task Only_an_admin_changes_the_cuti_bersama_setting_and_due_dates_follow_it()
    {
        var upt = await api.LoginAsync("upt.bengkulu");
        var forbidden = await upt.PutAsJsonAsync("/api/kalender/pengaturan", new { cutiBersamaSebagaiHariKerja = true });
        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden);

        const string url = "/api/kalender/hari-kerja/jatuh-tempo?mulai=2026-03-17&hk=1";
        Assert.Equal("2026-03-25", (await (await upt.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("jatuhTempo").GetString());

        var admin = await api.LoginAsync("admin");
        var changed = await (await admin.PutAsJsonAsync("/api/kalender/pengaturan", new { cutiBersamaSebagaiHariKerja = true })).JsonAsync(HttpStatusCode.OK);
        Assert.True(changed.GetProperty("cutiBersamaSebagaiHariKerja").GetBoolean());
        Assert.Equal("admin", changed.GetProperty("diubahOleh").GetString());
        try
        {
            var body = await (await upt.GetAsync(url)).JsonAsync(HttpStatusCode.OK);
            Assert.Equal("2026-03-18", body.GetProperty("jatuhTempo").GetString()); // 18 March is cuti bersama Nyepi
            Assert.True(body.GetProperty("cutiBersamaSebagaiHariKerja").GetBoolean());
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/kalender/pengaturan", new { cutiBersamaSebagaiHariKerja = false });
        }

        await (await admin.PutAsJsonAsync("/api/kalender/pengaturan", new { })).AssertValidationProblemAsync("cutiBersamaSebagaiHariKerja");
    }

    [Fact]
    public async Task The_count_endpoint_counts_working_days_after_the_start()
    {
        var client = await api.LoginAsync("ppsdm");
        var body = await (await client.GetAsync("/api/kalender/hari-kerja/jumlah?dari=2026-12-31&sampai=2026-12-31")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, body.GetProperty("jumlahHariKerja").GetInt32());
        var year = await (await client.GetAsync("/api/kalender/hari-kerja/jumlah?dari=2025-12-31&sampai=2026-12-31")).JsonAsync(HttpStatusCode.OK);
        var expected = Enumerable.Range(1, 365).Select(i => new DateOnly(2025, 12, 31).AddDays(i)).Count(IsWorkingDay);
        Assert.Equal(expected, year.GetProperty("jumlahHariKerja").GetInt32());
    }
}
