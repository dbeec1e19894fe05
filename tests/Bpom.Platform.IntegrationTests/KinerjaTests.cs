using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Kinerja.Application.Realisasi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 7: CSV import → scores through the REST API exactly as kinerja.md computes them (capping, unmeasured,
/// lower-is-better, an SS left out of the NKO, predikat); a bad CSV is rejected whole; realisation entry with its
/// review flow, closing date, late changes with a reason and the reminder job; SOP compliance from a real SOP run.
/// </summary>
public class KinerjaTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private const string Header =
        "unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi";

    private const string Bengkulu = "Balai POM di Bengkulu";

    private static StringContent Csv(params string[] baris) => new(string.Join("\n", baris.Prepend(Header)) + "\n", Encoding.UTF8, "text/csv");

    private static async Task<JsonElement> NilaiAsync(HttpClient c, string unit, int tahun, string periode) =>
        await (await c.GetAsync($"/api/kinerja/nilai?unit={Uri.EscapeDataString(unit)}&tahun={tahun}&periode={periode}")).JsonAsync(HttpStatusCode.OK);

    private static JsonElement Cari(JsonElement daftar, string kunci, string nilai) =>
        daftar.EnumerateArray().Single(e => e.GetProperty(kunci).GetString() == nilai);

    private static decimal? Angka(JsonElement e, string p) => e.GetProperty(p).ValueKind == JsonValueKind.Null ? null : e.GetProperty(p).GetDecimal();

    [Fact]
    public async Task Imported_data_is_scored_as_kinerja_md_states()
    {
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var hasil = await (await perencanaan.PostAsync("/api/kinerja/impor", Csv(
            $"{Bengkulu},2024,TW1,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Persentase KIE tepat sasaran,%,naik,400,100,288.89",
            $"{Bengkulu},2024,TW1,Stakeholder,SS2,Meningkatnya kepuasan pemangku kepentingan,ya,2.1,Indeks kepuasan,indeks,naik,100,100,81.43",
            $"{Bengkulu},2024,TW1,Stakeholder,SS2,Meningkatnya kepuasan pemangku kepentingan,ya,2.2,Jumlah rekomendasi ditindaklanjuti,jumlah,naik,100,100,209.17",
            $"{Bengkulu},2024,TW1,Internal Process,SS3,Menurunnya waktu layanan,ya,3.1,Rata-rata hari layanan,hari,turun,10,10,12.5",
            $"{Bengkulu},2024,TW1,Internal Process,SS3,Menurunnya waktu layanan,ya,3.2,Indikator tanpa realisasi,%,naik,100,50,",
            $"{Bengkulu},2024,TW1,Internal Process,SS6,Sasaran belum terukur,ya,6.1,Indikator tanpa target periode,%,naik,100,,55",
            $"{Bengkulu},2024,TW1,Learning & Growth,SS4,Pengelolaan keuangan,tidak,4.1,Nilai kinerja anggaran,nilai,naik,100,100,50",
            $"{Bengkulu},2024,TW1,Learning & Growth,SS5,SDM kompeten,ya,5.1,Persentase pegawai kompeten,%,naik,80,80,80",
            $"{Bengkulu},2024,TW1,Learning & Growth,SS5,SDM kompeten,ya,5.2,Target nol,%,naik,10,0,10"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(9, hasil.GetProperty("baris").GetInt32());
        Assert.Equal(1, hasil.GetProperty("unit")[0].GetProperty("versiPk").GetInt32());

        var n = await NilaiAsync(perencanaan, Bengkulu, 2024, "TW1");
        var ind = n.GetProperty("indikator");
        // Raw, uncapped capaian; against the annual target too (288.89 / 400 = 72.22).
        Assert.Equal(288.89m, Angka(Cari(ind, "kode", "1.1"), "capaian"));
        Assert.Equal(72.22m, Angka(Cari(ind, "kode", "1.1"), "capaianTahunan"));
        Assert.Equal("Tidak dapat disimpulkan", Cari(ind, "kode", "1.1").GetProperty("kriteria").GetString());
        Assert.Equal("Cukup", Cari(ind, "kode", "2.1").GetProperty("kriteria").GetString());
        // Lower is better: 10 / 12.5 × 100.
        Assert.Equal(80m, Angka(Cari(ind, "kode", "3.1"), "capaian"));
        // Not measured: no realisation, no period target, target 0.
        foreach (var kode in new[] { "3.2", "6.1", "5.2" })
        {
            Assert.Null(Angka(Cari(ind, "kode", kode), "capaian"));
            Assert.Equal(JsonValueKind.Null, Cari(ind, "kode", kode).GetProperty("kriteria").ValueKind);
        }

        var ss = n.GetProperty("sasaran");
        Assert.Equal((120m, "Tidak dapat disimpulkan", true), (Angka(Cari(ss, "kode", "SS1"), "nilai"), Cari(ss, "kode", "SS1").GetProperty("kriteria").GetString(), Cari(ss, "kode", "SS1").GetProperty("dihitung").GetBoolean()));
        Assert.Equal((100.72m, "Sangat baik"), (Angka(Cari(ss, "kode", "SS2"), "nilai"), Cari(ss, "kode", "SS2").GetProperty("kriteria").GetString()));
        Assert.Equal((80m, "Cukup"), (Angka(Cari(ss, "kode", "SS3"), "nilai"), Cari(ss, "kode", "SS3").GetProperty("kriteria").GetString()));
        Assert.Null(Angka(Cari(ss, "kode", "SS6"), "nilai"));
        Assert.Equal((50m, false), (Angka(Cari(ss, "kode", "SS4"), "nilai"), Cari(ss, "kode", "SS4").GetProperty("dihitung").GetBoolean()));
        Assert.Equal((100m, "Baik"), (Angka(Cari(ss, "kode", "SS5"), "nilai"), Cari(ss, "kode", "SS5").GetProperty("kriteria").GetString()));

        // Stakeholder (120 + 100.72) / 2; Internal Process 80 (SS6 unmeasured); Learning & Growth 100 (SS4 not in NKO).
        var p = n.GetProperty("perspektif");
        Assert.Equal(110.36m, Angka(Cari(p, "nama", "Stakeholder"), "nilai"));
        Assert.Equal(80m, Angka(Cari(p, "nama", "Internal Process"), "nilai"));
        Assert.Equal(100m, Angka(Cari(p, "nama", "Learning & Growth"), "nilai"));
        Assert.Equal(96.79m, n.GetProperty("nilaiKinerjaOrganisasi").GetDecimal());
        Assert.Equal("Baik", n.GetProperty("predikat").GetString());

        // The unit reads its own scores; its Loka, another Balai and PPSDM do not (404).
        var balai = await api.LoginAsync("upt.bengkulu");
        Assert.Equal(96.79m, (await NilaiAsync(balai, Bengkulu, 2024, "TW1")).GetProperty("nilaiKinerjaOrganisasi").GetDecimal());
        await (await (await api.LoginAsync("loka.rejanglebong")).GetAsync($"/api/kinerja/nilai?unit={Bengkulu}&tahun=2024&periode=TW1")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await (await api.LoginAsync("ppsdm")).GetAsync($"/api/kinerja/nilai?unit={Bengkulu}&tahun=2024&periode=TW1")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await balai.GetAsync($"/api/kinerja/nilai?unit={Bengkulu}&tahun=2024&periode=TW5")).AssertValidationProblemAsync("periode");

        // Re-import of TW2 with a changed annual target: a new PK version; TW1 values stay.
        hasil = await (await balai.PostAsync("/api/kinerja/impor", Csv(
            $"{Bengkulu},2024,TW2,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Persentase KIE tepat sasaran,%,naik,500,200,300"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, hasil.GetProperty("unit")[0].GetProperty("versiPk").GetInt32());
        Assert.Equal(150m, Angka(Cari((await NilaiAsync(balai, Bengkulu, 2024, "TW2")).GetProperty("indikator"), "kode", "1.1"), "capaian"));
        Assert.Equal(288.89m, Angka(Cari((await NilaiAsync(balai, Bengkulu, 2024, "TW1")).GetProperty("indikator"), "kode", "1.1"), "capaian"));

        // A UPT may not import another unit's data.
        await (await balai.PostAsync("/api/kinerja/impor", Csv(
            "Loka POM di Kabupaten Rejang Lebong,2024,TW1,Stakeholder,SS1,KIE,ya,1.1,KIE,%,naik,100,100,90"))).AssertProblemAsync(HttpStatusCode.Forbidden);

        // XLSX exports of both tables.
        var xlsx = await perencanaan.GetAsync($"/api/kinerja/nilai/xlsx?unit={Bengkulu}&tahun=2024&periode=TW1");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var ms = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        {
            var rows = MiniExcelLibs.MiniExcel.Query(ms, useHeaderRow: true, sheetName: "ringkasan").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(96.79m, Convert.ToDecimal(rows.Single()["nilai_kinerja_organisasi"], System.Globalization.CultureInfo.InvariantCulture));
        }

        var ekspor = await perencanaan.GetAsync($"/api/kinerja/ekspor?unit={Bengkulu}&tahun=2024&periode=TW1");
        using (var ms = new MemoryStream(await ekspor.Content.ReadAsByteArrayAsync()))
        {
            var rows = MiniExcelLibs.MiniExcel.Query(ms, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(9, rows.Count);
            Assert.Equal("288.89", Convert.ToString(rows.Single(r => (string)r["kode_indikator"] == "1.1")["realisasi"], System.Globalization.CultureInfo.InvariantCulture));
        }

        // National comparison: ranked by NKO with SS values.
        var banding = await (await perencanaan.GetAsync("/api/kinerja/perbandingan?tahun=2024&periode=TW1")).JsonAsync(HttpStatusCode.OK);
        var baris = Cari(banding.GetProperty("unit"), "unit", Bengkulu);
        Assert.Equal(100.72m, baris.GetProperty("sasaran").GetProperty("SS2").GetDecimal());

        // Importing a period again replaces that period's report: indicators not in the file are not measured for it
        // (the structure keeps them); NKO = Stakeholder (SS2 only) = 100.72 → Istimewa with the provisional bands.
        await (await perencanaan.PostAsync("/api/kinerja/impor", Csv(
            $"{Bengkulu},2024,TW1,Stakeholder,SS2,Meningkatnya kepuasan pemangku kepentingan,ya,2.1,Indeks kepuasan,indeks,naik,100,100,81.43",
            $"{Bengkulu},2024,TW1,Stakeholder,SS2,Meningkatnya kepuasan pemangku kepentingan,ya,2.2,Jumlah rekomendasi ditindaklanjuti,jumlah,naik,100,100,209.17"))).JsonAsync(HttpStatusCode.OK);
        n = await NilaiAsync(perencanaan, Bengkulu, 2024, "TW1");
        Assert.Null(Angka(Cari(n.GetProperty("indikator"), "kode", "1.1"), "capaian"));
        Assert.Null(Angka(Cari(n.GetProperty("sasaran"), "kode", "SS1"), "nilai"));
        Assert.Equal((100.72m, "Istimewa"), (n.GetProperty("nilaiKinerjaOrganisasi").GetDecimal(), n.GetProperty("predikat").GetString()));
    }

    [Fact]
    public async Task A_bad_csv_is_rejected_whole_naming_every_bad_row_and_column()
    {
        var admin = await api.LoginAsync("admin");
        const string jambi = "Balai POM di Jambi";
        var problem = await (await admin.PostAsync("/api/kinerja/impor", Csv(
            $"{jambi},2025,TW1,Stakeholder,SS1,KIE,ya,1.1,KIE,%,naik,100,100,90",
            $"{jambi},2025,TW1,Stakeholder,SS1,KIE,ya,1.2,Layanan,%,naik,100,100,\"1,5\"",
            $"{jambi},2025,TW1,Stakeholder,SS1,KIE,ya,1.3,Mutu,%,naik,100,100,abc",
            "Balai POM di Atlantis,2025,TW1,Stakeholder,SS1,KIE,ya,1.4,X,%,naik,100,100,90",
            $"{jambi},2025,TW5,Stakeholder,SS1,KIE,mungkin,1.5,Y,%,ke atas,100,100,90",
            $"{jambi},2025,TW1,Stakeholder,SS1,KIE,ya,1.1,KIE,%,naik,100,100,95",
            $"{jambi},2025,TW1,Stakeholder,SS1,KIE,ya,1.6,Z,%,naik,100,100"))).AssertValidationProblemAsync(
                "baris[3].realisasi", "baris[4].realisasi", "baris[5].unit", "baris[6].periode", "baris[6].hitung_nko", "baris[6].arah",
                "baris[7].kode_indikator", "baris[8].kolom");
        Assert.False(problem.GetProperty("errors").TryGetProperty("baris[2].realisasi", out _));

        // Nothing was written: the good row's unit has no PK.
        await (await admin.GetAsync($"/api/kinerja/nilai?unit={jambi}&tahun=2025&periode=TW1")).AssertProblemAsync(HttpStatusCode.NotFound);

        // Wrong header, empty body.
        await (await admin.PostAsync("/api/kinerja/impor", new StringContent("unit,tahun\nx,2025\n", Encoding.UTF8, "text/csv"))).AssertValidationProblemAsync("berkas");
        await (await admin.PostAsync("/api/kinerja/impor", new StringContent(Header + "\n", Encoding.UTF8, "text/csv"))).AssertValidationProblemAsync("berkas");
    }

    [Fact]
    public async Task Realisation_is_entered_reviewed_frozen_and_late_changes_need_a_reason()
    {
        const string loka = "Loka POM di Kabupaten Rejang Lebong";
        api.Pada(3, 2);
        var petugas = await api.LoginAsync("loka.rejanglebong");
        var koordinator = await api.LoginAsync("upt.bengkulu");
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var kepalaPerencanaan = await api.LoginAsync("kepala.perencanaan");
        var lokaId = (await (await petugas.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;

        // The Loka's PK for 2026, entered through the editor API.
        var pk = new
        {
            unitId = lokaId,
            tahun = 2026,
            perspektif = KinerjaUji.PerspektifKie(new Dictionary<string, decimal> { ["B02"] = 20m, ["B03"] = 25m }),
        };
        var dto = await (await petugas.PutAsJsonAsync("/api/kinerja/pk", pk)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, dto.GetProperty("versi").GetInt32());
        // Revising needs a reason; an unchanged structure makes no version; a change is version 2, kept with its reason.
        await (await petugas.PutAsJsonAsync("/api/kinerja/pk", pk)).AssertValidationProblemAsync("alasan");
        Assert.Equal(1, (await (await petugas.PutAsJsonAsync("/api/kinerja/pk", new { pk.unitId, pk.tahun, pk.perspektif, alasan = "Tanpa perubahan" })).JsonAsync(HttpStatusCode.OK)).GetProperty("versi").GetInt32());
        var revisi = new { pk.unitId, pk.tahun, perspektif = KinerjaUji.PerspektifKie(new Dictionary<string, decimal> { ["B02"] = 20m, ["B03"] = 25m }, "Stakeholder Perspective"), alasan = "Nama perspektif dibakukan" };
        Assert.Equal(2, (await (await petugas.PutAsJsonAsync("/api/kinerja/pk", revisi)).JsonAsync(HttpStatusCode.OK)).GetProperty("versi").GetInt32());
        var versiPk = await (await koordinator.GetAsync($"/api/kinerja/pk/{lokaId}/2026/versi")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([(2, "Nama perspektif dibakukan", "Stakeholder Perspective"), (1, (string?)null, "Stakeholder")],
            versiPk.EnumerateArray().Select(v => (v.GetProperty("versi").GetInt32(), v.GetProperty("alasan").GetString(), v.GetProperty("perspektif")[0].GetProperty("nama").GetString())));

        // B02: entry closes 5 March; pembilang/penyebut → 18 / 90 × 100 = 20 (%).
        var form = await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", new
        {
            unitId = lokaId,
            tahun = 2026,
            periode = "B02",
            isian = new[] { new { kode = "1.1", pembilang = 18m, penyebut = 90m, kendala = "Cuaca", rencanaTindakLanjut = "Jadwal ulang" } },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Draft", 1, "2026-03-05", false), (form.GetProperty("status").GetString(), form.GetProperty("versi").GetInt32(), form.GetProperty("batasEntri").GetString(), form.GetProperty("ditutup").GetBoolean()));
        Assert.Equal(20m, form.GetProperty("indikator")[0].GetProperty("isian").GetProperty("nilai").GetDecimal());
        Assert.Equal(100m, Angka(Cari((await NilaiAsync(petugas, loka, 2026, "B02")).GetProperty("indikator"), "kode", "1.1"), "capaian"));

        // Submit; the unit cannot verify itself; under review it cannot be changed.
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Ajukan" })).JsonAsync(HttpStatusCode.OK);
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Verifikasi" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", new { unitId = lokaId, tahun = 2026, periode = "B02", isian = new[] { new { kode = "1.1", nilai = 21m } } }))
            .AssertProblemAsync(HttpStatusCode.Conflict);

        // The koordinator Balai returns it with a reason (reason required).
        await (await koordinator.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Kembalikan" })).AssertValidationProblemAsync("alasan");
        await (await koordinator.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Kembalikan", alasan = "Lampirkan daftar hadir" })).JsonAsync(HttpStatusCode.OK);

        // The returned version is frozen: the correction is version 2; then submitted, verified, ratified.
        form = await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", new { unitId = lokaId, tahun = 2026, periode = "B02", isian = new[] { new { kode = "1.1", nilai = 22m } } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Draft", 2), (form.GetProperty("status").GetString(), form.GetProperty("versi").GetInt32()));
        Assert.Equal("Dikembalikan", form.GetProperty("riwayatVersi")[1].GetProperty("status").GetString());
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Ajukan" })).JsonAsync(HttpStatusCode.OK);
        await (await perencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Sahkan" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await perencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Verifikasi" })).JsonAsync(HttpStatusCode.OK);
        await (await perencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Sahkan" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        form = await (await kepalaPerencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "Sahkan" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Disahkan", form.GetProperty("status").GetString());
        Assert.Contains((await NotifikasiAsync(petugas)).EnumerateArray(), x => x.GetProperty("judul").GetString()!.Contains("B02 2026", StringComparison.Ordinal));
        // The koordinator was told of the Loka's submission, and its notice opens the Loka's form, not its own (issue 17.1).
        var diajukan = (await NotifikasiAsync(koordinator)).EnumerateArray().First(x => x.GetProperty("pesan").GetString()!.Contains("diajukan", StringComparison.Ordinal));
        Assert.Equal(($"unitId={lokaId}&tahun=2026&periode=B02", "Kinerja"), (diajukan.GetProperty("parameter").GetString(), diajukan.GetProperty("modul").GetString()));

        // Ratified data changes only through an explicit, audited reopening by the planning unit (issue 16.7): saving
        // is refused for the unit and for the planning unit's head alike; the unit cannot reopen; the reason is required.
        var simpan = new { unitId = lokaId, tahun = 2026, periode = "B02", isian = new[] { new { kode = "1.1", nilai = 30m } } };
        await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", simpan)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await kepalaPerencanaan.PutAsJsonAsync("/api/kinerja/realisasi", simpan)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "BukaKembali", alasan = "x" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await perencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "BukaKembali" }))
            .AssertValidationProblemAsync("alasan");
        form = await (await perencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B02", aksi = "BukaKembali", alasan = "Temuan audit Inspektorat" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Draft", 3), (form.GetProperty("status").GetString(), form.GetProperty("versi").GetInt32()));
        var dibuka = form.GetProperty("riwayatVersi").EnumerateArray().Single(v => v.GetProperty("versi").GetInt32() == 3).GetProperty("riwayat")[0];
        Assert.Equal(("BukaKembali", "Temuan audit Inspektorat"), (dibuka.GetProperty("aksi").GetString(), dibuka.GetProperty("alasan").GetString()));
        // History entries carry when they happened (they were 1970-01-01 before).
        Assert.Equal(api.Clock.GetCurrentInstant().ToString(), NodaTime.Text.InstantPattern.ExtendedIso.Parse(dibuka.GetProperty("pada").GetString()!).Value.ToString());
        Assert.All(form.GetProperty("riwayatVersi").EnumerateArray().SelectMany(v => v.GetProperty("riwayat").EnumerateArray()),
            r => Assert.StartsWith("2026-", r.GetProperty("pada").GetString(), StringComparison.Ordinal));
        var auditBuka = await (await perencanaan.GetAsync($"/api/kinerja/audit?unitId={lokaId}&tahun=2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(auditBuka.EnumerateArray(), a => a.GetProperty("aksi").GetString() == "BukaKembali" && a.GetProperty("alasan").GetString() == "Temuan audit Inspektorat");

        // After 5 March entry is closed: a change needs a reason and is audited.
        api.Pada(3, 9);
        var ubah = new { unitId = lokaId, tahun = 2026, periode = "B02", isian = new[] { new { kode = "1.1", nilai = 23m } }, alasan = (string?)null };
        await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", ubah)).AssertValidationProblemAsync("alasan");
        form = await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", ubah with { alasan = "Koreksi data kegiatan 27 Februari" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, true), (form.GetProperty("versi").GetInt32(), form.GetProperty("ditutup").GetBoolean()));
        var audit = await (await perencanaan.GetAsync($"/api/kinerja/audit?unitId={lokaId}&tahun=2026")).JsonAsync(HttpStatusCode.OK);
        var telat = audit.EnumerateArray().Single(a => a.GetProperty("aksi").GetString() == "UbahSetelahBatas");
        Assert.Equal(("Koreksi data kegiatan 27 Februari", true, "loka.rejanglebong"), (telat.GetProperty("alasan").GetString(), telat.GetProperty("terlambat").GetBoolean(), telat.GetProperty("oleh").GetString()));

        // Reminders for March (closes 5 April): from 3 April, once; late on 6 April — the unit, and the planning unit's list.
        api.Pada(4, 3);
        await JalankanPemantauAsync();
        await JalankanPemantauAsync();
        Assert.Single((await NotifikasiAsync(petugas)).EnumerateArray(), x => x.GetProperty("judul").GetString() == "Pengingat: realisasi kinerja Maret 2026");
        api.Pada(4, 6);
        await JalankanPemantauAsync();
        Assert.Single((await NotifikasiAsync(petugas)).EnumerateArray(), x => x.GetProperty("judul").GetString() == "Terlambat: realisasi kinerja Maret 2026");
        Assert.Contains((await NotifikasiAsync(perencanaan)).EnumerateArray(), x => x.GetProperty("judul").GetString() == "Unit terlambat: realisasi kinerja Maret 2026"
            && x.GetProperty("pesan").GetString()!.Contains(loka, StringComparison.Ordinal));
        var terlambat = await (await perencanaan.GetAsync("/api/kinerja/realisasi/terlambat?tahun=2026&periode=B03")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(terlambat.EnumerateArray(), t => t.GetProperty("unit").GetString() == loka);
        Assert.DoesNotContain((await (await perencanaan.GetAsync("/api/kinerja/realisasi/terlambat?tahun=2026&periode=B02")).JsonAsync(HttpStatusCode.OK)).EnumerateArray(),
            t => t.GetProperty("unit").GetString() == loka);

        // Another UPT cannot read or write the Loka's data.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.kinerja", "Balai POM di Jambi");
        await (await jambi.GetAsync($"/api/kinerja/realisasi?unitId={lokaId}&tahun=2026&periode=B02")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await jambi.PutAsJsonAsync("/api/kinerja/realisasi", ubah with { alasan = "x" })).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sop_compliance_counts_steps_finished_on_time_late_and_overdue_and_feeds_an_indicator()
    {
        api.Pada(7, 6); // Monday 6 July 2026
        var balai = await api.LoginAsync("upt.bengkulu");
        var kepala = await api.LoginAsync("kepala.bengkulu");
        var balaiId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;

        async Task<string> BuatAsync(string judul) => (await (await balai.PostAsJsonAsync("/api/pemberdayaan", new
        {
            judul,
            program = "DesaPanganAman",
            komunitas = new[] { new { jenis = "Desa", nama = "Desa Kepatuhan", provinsi = "Bengkulu", kabupatenKota = "Kabupaten Rejang Lebong" } },
            bentuk = "PembentukanKaderKomunitas",
            kader = Array.Empty<object>(),
            jumlahPeserta = 10,
            lokasi = "Balai Desa",
            tanggalRencanaMulai = "2026-07-06",
            tanggalRencanaSelesai = "2026-11-30",
            dasarKegiatan = "Rencana kerja",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("instans").GetProperty("id").GetString()!;

        // Activity 1: C1 (10 HK) approved after 2 HK — on time; C2 (40 HK, due Fri 4 Sep) approved Mon 7 Sep after 41 HK — late.
        var satu = await BuatAsync("Kepatuhan satu");
        await MulaiAsync(balai, satu, "C1");
        api.Pada(7, 8);
        await SelesaikanLangkahAsync(balai, kepala, satu, "C1");
        // Activity 2: C1 started 8 Jul (due 22 Jul) and never finished.
        var dua = await BuatAsync("Kepatuhan dua");
        await MulaiAsync(balai, dua, "C1");
        api.Pada(9, 7);

        // The sweep escalates activity 2's C1; Kinerja records the lateness when the outbox's background pass
        // delivers the event, not inside the sweep.
        await api.SapuAsync(kirimOutbox: false);
        async Task<bool> TercatatTerlambatAsync()
        {
            await using var koneksi = new Npgsql.NpgsqlConnection(api.ConnectionString);
            await koneksi.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand($"SELECT \"TerlambatSejak\" IS NOT NULL FROM kinerja.langkah_sop WHERE \"InstansId\" = '{dua}' AND \"LangkahKode\" = 'C1'", koneksi);
            return (bool)(await cmd.ExecuteScalarAsync())!;
        }

        Assert.False(await TercatatTerlambatAsync());
        while (await api.KirimOutboxAsync() > 0)
        {
        }

        Assert.True(await TercatatTerlambatAsync());
        await SelesaikanLangkahAsync(balai, kepala, satu, "C2");

        var k = await (await balai.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&periode=TW3&unitId={balaiId}&kodeSop=POM-04.01-C")).JsonAsync(HttpStatusCode.OK);
        var c1 = Cari(k.GetProperty("langkah"), "langkahKode", "C1");
        Assert.Equal((1, 1, 0, 1), (c1.GetProperty("selesai").GetInt32(), c1.GetProperty("tepatWaktu").GetInt32(), c1.GetProperty("terlambat").GetInt32(), c1.GetProperty("sedangTerlambat").GetInt32()));
        Assert.Equal((2m, 10m), (c1.GetProperty("medianHkTerpakai").GetDecimal(), c1.GetProperty("hkDiizinkan").GetDecimal()));
        var c2 = Cari(k.GetProperty("langkah"), "langkahKode", "C2");
        Assert.Equal((1, 0, 1, 0), (c2.GetProperty("selesai").GetInt32(), c2.GetProperty("tepatWaktu").GetInt32(), c2.GetProperty("terlambat").GetInt32(), c2.GetProperty("sedangTerlambat").GetInt32()));
        Assert.Equal((41m, 40m), (c2.GetProperty("medianHkTerpakai").GetDecimal(), c2.GetProperty("hkDiizinkan").GetDecimal()));
        var ringkas = k.GetProperty("ringkasan").EnumerateArray().Single();
        Assert.Equal((2, 1, 1, 1, 50m), (ringkas.GetProperty("selesai").GetInt32(), ringkas.GetProperty("tepatWaktu").GetInt32(), ringkas.GetProperty("terlambat").GetInt32(),
            ringkas.GetProperty("sedangTerlambat").GetInt32(), ringkas.GetProperty("persenTepatWaktu").GetDecimal()));
        // Cancelling activity 2 takes its unfinished step out of the overdue count; the finished ones stay.
        await (await kepala.PostAsJsonAsync($"/api/sop/instans/{dua}/batalkan", new { alasan = "Desa sasaran digabung" })).JsonAsync(HttpStatusCode.OK);
        k = await (await balai.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&periode=TW3&unitId={balaiId}&kodeSop=POM-04.01-C")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 0), (Cari(k.GetProperty("langkah"), "langkahKode", "C1").GetProperty("selesai").GetInt32(), Cari(k.GetProperty("langkah"), "langkahKode", "C1").GetProperty("sedangTerlambat").GetInt32()));

        // The same figures when Kinerja starts after the activities ran: with its step facts gone, the next start-up
        // fills them once from the SOP engine.
        var sebelum = (await (await balai.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&unitId={balaiId}")).JsonAsync(HttpStatusCode.OK)).GetRawText();
        await using (var koneksi = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await koneksi.OpenAsync();
            await using var hapus = new Npgsql.NpgsqlCommand("DELETE FROM kinerja.langkah_sop; DELETE FROM kinerja.kegiatan_sop;", koneksi);
            await hapus.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, (await (await balai.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&unitId={balaiId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("langkah").GetArrayLength());
        await api.Services.GetRequiredService<Bpom.Platform.BuildingBlocks.Infrastructure.Persistence.DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        Assert.Equal(sebelum, (await (await balai.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&unitId={balaiId}")).JsonAsync(HttpStatusCode.OK)).GetRawText());

        // In TW2 nothing was finished.
        var tw2 = await (await balai.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&periode=TW2&unitId={balaiId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, tw2.GetProperty("langkah").GetArrayLength());
        // Another unit sees nothing of the Balai's.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.kepatuhan", "Balai POM di Jambi");
        await (await jambi.GetAsync($"/api/kinerja/kepatuhan-sop?tahun=2026&unitId={balaiId}")).AssertProblemAsync(HttpStatusCode.NotFound); // out of scope: 404
        Assert.Equal(0, (await (await jambi.GetAsync("/api/kinerja/kepatuhan-sop?tahun=2026")).JsonAsync(HttpStatusCode.OK)).GetProperty("langkah")
            .EnumerateArray().Count(l => l.GetProperty("unitId").GetString() == balaiId));

        // An indicator backed by "% langkah SOP selesai tepat waktu" is filled automatically: 1 of 2 → 50, target 80.
        var admin = await api.LoginAsync("admin");
        await (await admin.PutAsJsonAsync("/api/kinerja/pk", new
        {
            unitId = balaiId,
            tahun = 2026,
            alasan = "Indikator kepatuhan SOP",
            perspektif = new[]
            {
                new
                {
                    nama = "Internal Process",
                    sasaran = new[]
                    {
                        new
                        {
                            kode = "SS9", nama = "Layanan tepat waktu", hitungNko = true,
                            indikator = new object[]
                            {
                                new { kode = "9.1", nama = "% langkah SOP selesai tepat waktu", satuan = "%", arah = "Naik", targetTahunan = 80m, target = new Dictionary<string, decimal> { ["B09"] = 80m }, akhirTahunSaja = false, sumber = "LangkahSopTepatWaktu", kodeSop = "POM-04.01-C" },
                                new { kode = "9.2", nama = "Jumlah langkah SOP selesai", satuan = "jumlah", arah = "Naik", targetTahunan = 10m, target = new Dictionary<string, decimal> { ["B09"] = 4m }, akhirTahunSaja = false, sumber = "JumlahLangkahSopSelesai" },
                            },
                        },
                    },
                },
            },
        })).JsonAsync(HttpStatusCode.OK);
        var n = await NilaiAsync(balai, Bengkulu, 2026, "B09");
        Assert.Equal((50m, 62.5m), (Angka(Cari(n.GetProperty("indikator"), "kode", "9.1"), "realisasi"), Angka(Cari(n.GetProperty("indikator"), "kode", "9.1"), "capaian")));
        Assert.Equal((2m, 50m), (Angka(Cari(n.GetProperty("indikator"), "kode", "9.2"), "realisasi"), Angka(Cari(n.GetProperty("indikator"), "kode", "9.2"), "capaian")));
    }

    [Fact]
    public async Task Skm_results_and_action_plans_are_recorded_signed_off_and_recapped()
    {
        var balai = await api.LoginAsync("upt.bengkulu");
        var kepala = await api.LoginAsync("kepala.bengkulu");
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var balaiId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;

        // SKM: average 3.5 × 25 = 87.50 → B (Baik); 3.54 avg → 88.50 → A.
        var skm = await (await balai.PostAsJsonAsync("/api/kinerja/skm", new
        {
            unitId = balaiId,
            tahun = 2026,
            periode = "S1",
            layanan = "Pengujian",
            jumlahResponden = 100,
            unsur = new[] { 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((87.5m, "B", "Baik"), (skm.GetProperty("ikm").GetDecimal(), skm.GetProperty("mutu").GetString(), skm.GetProperty("mutuKeterangan").GetString()));
        skm = await (await balai.PostAsJsonAsync("/api/kinerja/skm", new
        {
            unitId = balaiId,
            tahun = 2026,
            periode = "S1",
            layanan = "Pengujian",
            jumlahResponden = 110,
            unsur = new[] { 3.54m, 3.54m, 3.54m, 3.54m, 3.54m, 3.54m, 3.54m, 3.54m, 3.54m },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((88.5m, "A"), (skm.GetProperty("ikm").GetDecimal(), skm.GetProperty("mutu").GetString()));
        Assert.Single((await (await balai.GetAsync("/api/kinerja/skm?tahun=2026")).JsonAsync(HttpStatusCode.OK)).EnumerateArray());
        await (await balai.PostAsJsonAsync("/api/kinerja/skm", new { unitId = balaiId, tahun = 2026, periode = "S3", layanan = "", jumlahResponden = 0, unsur = new[] { 5m, 3m } }))
            .AssertValidationProblemAsync("periode", "layanan", "jumlahResponden", "unsur", "unsur[0]");

        // Two recommendations; one closes after a plan, evidence and the head's sign-off.
        async Task<string> RekomendasiAsync(string nomor) => (await (await perencanaan.PostAsJsonAsync("/api/kinerja/rencana-aksi", new
        {
            unitId = balaiId,
            tahun = 2026,
            semester = 1,
            sumber = "Skm",
            nomorRekomendasi = nomor,
            rekomendasi = "Perbaiki waktu layanan pengujian",
        })).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        var r1 = await RekomendasiAsync("R-01");
        var r2 = await RekomendasiAsync("R-02");

        // Closing without a plan → 409; the plan with evidence; the officer cannot sign off; the head can.
        await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "Tutup" })).AssertProblemAsync(HttpStatusCode.Conflict);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(balaiId), "unitId" },
            { new ByteArrayContent(Pdf("bukti")) { Headers = { ContentType = new("application/pdf") } }, "berkas", "bukti.pdf" },
        };
        using (var palsu = new MultipartFormDataContent
        {
            { new StringContent(balaiId), "unitId" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("bukan pdf")) { Headers = { ContentType = new("application/pdf") } }, "berkas", "bukti.pdf" },
        })
        {
            await (await balai.PostAsync("/api/kinerja/dokumen", palsu)).AssertValidationProblemAsync("berkas");
        }

        var dok = await (await balai.PostAsync("/api/kinerja/dokumen", form)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("application/pdf", dok.GetProperty("jenisKonten").GetString());
        var unduh = await perencanaan.GetAsync($"/api/kinerja/dokumen/{dok.GetProperty("id").GetString()}");
        Assert.Equal(Pdf("bukti"), await unduh.Content.ReadAsByteArrayAsync());
        await (await (await api.LoginAsync("loka.rejanglebong")).GetAsync($"/api/kinerja/dokumen/{dok.GetProperty("id").GetString()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var isi = await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new
        {
            aksi = "Isi",
            rencana = "Tambah shift pengujian",
            batasWaktu = "2026-06-30",
            bukti = new[] { dok.GetProperty("id").GetString() },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Data dukung belum disahkan kepala unit.", isi.GetProperty("alasanMasihOpen").GetString());
        await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "Tutup" })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "SahkanBukti" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await kepala.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "SahkanBukti" })).JsonAsync(HttpStatusCode.OK);
        await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "Nilai", sesuai = true })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await perencanaan.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "Nilai", sesuai = true })).JsonAsync(HttpStatusCode.OK);
        await (await perencanaan.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r2}", new { aksi = "Nilai", sesuai = false, catatan = "Rencana belum menjawab rekomendasi" })).JsonAsync(HttpStatusCode.OK);
        var tutup = await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "Tutup" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Close", tutup.GetProperty("status").GetString());

        // Semester recap: 1 of 2 "sesuai rekomendasi" = 50.00 %.
        var rekap = await (await perencanaan.GetAsync("/api/kinerja/rencana-aksi/rekap?tahun=2026&semester=1")).JsonAsync(HttpStatusCode.OK);
        var u = Cari(rekap.GetProperty("unit"), "unit", Bengkulu);
        Assert.Equal((2, 1, 50m, 1, 1), (u.GetProperty("jumlah").GetInt32(), u.GetProperty("sesuai").GetInt32(), u.GetProperty("persenSesuai").GetDecimal(), u.GetProperty("open").GetInt32(), u.GetProperty("close").GetInt32()));
        // The Loka does not see the Balai's action plans.
        Assert.Equal(0, (await (await (await api.LoginAsync("loka.rejanglebong")).GetAsync("/api/kinerja/rencana-aksi?tahun=2026")).JsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    private async Task JalankanPemantauAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PemantauRealisasi>().JalankanAsync(CancellationToken.None);
    }
}

/// <summary>The API with the demo performance data that <c>run.sh</c> seeds (<c>Seed:DemoKinerja</c>).</summary>
public sealed class KinerjaDemoApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:DemoKinerja", "true");
    }
}

public class KinerjaDemoTests(KinerjaDemoApiFactory api) : IClassFixture<KinerjaDemoApiFactory>
{
    [Fact]
    public async Task Demo_performance_data_is_seeded_once_with_a_report_for_every_past_month()
    {
        var admin = await api.LoginAsync("admin");
        var hariIni = api.Clock.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;

        // Seeding again (every start-up migrates and seeds) changes nothing.
        await api.Services.GetRequiredService<Bpom.Platform.BuildingBlocks.Infrastructure.Persistence.DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var pk = await (await admin.GetAsync($"/api/kinerja/pk?tahun={hariIni.Year}")).JsonAsync(HttpStatusCode.OK);
        var bengkulu = pk.EnumerateArray().Single(p => p.GetProperty("unit").GetString() == "Balai POM di Bengkulu");
        Assert.Equal((1, 6), (bengkulu.GetProperty("versi").GetInt32(), bengkulu.GetProperty("jumlahIndikator").GetInt32()));
        Assert.Contains(pk.EnumerateArray(), p => p.GetProperty("unit").GetString() == "Loka POM di Kabupaten Rejang Lebong");

        var tren = await (await admin.GetAsync($"/api/kinerja/tren?unitId={bengkulu.GetProperty("unitId").GetString()}&tahun={hariIni.Year}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(hariIni.Month - 1, tren.GetProperty("titik").GetArrayLength());
        Assert.All(tren.GetProperty("titik").EnumerateArray(), t => Assert.True(t.GetProperty("nilaiKinerjaOrganisasi").GetDecimal() > 0));
    }
}
