using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.UnitTests.HariKerja;
using NodaTime;

namespace Bpom.Platform.UnitTests.Sop;

public class SopCatalogTests
{
    private static readonly IReadOnlyList<DefinisiSop> Sops = DefinisiSopUji.Semua;

    private static DefinisiSop Sop(string huruf) => Sops.Single(s => s.Kode == $"POM-04.01-{huruf}");

    [Theory]
    [InlineData("A", new[] { 10, 15, -1, 5, -1, 5, 20, 40, 5, 10 })]
    [InlineData("B", new[] { 20, 40, -1, 15, -1, 5, 20, 40, 1, 10 })]
    [InlineData("C", new[] { 10, 40, -1, 15, 20, 40, 5, 10 })]
    [InlineData("D", new[] { 40, 30, 5, -1, 10, 60, 20, 10, 5 })]
    public void Every_step_carries_the_Mutu_Baku_time_of_the_reference_table(string huruf, int[] hk)
    {
        var sop = Sop(huruf);
        Assert.Equal(hk, sop.Langkah.Select(l => l.WaktuHk ?? -1).ToArray());
        Assert.Equal(Enumerable.Range(1, hk.Length), sop.Langkah.Select(l => l.Nomor));
        Assert.All(sop.Langkah, l => Assert.Equal($"{huruf}{l.Nomor}", l.Kode));
        Assert.All(sop.Langkah, l => Assert.False(string.IsNullOrWhiteSpace(l.Output)));
        Assert.All(sop.Langkah.Skip(1), l => Assert.NotEmpty(l.KelengkapanDari));
        Assert.Empty(sop.Langkah[0].KelengkapanDari);
        Assert.Equal(1, sop.Versi);
    }

    [Fact]
    public void The_yearly_cycle_is_A7_to_A10_B7_to_B10_and_C5_to_C8()
    {
        var tahunan = Sops.SelectMany(s => s.Langkah).Where(l => l.SiklusTahunan).Select(l => l.Kode).ToArray();
        Assert.Equal(["A7", "A8", "A9", "A10", "B7", "B8", "B9", "B10", "C5", "C6", "C7", "C8"], tahunan);
    }

    [Fact]
    public void SOP_D_has_its_jump_voluntary_step_and_quarter_deadline()
    {
        var d = Sop("D");
        Assert.Equal("D7", d.CariLangkah("D3").LompatKe);
        Assert.True(d.CariLangkah("D5").Opsional);
        Assert.Equal(TenggatKalender.HariKe10SetelahTriwulan, d.CariLangkah("D8").TenggatKalender);
        Assert.Equal(["D6", "D3"], d.CariLangkah("D7").KelengkapanDari);
        Assert.Equal(["D4", "D5", "D6"], d.Langkah.Where(l => d.BolehDilewati(l.Kode)).Select(l => l.Kode).ToArray());
        Assert.DoesNotContain(Sop("A").Langkah, l => Sop("A").BolehDilewati(l.Kode));
        Assert.Equal(["Pimpinan"], Sop("A").CariLangkah("A9").Pelaksana);
        Assert.Equal(["Ppsdm"], d.CariLangkah("D3").Pelaksana);
    }
}

public class LangkahSopTests
{
    private static readonly KalenderHariKerja Kalender = new(ReferenceCalendar.SeedHolidays());
    private static readonly DefinisiSop A = DefinisiSopUji.Semua.Single(s => s.Kode == "POM-04.01-A");
    private static readonly DefinisiSop D = DefinisiSopUji.Semua.Single(s => s.Kode == "POM-04.01-D");
    private static readonly KonteksTransisi Lengkap = new(KelengkapanTersedia: true, OutputTersedia: true);

    private static LocalDate Tgl(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_step_runs_start_submit_return_resubmit_approve()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A4");
        langkah.Mulai(Tgl(2026, 3, 17), Kalender, Lengkap);
        Assert.Equal(StatusLangkah.Berjalan, langkah.Status);
        Assert.Equal(Tgl(2026, 3, 31), langkah.JatuhTempo); // 5 HK across Nyepi and Lebaran 2026
        langkah.Ajukan(Tgl(2026, 3, 18), Lengkap);
        langkah.Kembalikan("Lampiran foto kurang", Lengkap);
        Assert.Equal(StatusLangkah.Dikembalikan, langkah.Status);
        Assert.Equal("Lampiran foto kurang", langkah.AlasanTerakhir);
        langkah.Ajukan(Tgl(2026, 3, 30), Lengkap);
        langkah.Setujui(Tgl(2026, 3, 30), Lengkap);
        Assert.Equal(StatusLangkah.Selesai, langkah.Status);
        Assert.Equal(StatusSla.SelesaiTepatWaktu, langkah.Sla(Tgl(2026, 4, 10), Kalender).Status);
    }

    [Fact]
    public void An_approved_step_counts_as_finished_on_the_day_it_was_submitted()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A4"); // 5 HK, due 31 March 2026
        langkah.Mulai(Tgl(2026, 3, 17), Kalender, Lengkap);
        langkah.Ajukan(Tgl(2026, 3, 31), Lengkap);
        var menunggu = langkah.Sla(Tgl(2026, 4, 6), Kalender); // the reviewer's days are not the performer's
        Assert.Equal((StatusSla.MendekatiBatas, 0), (menunggu.Status, menunggu.HkTersisa!.Value));
        langkah.Setujui(Tgl(2026, 4, 6), Lengkap);
        Assert.Equal(Tgl(2026, 3, 31), langkah.TanggalSelesai);
        Assert.Equal(StatusSla.SelesaiTepatWaktu, langkah.Sla(Tgl(2026, 4, 6), Kalender).Status);
    }

    [Fact]
    public void A_step_cannot_start_without_its_Kelengkapan_nor_be_submitted_without_its_Output()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A2");
        var ex = Assert.Throws<DomainException>(() => langkah.Mulai(Tgl(2026, 5, 4), Kalender, new KonteksTransisi(OutputTersedia: true)));
        Assert.Contains("Kelengkapan belum ada: Rencana advokasi", ex.Message, StringComparison.Ordinal);
        Assert.Equal(StatusLangkah.Menunggu, langkah.Status);
        Assert.Null(langkah.TanggalMulai);

        langkah.Mulai(Tgl(2026, 5, 4), Kalender, new KonteksTransisi(KelengkapanTersedia: true));
        ex = Assert.Throws<DomainException>(() => langkah.Ajukan(Tgl(2026, 5, 5), new KonteksTransisi(KelengkapanTersedia: true)));
        Assert.Contains("Bahan pelaksanaan advokasi", ex.Message, StringComparison.Ordinal);
        Assert.Equal(StatusLangkah.Berjalan, langkah.Status);
    }

    [Fact]
    public void A_routed_step_is_submitted_only_when_every_unit_carrying_out_part_of_it_has_reported()
    {
        var b = DefinisiSopUji.Semua.Single(s => s.Kode == "POM-04.01-B");
        var langkah = new LangkahSop(Guid.NewGuid(), b, "B5");
        langkah.Mulai(Tgl(2026, 8, 19), Kalender, Lengkap);
        var tertunda = Lengkap with { PenugasanTertunda = ["Direktorat Pengawasan Kosmetik", "Balai POM di Bengkulu"] };
        var ex = Assert.Throws<DomainException>(() => langkah.Ajukan(Tgl(2026, 8, 20), tertunda));
        Assert.Contains("Menunggu laporan tindak lanjut dari: Direktorat Pengawasan Kosmetik, Balai POM di Bengkulu.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(StatusLangkah.Berjalan, langkah.Status);
        Assert.DoesNotContain(PemicuLangkah.Ajukan, langkah.PemicuTersedia(tertunda));

        langkah.Ajukan(Tgl(2026, 8, 21), Lengkap with { PenugasanTertunda = [] });
        Assert.Equal(StatusLangkah.Diajukan, langkah.Status);
    }

    [Fact]
    public void The_output_wording_is_set_per_activity_only_before_the_step_starts()
    {
        var b = DefinisiSopUji.Semua.Single(s => s.Kode == "POM-04.01-B");
        var langkah = new LangkahSop(Guid.NewGuid(), b, "B3");
        langkah.SesuaikanOutput("Surat rekomendasi untuk sertifikasi sarana");
        Assert.Equal("Surat rekomendasi untuk sertifikasi sarana", langkah.Output);
        langkah.Mulai(Tgl(2026, 8, 3), Kalender, Lengkap);
        Assert.Throws<DomainException>(() => langkah.SesuaikanOutput("Lain"));
        Assert.Equal("Surat rekomendasi untuk sertifikasi sarana", langkah.Output);
    }

    [Fact]
    public void Illegal_transitions_say_why_and_change_nothing()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A1");
        var ex = Assert.Throws<DomainException>(() => langkah.Setujui(Tgl(2026, 5, 4), Lengkap));
        Assert.Contains("berstatus Menunggu", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<DomainException>(() => langkah.Lewati("tidak perlu", Lengkap));
        Assert.Contains("tidak boleh dilewati", ex.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => langkah.Batalkan("  ", Lengkap));
        Assert.Equal(StatusLangkah.Menunggu, langkah.Status);
        Assert.Equal([PemicuLangkah.Mulai, PemicuLangkah.Batalkan], langkah.PemicuTersedia(Lengkap));
    }

    [Fact]
    public void Only_steps_the_SOP_allows_are_skipped()
    {
        var d5 = new LangkahSop(Guid.NewGuid(), D, "D5");
        d5.Lewati("Fasilitator belum memiliki sertifikat kompetensi", Lengkap);
        Assert.Equal(StatusLangkah.Dilewati, d5.Status);
        Assert.Equal(StatusSla.BelumBerjalan, d5.Sla(Tgl(2026, 5, 4), Kalender).Status);
    }

    [Fact]
    public void Paused_working_days_do_not_count_against_the_budget()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A4"); // 5 HK
        langkah.Mulai(Tgl(2026, 3, 2), Kalender, Lengkap);
        Assert.Equal(Tgl(2026, 3, 9), langkah.JatuhTempo);
        langkah.JedaKan(Tgl(2026, 3, 3), "Menunggu jawaban Pemda", Lengkap);
        var selamaJeda = langkah.Sla(Tgl(2026, 3, 4), Kalender);
        Assert.Equal(Tgl(2026, 3, 11), selamaJeda.JatuhTempo); // Tue and Wed paused so far
        Assert.Equal(0, selamaJeda.HkTerpakai); // the start day is not counted; Tue and Wed were paused
        langkah.Lanjutkan(Tgl(2026, 3, 5), Kalender, Lengkap);
        Assert.Equal(Tgl(2026, 3, 11), langkah.JatuhTempo);
        Assert.Equal(new PeriodeJeda(Tgl(2026, 3, 3), Tgl(2026, 3, 5), "Menunggu jawaban Pemda"), Assert.Single(langkah.Jeda));
    }

    [Fact]
    public void SLA_moves_from_on_time_to_near_the_limit_to_late()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A1"); // 10 HK
        langkah.Mulai(Tgl(2026, 6, 1), Kalender, Lengkap); // 1 June is Hari Lahir Pancasila
        Assert.Equal(Tgl(2026, 6, 15), langkah.JatuhTempo);
        var awal = langkah.Sla(Tgl(2026, 6, 2), Kalender);
        Assert.Equal((StatusSla.TepatWaktu, 1, 9), (awal.Status, awal.HkTerpakai!.Value, awal.HkTersisa!.Value));
        Assert.Equal(StatusSla.MendekatiBatas, langkah.Sla(Tgl(2026, 6, 11), Kalender).Status);
        Assert.Equal(StatusSla.MendekatiBatas, langkah.Sla(Tgl(2026, 6, 15), Kalender).Status);
        var telat = langkah.Sla(Tgl(2026, 6, 17), Kalender);
        Assert.Equal((StatusSla.Terlambat, -1), (telat.Status, telat.HkTersisa!.Value));
        langkah.Ajukan(Tgl(2026, 6, 17), Lengkap);
        langkah.Setujui(Tgl(2026, 6, 18), Lengkap);
        Assert.Equal(StatusSla.SelesaiTerlambat, langkah.Sla(Tgl(2026, 6, 30), Kalender).Status);
    }

    [Fact]
    public void Steps_without_HK_have_no_SLA_but_may_have_a_planned_date()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A3");
        langkah.Mulai(Tgl(2026, 5, 4), Kalender, Lengkap);
        langkah.TetapkanRencana(Tgl(2026, 6, 30));
        var sla = langkah.Sla(Tgl(2026, 7, 30), Kalender);
        Assert.Equal((StatusSla.TanpaSla, (LocalDate?)Tgl(2026, 6, 30)), (sla.Status, sla.RencanaSelesai));
        Assert.Null(langkah.JatuhTempo);
        Assert.Throws<DomainException>(() => new LangkahSop(Guid.NewGuid(), A, "A1").TetapkanRencana(Tgl(2026, 6, 30)));
    }

    [Fact]
    public void A_holiday_added_mid_step_moves_the_due_date()
    {
        var langkah = new LangkahSop(Guid.NewGuid(), A, "A4");
        langkah.Mulai(Tgl(2026, 7, 1), Kalender, Lengkap);
        Assert.Equal(Tgl(2026, 7, 8), langkah.JatuhTempo);
        var denganLiburBaru = new KalenderHariKerja(ReferenceCalendar.SeedHolidays().Append(new HariLibur(Tgl(2026, 7, 3), JenisHariLibur.LiburNasional)));
        langkah.HitungUlangJatuhTempo(denganLiburBaru);
        Assert.Equal(Tgl(2026, 7, 9), langkah.JatuhTempo);
    }

    [Theory]
    [InlineData("2026-04-02", "2026-04-10")] // reports Q1, due 10 April, before 10 HK would end
    [InlineData("2026-02-16", "2026-03-03")] // mid-quarter: 10 HK (17 Feb Imlek skipped) comes before 10 April
    [InlineData("2026-10-05", "2026-10-10")] // reports Q3, due 10 October (a Saturday: a calendar deadline)
    public void The_D8_report_is_due_no_later_than_the_10th_day_after_the_quarter(string mulai, string expected)
    {
        var d8 = new LangkahSop(Guid.NewGuid(), D, "D8");
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(mulai).Value;
        d8.Mulai(start, Kalender, Lengkap);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, d8.JatuhTempo);
    }
}
