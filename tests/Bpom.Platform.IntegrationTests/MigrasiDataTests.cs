using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>A database as the previous release left it (SOP engine and Kinerja at their last old migrations,
/// no Notifikasi or Berkas schema yet).</summary>
public sealed class DatabaseLamaFactory : ApiFactory
{
    protected override bool MigrasiSaatMulai => false;
}

/// <summary>Upgrading an existing database moves notifications, claims and document bytes to their new modules
/// without losing a row.</summary>
public class MigrasiDataTests(DatabaseLamaFactory api) : IClassFixture<DatabaseLamaFactory>
{
    [Fact]
    public async Task Notifications_claims_and_document_bytes_reach_their_new_modules_when_an_old_database_is_upgraded()
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<OrganisasiDbContext>().Database.MigrateAsync();
            await sp.GetRequiredService<SopDbContext>().GetService<IMigrator>().MigrateAsync("20261123231226_PenugasanLangkah");
            await sp.GetRequiredService<KinerjaDbContext>().GetService<IMigrator>().MigrateAsync("20261124014805_InitialKinerja");
            await sp.GetRequiredService<AdvokasiDbContext>().GetService<IMigrator>().MigrateAsync("20261123213532_InitialAdvokasi");
            await sp.GetRequiredService<PemberdayaanDbContext>().GetService<IMigrator>().MigrateAsync("20261123231309_InitialPemberdayaan");
            foreach (var seeder in sp.GetServices<IDataSeeder>().Where(s => s.GetType().Namespace!.StartsWith("Bpom.Platform.Modules.Organisasi", StringComparison.Ordinal)).OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% dokumen lama\n%%EOF\n");
        var bukti = Encoding.ASCII.GetBytes("%PDF-1.4\n% bukti kinerja lama\n%%EOF\n");
        var (instansId, dokumenId, buktiId, notifikasiId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (kegiatanId, instansKegiatanId) = (Guid.NewGuid(), Guid.NewGuid());
        var (pemberdayaanId, instansPemberdayaanId) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var conn = new NpgsqlConnection(api.ConnectionString))
        {
            await conn.OpenAsync();
            string[] lama =
            [
                """
                INSERT INTO sop.instans ("Id","KodeSop","VersiSop","Modul","ReferensiId","Judul","UnitId","ZonaWaktu","Tahun","Status","DibuatPada","DibuatOlehId","DiubahPada")
                SELECT @instans, 'POM-04.01-A', 1, 'Advokasi', gen_random_uuid(), 'Kegiatan lama', u."Id", 'Asia/Jakarta', 2026, 1, now(), gen_random_uuid(), now()
                FROM organisasi.unit_kerja u WHERE u."Nama" = 'Balai POM di Bengkulu'
                """,
                """
                INSERT INTO sop.dokumen ("Id","InstansId","LangkahKode","Jenis","Versi","NamaBerkas","JenisKonten","Ukuran","Sha256","DiunggahOlehId","DiunggahOlehNama","DiunggahPada")
                VALUES (@dokumen, @instans, 'A1', 1, 1, 'dasar.pdf', 'application/pdf', @ukuranPdf, @shaPdf, gen_random_uuid(), 'upt.bengkulu', now())
                """,
                """
                INSERT INTO sop.dokumen_isi ("DokumenId","Isi") VALUES (@dokumen, @pdf)
                """,
                """
                INSERT INTO kinerja.dokumen ("Id","UnitId","NamaBerkas","JenisKonten","Isi","Ukuran","Pada","Oleh")
                SELECT @bukti, u."Id", 'bukti.pdf', 'application/pdf', @isiBukti, @ukuranBukti, now(), 'upt.bengkulu' FROM organisasi.unit_kerja u WHERE u."Nama" = 'Balai POM di Bengkulu'
                """,
                """
                INSERT INTO sop.notifikasi ("Id","PenggunaId","Jenis","Judul","Pesan","DibuatPada")
                SELECT @notifikasi, p."Id", 1, 'Pengingat lama', 'Dari sebelum pemutakhiran', now() FROM organisasi.pengguna p WHERE p."Username" = 'admin'
                """,
                """
                INSERT INTO sop.klaim_notifikasi ("Kunci","DiklaimPada") VALUES ('kunci-lama', now())
                """,

                // An Advokasi activity of the old release: its A1 overdue since 2 March, routed to a Loka.
                """
                INSERT INTO advokasi.kegiatan ("Id","InstansId","UnitId","Tahun","Judul","Topik","Komoditas","PemangkuKepentingan","Bentuk","Lokasi",
                    "TanggalRencanaMulai","TanggalRencanaSelesai","DasarKegiatan","DibuatOlehId","DibuatPada")
                SELECT @kegiatan, @instansKegiatan, u."Id", 2026, 'Advokasi sebelum pemutakhiran', 'Jajanan pasar tradisional', 'PanganOlahan', '[]',
                    'Audiensi', 'Bengkulu', DATE '2026-02-02', DATE '2026-06-30', 'Disposisi lama', gen_random_uuid(), now()
                FROM organisasi.unit_kerja u WHERE u."Nama" = 'Balai POM di Bengkulu'
                """,
                """
                INSERT INTO sop.instans ("Id","KodeSop","VersiSop","Modul","ReferensiId","Judul","UnitId","ZonaWaktu","Tahun","Status","DibuatPada","DibuatOlehId","DiubahPada")
                SELECT @instansKegiatan, 'POM-04.01-A', 1, 'Advokasi', @kegiatan, 'Advokasi sebelum pemutakhiran', u."Id", 'Asia/Jakarta', 2026, 1,
                    TIMESTAMPTZ '2026-02-02 09:00+07', gen_random_uuid(), now()
                FROM organisasi.unit_kerja u WHERE u."Nama" = 'Balai POM di Bengkulu'
                """,
                """
                INSERT INTO sop.langkah ("Id","InstansId","Nomor","Kode","Nama","Pelaksana","Output","Kelengkapan","KelengkapanDari","WaktuHk","BolehDilewati",
                    "Status","TanggalMulai","JatuhTempo","Jeda")
                VALUES (gen_random_uuid(), @instansKegiatan, 1, 'A1', 'Perencanaan advokasi', ARRAY['UnitKerjaPusat','Upt'], 'Rencana advokasi', 'Disposisi',
                    ARRAY[]::text[], 10, false, 2, DATE '2026-02-16', DATE '2026-03-02', '[]')
                """,
                """
                INSERT INTO sop.penugasan_langkah ("Id","InstansId","LangkahKode","UnitId","Jenis","Keterangan")
                SELECT gen_random_uuid(), @instansKegiatan, 'A1', u."Id", 2, 'Tembusan' FROM organisasi.unit_kerja u WHERE u."Nama" = 'Loka POM di Kabupaten Rejang Lebong'
                """,

                // A Pemberdayaan activity of the old release carried out (C3 finished) on 10 February.
                """
                INSERT INTO pemberdayaan.kegiatan ("Id","InstansId","UnitId","Tahun","Judul","Program","Komunitas","Bentuk","JumlahPeserta","Lokasi",
                    "TanggalRencanaMulai","TanggalRencanaSelesai","DasarKegiatan","DibuatOlehId","DibuatPada")
                SELECT @pemberdayaan, @instansPemberdayaan, u."Id", 2026, 'Desa pangan aman lama', 'DesaPanganAman',
                    '[{"jenis":"Desa","nama":"Desa Lama","provinsi":"Bengkulu","kabupatenKota":"Kota Bengkulu"}]', 'Kie', 35, 'Desa Lama',
                    DATE '2026-02-02', DATE '2026-02-28', 'Rencana lama', gen_random_uuid(), now()
                FROM organisasi.unit_kerja u WHERE u."Nama" = 'Balai POM di Bengkulu'
                """,
                """
                INSERT INTO sop.instans ("Id","KodeSop","VersiSop","Modul","ReferensiId","Judul","UnitId","ZonaWaktu","Tahun","Status","DibuatPada","DibuatOlehId","DiubahPada")
                SELECT @instansPemberdayaan, 'POM-04.01-C', 1, 'Pemberdayaan', @pemberdayaan, 'Desa pangan aman lama', u."Id", 'Asia/Jakarta', 2026, 1,
                    TIMESTAMPTZ '2026-02-02 09:00+07', gen_random_uuid(), now()
                FROM organisasi.unit_kerja u WHERE u."Nama" = 'Balai POM di Bengkulu'
                """,
                """
                INSERT INTO sop.langkah ("Id","InstansId","Nomor","Kode","Nama","Pelaksana","Output","Kelengkapan","KelengkapanDari","WaktuHk","BolehDilewati",
                    "Status","TanggalMulai","JatuhTempo","TanggalSelesai","Jeda")
                VALUES (gen_random_uuid(), @instansPemberdayaan, 3, 'C3', 'Pelaksanaan', ARRAY['Upt'], 'Laporan pelaksanaan', 'Rencana',
                    ARRAY[]::text[], NULL, false, 6, DATE '2026-02-05', NULL, DATE '2026-02-10', '[]')
                """,
            ];
            foreach (var sql in lama)
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                cmd.Parameters.AddWithValue("instans", instansId);
                cmd.Parameters.AddWithValue("kegiatan", kegiatanId);
                cmd.Parameters.AddWithValue("instansKegiatan", instansKegiatanId);
                cmd.Parameters.AddWithValue("pemberdayaan", pemberdayaanId);
                cmd.Parameters.AddWithValue("instansPemberdayaan", instansPemberdayaanId);
                cmd.Parameters.AddWithValue("dokumen", dokumenId);
                cmd.Parameters.AddWithValue("bukti", buktiId);
                cmd.Parameters.AddWithValue("notifikasi", notifikasiId);
                cmd.Parameters.AddWithValue("pdf", pdf);
                cmd.Parameters.AddWithValue("ukuranPdf", (long)pdf.Length);
                cmd.Parameters.AddWithValue("shaPdf", Convert.ToHexStringLower(SHA256.HashData(pdf)));
                cmd.Parameters.AddWithValue("isiBukti", bukti);
                cmd.Parameters.AddWithValue("ukuranBukti", (long)bukti.Length);
                Assert.True(await cmd.ExecuteNonQueryAsync() == 1, sql);
            }
        }

        await api.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var admin = await api.LoginAsync("admin");
        var unduh = await admin.GetAsync($"/api/sop/dokumen/{dokumenId}");
        Assert.Equal(HttpStatusCode.OK, unduh.StatusCode);
        Assert.Equal(pdf, await unduh.Content.ReadAsByteArrayAsync());
        var unduhBukti = await admin.GetAsync($"/api/kinerja/dokumen/{buktiId}");
        Assert.Equal(HttpStatusCode.OK, unduhBukti.StatusCode);
        Assert.Equal(bukti, await unduhBukti.Content.ReadAsByteArrayAsync());

        // The old activity is in the lists again: its module gave its list data (search in the topic), its position
        // was computed (overdue A1), and the Loka its step is routed to reads it.
        var loka = await api.LoginAsync("loka.rejanglebong");
        var daftar = await (await loka.GetAsync("/api/advokasi?cari=pasar%20tradisional&terlambat=true")).JsonAsync(HttpStatusCode.OK);
        var baris = Assert.Single(daftar.GetProperty("item").EnumerateArray());
        Assert.Equal(kegiatanId, baris.GetProperty("id").GetGuid());
        Assert.Equal(("A1", true), (baris.GetProperty("langkahAktif").GetString(), baris.GetProperty("terlambat").GetBoolean()));
        Assert.Equal(0, (await (await loka.GetAsync("/api/advokasi?terlambat=false")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // The old Pemberdayaan activity is counted in February's recap: its carried-out date was read from the engine.
        var balai = await api.LoginAsync("upt.bengkulu");
        var rekap = await (await balai.GetAsync("/api/pemberdayaan/rekap?tahun=2026&periode=B02")).JsonAsync(HttpStatusCode.OK);
        var total = rekap.GetProperty("total");
        Assert.Equal((1, 1, 35), (total.GetProperty("jumlahKegiatan").GetInt32(), total.GetProperty("desa").GetInt32(), total.GetProperty("peserta").GetInt32()));
        Assert.Equal(0, (await (await balai.GetAsync("/api/pemberdayaan/rekap?tahun=2026&periode=B03")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetProperty("jumlahKegiatan").GetInt32());

        var notifikasi = await (await admin.GetAsync("/api/notifikasi")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(notifikasi.GetProperty("item").EnumerateArray(), n => n.GetProperty("id").GetGuid() == notifikasiId);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var hasil = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new KirimNotifikasiCommand("kunci-lama", [Guid.NewGuid()], JenisNotifikasi.Informasi, "Lagi", "Tidak boleh terkirim"));
            Assert.False(hasil.Dikirim);
        }

        await using (var conn = new NpgsqlConnection(api.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                """
                SELECT (SELECT encode(sha256("Isi"), 'hex') = "Sha256" FROM berkas.berkas WHERE "Id" = @bukti),
                       to_regclass('sop.notifikasi') IS NULL AND to_regclass('sop.klaim_notifikasi') IS NULL AND to_regclass('sop.dokumen_isi') IS NULL
                """, conn);
            cmd.Parameters.AddWithValue("bukti", buktiId);
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            Assert.True(r.GetBoolean(0), "the evidence's SHA-256 was computed from its bytes");
            Assert.True(r.GetBoolean(1), "the old tables are gone");
        }
    }
}
