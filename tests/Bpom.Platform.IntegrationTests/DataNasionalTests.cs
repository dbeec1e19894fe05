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

    private async Task<List<Guid>> IdAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var hasil = new List<Guid>();
        while (await r.ReadAsync())
        {
            hasil.Add(r.GetGuid(0));
        }

        return hasil;
    }

    /// <summary>Every row of a paged list (run and step), page after page of <paramref name="ukuran"/>, up to <paramref name="batas"/>.</summary>
    private static async Task<List<string>> HalamanDemiHalamanAsync(HttpClient klien, string url, int ukuran, int? batas = null)
    {
        var hasil = new List<string>();
        for (var h = 1; batas is null || hasil.Count < batas; h++)
        {
            var pemisah = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var halaman = await (await klien.GetAsync($"{url}{pemisah}ukuran={ukuran}&halaman={h}")).JsonAsync(HttpStatusCode.OK);
            var item = halaman.GetProperty("item").EnumerateArray().ToList();
            hasil.AddRange(item.Select(i => $"{i.GetProperty("instansId").GetString()}:{(i.TryGetProperty("langkahKode", out var k) ? k.GetString() : "")}"));
            if (item.Count < ukuran)
            {
                break;
            }
        }

        return batas is null ? hasil : hasil.Take(batas.Value).ToList();
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

        // Each branch of a UPT's list (its unit, its Loka, routed activities) is ordered and cut in SQL before the
        // branches are merged: page after page, in every order, the list is exactly the scoped runs in that order.
        const string Lingkup = """
            WITH u AS (SELECT "Id" FROM organisasi.unit_kerja WHERE "Nama" = 'Balai POM di Bengkulu'
                       UNION SELECT "Id" FROM organisasi.unit_kerja WHERE "KoordinatorId" = (SELECT "Id" FROM organisasi.unit_kerja WHERE "Nama" = 'Balai POM di Bengkulu'))
            SELECT i."Id" FROM sop.instans i
            WHERE i."Modul" = 'Advokasi' AND (i."UnitId" IN (SELECT "Id" FROM u) OR i."UnitTerlibat" && ARRAY(SELECT "Id" FROM u))
            """;
        foreach (var (urut, orderBy) in new[]
        {
            ("", "\"TanggalAcuan\" DESC, \"DibuatPada\" DESC, \"Id\" DESC"),
            ("Terlama", "\"TanggalAcuan\", \"DibuatPada\", \"Id\""),
            ("Judul", "\"Judul\", \"TanggalAcuan\" DESC, \"Id\" DESC"),
            ("JatuhTempo", "\"AktifJatuhTempo\", \"TanggalAcuan\" DESC, \"Id\" DESC"),
        })
        {
            var harapan = (await IdAsync($"{Lingkup} ORDER BY {orderBy}")).Select(id => $"{id}:").ToList();
            var dibaca = await HalamanDemiHalamanAsync(balai, urut.Length == 0 ? "/api/advokasi" : $"/api/advokasi?urut={urut}", 7);
            Assert.True(milik > 14, $"{milik} activities: three pages of 7 are needed");
            Assert.Equal(harapan.Count, milik);
            Assert.Equal(harapan, dibaca);
        }

        // The inbox likewise (each way a step reaches the user is a branch cut to the page): small pages put together
        // are the same rows, in the same order, as large ones — for the Balai and for its head, who also approves.
        foreach (var pengguna in new[] { balai, await api.LoginAsync("kepala.bengkulu") })
        {
            var besar = await HalamanDemiHalamanAsync(pengguna, "/api/tugas-saya", 6);
            var kecil = await HalamanDemiHalamanAsync(pengguna, "/api/tugas-saya", 4);
            Assert.True(besar.Count > 6, $"{besar.Count} tasks: a second large page is needed");
            Assert.Equal(besar, kecil);
            Assert.Equal(besar.Count, besar.Distinct().Count());
        }
    }
}
