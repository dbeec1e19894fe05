using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.UnitTests.HariKerja;
using NodaTime;

namespace Bpom.Platform.UnitTests.Sop;

public class JadwalTenggatTests
{
    private static readonly KalenderHariKerja Kalender = new(ReferenceCalendar.SeedHolidays());

    private static IEnumerable<LocalDate> HariKerja2026()
    {
        for (var d = new LocalDate(2026, 1, 5); d.Year == 2026; d = d.PlusDays(1))
        {
            if (Kalender.IsHariKerja(d))
            {
                yield return d;
            }
        }
    }

    [Fact]
    public void The_H2_reminder_starts_on_the_first_day_with_at_most_two_working_days_left()
    {
        foreach (var jatuhTempo in HariKerja2026())
        {
            var awal = JadwalTenggat.AwalMendekati(jatuhTempo, Kalender);
            Assert.True(Kalender.HitungHariKerja(awal, jatuhTempo) <= LangkahSop.BatasMendekatiHk, $"{jatuhTempo}: {awal}");
            Assert.True(Kalender.HitungHariKerja(awal.PlusDays(-1), jatuhTempo) > LangkahSop.BatasMendekatiHk, $"{jatuhTempo}: {awal}");
        }
    }

    /// <summary>The sweep looks only when the scheduled rung is due: simulated day by day from the step's start, it
    /// still sends each rung once, on the first day the rung applies, like a sweep that looked at every step daily.</summary>
    [Fact]
    public void Following_the_schedule_sends_each_rung_once_on_the_first_day_it_applies()
    {
        foreach (var jatuhTempo in HariKerja2026().Where(d => d.Month is 3 or 4 or 12))
        {
            var mulai = jatuhTempo.PlusDays(-20);
            var jadwal = ((string Rung, LocalDate Hari)?)JadwalTenggat.Berikutnya(mulai, jatuhTempo, Kalender);
            var terkirim = new List<(string, LocalDate)>();
            var harian = new List<(string, LocalDate)>();
            string? sebelumnya = null;
            for (var hari = mulai; hari <= jatuhTempo.PlusDays(5); hari = hari.PlusDays(1))
            {
                var keputusan = JadwalTenggat.Keputusan(hari, jatuhTempo, Kalender);
                if (keputusan is not null && keputusan != sebelumnya)
                {
                    harian.Add((keputusan, hari));
                    sebelumnya = keputusan;
                }

                if (jadwal is { } j && j.Hari <= hari && JadwalTenggat.Keputusan(hari, jatuhTempo, Kalender) is { } k)
                {
                    terkirim.Add((k, hari));
                    jadwal = JadwalTenggat.Setelah(k, jatuhTempo);
                }
            }

            Assert.Equal(harian, terkirim);
            Assert.Equal([JadwalTenggat.Pengingat2, JadwalTenggat.PengingatH0, JadwalTenggat.Eskalasi], terkirim.Select(t => t.Item1));
        }
    }
}

public class PosisiInstansTests
{
    private static readonly KalenderHariKerja Kalender = new(ReferenceCalendar.SeedHolidays());
    private static readonly DefinisiSop A = DefinisiSopUji.Semua.Single(s => s.Kode == "POM-04.01-A");
    private static readonly KonteksTransisi Lengkap = new(KelengkapanTersedia: true, OutputTersedia: true);
    private static readonly DateTimeZone Makassar = DateTimeZoneProviders.Tzdb["Asia/Makassar"];

    private static Instant Pukul(int bulan, int hari, int jam = 9) =>
        new LocalDateTime(2026, bulan, hari, jam, 0).InZoneLeniently(Makassar).ToInstant();

    private static InstansSop Baru() => new(
        Guid.NewGuid(), A, "Advokasi", Guid.NewGuid(), "Advokasi pangan jajanan sekolah", Guid.NewGuid(), "Asia/Makassar", 2026, Pukul(3, 2), Guid.NewGuid());

    private static InstansSop Berjalan()
    {
        var i = Baru();
        i.Jalankan("A1", PemicuLangkah.Mulai, Pukul(3, 2), Kalender, _ => Lengkap, null);
        return i;
    }

    [Fact]
    public void A_new_run_waits_on_its_first_step_with_nothing_due()
    {
        var i = Baru();
        Assert.Equal(("A1", StatusLangkah.Menunggu), (i.AktifKode, i.AktifStatus));
        Assert.Equal(A.CariLangkah("A1").Pelaksana, i.AktifPelaksana);
        Assert.Null(i.AktifJatuhTempo);
        Assert.Null(i.TerlambatSejak);
        Assert.Null(i.TenggatPada);
        Assert.Equal(InstansSop.VersiPosisi, i.PosisiVersi);
        Assert.Equal(new LocalDate(2026, 3, 2), i.TanggalAcuan);
    }

    [Fact]
    public void A_running_step_is_overdue_from_the_day_after_its_due_date_in_the_units_time_zone_and_the_sweep_looks_first_at_H2()
    {
        var i = Berjalan();
        var langkah = i.CariLangkah("A1");
        Assert.Equal(langkah.JatuhTempo, i.AktifJatuhTempo);
        var jatuhTempo = langkah.JatuhTempo!.Value;
        Assert.Equal(jatuhTempo.PlusDays(1).AtStartOfDayInZone(Makassar).ToInstant(), i.TerlambatSejak);
        Assert.Equal(JadwalTenggat.Pengingat2, i.TenggatRung);
        Assert.Equal(JadwalTenggat.AwalMendekati(jatuhTempo, Kalender).AtStartOfDayInZone(Makassar).ToInstant(), i.TenggatPada);
        Assert.Equal(StatusSla.Terlambat, langkah.Sla(jatuhTempo.PlusDays(1), Kalender).Status);
        Assert.NotEqual(StatusSla.Terlambat, langkah.Sla(jatuhTempo, Kalender).Status);
    }

    [Fact]
    public void A_step_submitted_on_time_is_never_overdue_and_the_sweep_leaves_it_until_it_comes_back()
    {
        var i = Berjalan();
        i.Jalankan("A1", PemicuLangkah.Ajukan, Pukul(3, 5), Kalender, _ => Lengkap, null);
        Assert.Equal(StatusLangkah.Diajukan, i.AktifStatus);
        Assert.Null(i.TerlambatSejak);
        Assert.Null(i.TenggatPada);
        i.Jalankan("A1", PemicuLangkah.Kembalikan, Pukul(3, 6), Kalender, _ => Lengkap, "Lampiran kurang");
        Assert.Equal(JadwalTenggat.Pengingat2, i.TenggatRung);
        Assert.NotNull(i.TerlambatSejak);
    }

    [Fact]
    public void A_step_submitted_late_stays_overdue_while_it_waits_for_approval()
    {
        var i = Berjalan();
        var terlambat = i.CariLangkah("A1").JatuhTempo!.Value.PlusDays(3);
        i.Jalankan("A1", PemicuLangkah.Ajukan, terlambat.At(new LocalTime(10, 0)).InZoneLeniently(Makassar).ToInstant(), Kalender, _ => Lengkap, null);
        Assert.NotNull(i.TerlambatSejak);
        Assert.Null(i.TenggatPada);
    }

    [Fact]
    public void Approving_moves_the_position_to_the_next_step_and_cancelling_clears_it()
    {
        var i = Berjalan();
        i.Jalankan("A1", PemicuLangkah.Ajukan, Pukul(3, 5), Kalender, _ => Lengkap, null);
        i.Jalankan("A1", PemicuLangkah.Setujui, Pukul(3, 6), Kalender, _ => Lengkap, null);
        Assert.Equal(("A2", StatusLangkah.Berjalan), (i.AktifKode, i.AktifStatus));
        Assert.Equal(i.CariLangkah("A2").JatuhTempo, i.AktifJatuhTempo);
        i.Batalkan("Anggaran dialihkan", Pukul(3, 9));
        Assert.Equal(StatusInstans.Dibatalkan, i.Status);
        Assert.Null(i.AktifKode);
        Assert.Empty(i.AktifPelaksana);
        Assert.Null(i.TerlambatSejak);
        Assert.Null(i.TenggatPada);
    }

    [Fact]
    public void A_rung_the_sweep_handled_is_not_queued_again_while_the_due_date_stays()
    {
        var i = Berjalan();
        i.MajukanTenggat(JadwalTenggat.Pengingat2);
        var jatuhTempo = i.AktifJatuhTempo!.Value;
        Assert.Equal((JadwalTenggat.PengingatH0, jatuhTempo.AtStartOfDayInZone(Makassar).ToInstant()), (i.TenggatRung, i.TenggatPada));

        // Recomputing against the same calendar changes no due date: the schedule stays.
        Assert.Empty(i.HitungUlangJatuhTempo(Kalender, Pukul(3, 10)));
        Assert.Equal(JadwalTenggat.PengingatH0, i.TenggatRung);

        // A calendar with one more holiday before the due date moves it: the schedule starts over for the new date.
        var libur = new KalenderHariKerja(ReferenceCalendar.SeedHolidays().Append(new HariLibur(new LocalDate(2026, 3, 10), JenisHariLibur.LiburNasional)));
        Assert.NotEmpty(i.HitungUlangJatuhTempo(libur, Pukul(3, 10)));
        Assert.Equal(jatuhTempo.PlusDays(1), i.AktifJatuhTempo);
        Assert.Equal(JadwalTenggat.Pengingat2, i.TenggatRung);

        i.MajukanTenggat(JadwalTenggat.Pengingat2);
        i.MajukanTenggat(JadwalTenggat.PengingatH0);
        Assert.Equal(JadwalTenggat.Eskalasi, i.TenggatRung);
        i.MajukanTenggat(JadwalTenggat.Eskalasi);
        Assert.Null(i.TenggatRung);
        Assert.Null(i.TenggatPada);
    }

    [Fact]
    public void The_modules_list_data_is_stored_lower_case_with_sorted_filter_values()
    {
        var i = Baru();
        i.Indeks(" Advokasi Keamanan Pangan ", new LocalDate(2026, 4, 1), "Pangan Jajanan Anak Sekolah",
            new Dictionary<string, string> { ["program"] = "Pjas", ["komoditas"] = "PanganOlahan" }, Pukul(3, 3));
        Assert.Equal("Advokasi Keamanan Pangan", i.Judul);
        Assert.Equal("advokasi keamanan pangan pangan jajanan anak sekolah", i.TeksCari);
        Assert.Equal("""{"komoditas":"PanganOlahan","program":"Pjas"}""", i.Atribut);
        Assert.Equal(new LocalDate(2026, 4, 1), i.TanggalAcuan);
        Assert.NotNull(i.DiindeksPada);
    }
}
