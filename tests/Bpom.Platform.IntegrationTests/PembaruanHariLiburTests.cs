using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 20.3: a database seeded before the shipped holidays were corrected (no cuti bersama on 18 August
/// 2025, "SKB 2025" as the basis) is brought up to date once by the seeder: the day is added, the decree numbers
/// filled in, and an open step whose due date ran over that day moves by one working day, audited.</summary>
public class PembaruanHariLiburTests(SiklusApiFactory api) : IClassFixture<SiklusApiFactory>
{
    private async Task SqlAsync(string sql)
    {
        await using var koneksi = new NpgsqlConnection(api.ConnectionString);
        await koneksi.OpenAsync();
        await using var perintah = new NpgsqlCommand(sql, koneksi);
        await perintah.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_2025_correction_adds_18_August_and_moves_an_affected_due_date()
    {
        // The database as the old file left it.
        await SqlAsync("""
            DELETE FROM organisasi.tanggal_libur WHERE "Tanggal" = '2025-08-18';
            UPDATE organisasi.tanggal_libur SET "DasarHukum" = 'SKB 2025' WHERE extract(year FROM "Tanggal") = 2025;
            DELETE FROM organisasi.riwayat_seed WHERE "Kunci" = 'hari-libur-skb-933-2025';
            UPDATE organisasi.pengaturan_kalender SET "Versi" = "Versi" + 1;
            """);

        // A Balai starts step C1 (10 HK) on Monday 11 August 2025: without the cuti bersama it is due on a day that
        // the 18th pushes one working day later.
        api.Tanggal(2025, 8, 11);
        var balai = await api.LoginAsync("upt.bengkulu");
        var iid = (await (await balai.PostAsJsonAsync("/api/pemberdayaan", new
        {
            judul = "Desa pangan aman Agustus 2025", program = "DesaPanganAman", bentuk = "Bimtek",
            komunitas = new[] { new { jenis = "Desa", nama = "Desa Uji", provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" } },
            kader = Array.Empty<object>(), jumlahPeserta = 10, lokasi = "Aula", tanggalRencanaMulai = "2025-08-11", tanggalRencanaSelesai = "2025-09-30",
            dasarKegiatan = "Rencana kerja 2025",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(balai, iid, "C1");
        var sebelum = Keadaan(await InstansAsync(balai, iid), "C1").JatuhTempo!;
        Assert.True(string.CompareOrdinal(sebelum, "2025-08-18") > 0);

        // The seeder runs again (the next deployment's migrate) and the outbox delivers the calendar change.
        await api.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await api.KirimOutboxAsync();

        var sesudah = Keadaan(await InstansAsync(balai, iid), "C1").JatuhTempo!;
        async Task<int> HkAsync(string sampai) =>
            (await (await balai.GetAsync($"/api/kalender/hari-kerja/jumlah?dari=2025-08-11&sampai={sampai}")).JsonAsync(HttpStatusCode.OK)).GetProperty("jumlahHariKerja").GetInt32();
        Assert.True(string.CompareOrdinal(sesudah, sebelum) > 0, $"{sesudah} after {sebelum}");
        Assert.Equal(await HkAsync(sebelum) + 1, await HkAsync(sesudah)); // the next working day
        var audit = await AuditAsync(balai, iid);
        Assert.Contains(audit.EnumerateArray(), a => (a.GetProperty("keterangan").GetString() ?? "").Contains(sesudah, StringComparison.Ordinal));

        var admin = await api.LoginAsync("admin");
        var libur = await (await admin.GetAsync("/api/kalender/hari-libur?tahun=2025")).JsonAsync(HttpStatusCode.OK);
        var agustus = libur.EnumerateArray().Single(h => h.GetProperty("tanggal").GetString() == "2025-08-18");
        Assert.Equal("cuti_bersama", agustus.GetProperty("jenis").GetString());
        Assert.StartsWith("SKB 933/2025", agustus.GetProperty("dasarHukum").GetString(), StringComparison.Ordinal);
        Assert.All(libur.EnumerateArray().Where(h => h.GetProperty("tanggal").GetString() != "2025-08-18"),
            h => Assert.Equal("SKB 1017/2024 2/2024 2/2024", h.GetProperty("dasarHukum").GetString()));

        // Once only: a second run changes nothing (an admin's later edit would stay).
        await SqlAsync("""UPDATE organisasi.tanggal_libur SET "DasarHukum" = 'SKB 2025' WHERE "Tanggal" = '2025-01-27';""");
        await api.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        libur = await (await admin.GetAsync("/api/kalender/hari-libur?tahun=2025")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("SKB 2025", libur.EnumerateArray().Single(h => h.GetProperty("tanggal").GetString() == "2025-01-27").GetProperty("dasarHukum").GetString());
    }
}
