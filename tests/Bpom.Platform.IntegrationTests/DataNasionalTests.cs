using System.Net;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>A database of its own for the national dataset.</summary>
public sealed class DataNasionalFactory : ApiFactory
{
}

/// <summary>The national dataset generator writes valid runs through the modules' and the engine's shapes, is
/// skipped when its data is there, and lists over it page in SQL with a capped count.</summary>
public class DataNasionalTests(DataNasionalFactory api) : IClassFixture<DataNasionalFactory>
{
    private async Task<long> HitungAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task One_year_of_national_data_is_consistent_skipped_when_present_and_its_lists_cap_the_count()
    {
        var opsi = new OpsiDataNasional(Tahun: 1, Seed: 7, Skala: 0.25);
        var penjalan = api.Services.GetRequiredService<PenjalanDataNasional>();
        Assert.True(await penjalan.JalankanAsync(opsi, CancellationToken.None));
        var instans = await HitungAsync("SELECT count(*) FROM sop.instans");
        Assert.False(await penjalan.JalankanAsync(opsi, CancellationToken.None));
        Assert.Equal(instans, await HitungAsync("SELECT count(*) FROM sop.instans"));

        // Every module activity has its engine run, every run its steps; a running run's position is its current step.
        var advokasi = await HitungAsync("SELECT count(*) FROM advokasi.kegiatan");
        Assert.True(advokasi > 1000, $"{advokasi} Advokasi activities: the capped count needs more than 1,000");
        Assert.Equal(0, await HitungAsync("""
            SELECT (SELECT count(*) FROM advokasi.kegiatan k WHERE NOT EXISTS (SELECT 1 FROM sop.instans i WHERE i."Id" = k."InstansId"))
                 + (SELECT count(*) FROM pembinaan.kegiatan k WHERE NOT EXISTS (SELECT 1 FROM sop.instans i WHERE i."Id" = k."InstansId"))
                 + (SELECT count(*) FROM pemberdayaan.kegiatan k WHERE NOT EXISTS (SELECT 1 FROM sop.instans i WHERE i."Id" = k."InstansId"))
            """));
        Assert.Equal(0, await HitungAsync("""SELECT count(*) FROM sop.instans i WHERE NOT EXISTS (SELECT 1 FROM sop.langkah l WHERE l."InstansId" = i."Id")"""));
        Assert.Equal(0, await HitungAsync("""
            SELECT count(*) FROM sop.instans i JOIN sop.langkah l ON l."InstansId" = i."Id" AND l."Kode" = i."AktifKode"
            WHERE i."Status" = 1 AND l."Status" IS DISTINCT FROM i."AktifStatus"
            """));
        Assert.True(await HitungAsync("""SELECT count(*) FROM sop.langkah WHERE "Status" IN (2, 3, 4, 5)""") > 0, "open steps");
        Assert.True(await HitungAsync("SELECT count(*) FROM sop.jejak_audit") > instans, "audit trail");
        Assert.Equal(0, await HitungAsync("""
            SELECT count(*) FROM organisasi.unit_kerja u
            WHERE u."Jenis" IN ('BalaiBesarPom', 'BalaiPom', 'LokaPom')
              AND NOT EXISTS (SELECT 1 FROM kinerja.perjanjian_kinerja p WHERE p."UnitId" = u."Id")
            """));

        // The national list: a page of 20 from the index, the count stops at 1,000; a deep page is still a page.
        var admin = await api.LoginAsync("admin");
        var daftar = await (await admin.GetAsync("/api/advokasi?ukuran=20")).JsonAsync(HttpStatusCode.OK);
        Assert.True(daftar.GetProperty("item").GetArrayLength() == 20, daftar.GetRawText()[..Math.Min(600, daftar.GetRawText().Length)]);
        Assert.Equal((1000, false), (daftar.GetProperty("total").GetInt32(), daftar.GetProperty("totalPasti").GetBoolean()));
        var dalam = await (await admin.GetAsync("/api/advokasi?halaman=50&ukuran=20")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(20, dalam.GetProperty("item").GetArrayLength());
        Assert.False(dalam.GetProperty("totalPasti").GetBoolean());

        // A koordinator Balai's list is exact: its own and its Lokas' activities, and those routed to them.
        var balai = await api.LoginAsync("upt.bengkulu");
        var milik = await HitungAsync("""
            WITH u AS (SELECT "Id" FROM organisasi.unit_kerja WHERE "Nama" = 'Balai POM di Bengkulu'
                       UNION SELECT "Id" FROM organisasi.unit_kerja WHERE "KoordinatorId" = (SELECT "Id" FROM organisasi.unit_kerja WHERE "Nama" = 'Balai POM di Bengkulu'))
            SELECT count(*) FROM sop.instans i
            WHERE i."Modul" = 'Advokasi' AND (i."UnitId" IN (SELECT "Id" FROM u) OR i."UnitTerlibat" && ARRAY(SELECT "Id" FROM u))
            """);
        var daftarBalai = await (await balai.GetAsync("/api/advokasi?ukuran=5")).JsonAsync(HttpStatusCode.OK);
        Assert.True(milik is > 0 and < 1000, $"{milik} activities of Bengkulu");
        Assert.Equal((milik, true), (daftarBalai.GetProperty("total").GetInt64(), daftarBalai.GetProperty("totalPasti").GetBoolean()));

        // The demo Balai's inbox is full and paged.
        var tugas = await (await balai.GetAsync("/api/tugas-saya?ukuran=10")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(10, tugas.GetProperty("item").GetArrayLength());
        Assert.True(tugas.GetProperty("total").GetInt32() > 10);
    }
}
