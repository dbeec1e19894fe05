using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Kinerja.Application.Impor;
using Bpom.Platform.Modules.Kinerja.Domain;
using NodaTime;

namespace Bpom.Platform.UnitTests.Kinerja;

public class KodePeriodeTests
{
    [Theory]
    [InlineData("b03", "B03")]
    [InlineData(" tw2 ", "TW2")]
    [InlineData("TW5", null)]
    [InlineData("B13", null)]
    [InlineData("B3", null)]
    [InlineData("", null)]
    public void Codes_are_normalised_or_refused(string masukan, string? hasil) => Assert.Equal(hasil, KodePeriode.Normalisasi(masukan));

    [Theory]
    [InlineData("TW2", "B06")]
    [InlineData("B09", "TW3")]
    [InlineData("B12", "TW4")]
    [InlineData("B08", null)]
    public void A_quarter_and_its_last_month_are_equivalent(string periode, string? setara) => Assert.Equal(setara, KodePeriode.Setara(periode));

    [Theory]
    [InlineData("B02", 5, "2026-03-05")]
    [InlineData("B12", 5, "2027-01-05")]
    [InlineData("TW1", 10, "2026-04-10")]
    public void Entry_closes_on_day_n_of_the_following_month(string periode, int hari, string batas) =>
        Assert.Equal(batas, KodePeriode.BatasEntri(2026, periode, hari).ToString("yyyy-MM-dd", null));

    [Fact]
    public void A_period_target_falls_back_to_the_equivalent_period_and_year_end_indicators_wait_for_the_year_end()
    {
        var target = new Dictionary<string, decimal> { ["B06"] = 40m, ["TW4"] = 100m };
        var i = new IndikatorPk("1.1", "x", "%", ArahIndikator.Naik, null, null, null, 100m, target, false, SumberRealisasi.Manual, null);
        Assert.Equal(40m, i.TargetUntuk("TW2"));
        Assert.Equal(100m, i.TargetUntuk("B12"));
        Assert.Null(i.TargetUntuk("B05"));
        var akhir = i with { AkhirTahunSaja = true };
        Assert.Null(akhir.TargetUntuk("TW2"));
        Assert.Equal(100m, akhir.TargetUntuk("TW4"));
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 5 }, 5.0)]
    [InlineData(new[] { 9, 1, 5 }, 5.0)]
    [InlineData(new[] { 4, 1, 2, 9 }, 3.0)]
    [InlineData(new[] { 1, 2 }, 1.5)]
    public void Median_of_hk_used(int[] nilai, double? median) => Assert.Equal(median is null ? null : (decimal)median, Statistik.Median(nilai));
}

public class LaporanRealisasiTests
{
    private static readonly Instant T = Instant.FromUtc(2026, 3, 2, 2, 0);

    private static (PerjanjianKinerja Pk, LaporanRealisasi Laporan) Baru()
    {
        var pk = new PerjanjianKinerja(Guid.NewGuid(), 2026, T, "uji");
        return (pk, new LaporanRealisasi(pk, "B02", 1, [], T, "uji"));
    }

    private static RealisasiIndikator R(string kode, decimal nilai) => new(kode, nilai, null, null, null, null, []);

    [Fact]
    public void A_draft_is_edited_in_place_then_frozen_once_submitted()
    {
        var (_, l) = Baru();
        l.Isikan([R("1.1", 10m), R("1.2", 5m)], T, "uji");
        l.Isikan([R("1.1", 12m)], T, "uji");
        Assert.Equal([("1.1", 12m), ("1.2", 5m)], l.Isi.Select(i => (i.Kode, i.Nilai!.Value)));
        Assert.Equal([AksiRealisasi.Ajukan], l.AksiTersedia());
        l.Jalankan(AksiRealisasi.Ajukan, T, "uji", null);
        Assert.True(l.Beku);
        Assert.Throws<DomainException>(() => l.Isikan([R("1.1", 13m)], T, "uji"));
    }

    [Fact]
    public void Review_flow_follows_the_state_machine_and_a_return_needs_a_reason()
    {
        var (pk, l) = Baru();
        l.Isikan([R("1.1", 10m)], T, "uji");
        Assert.Throws<DomainException>(() => l.Jalankan(AksiRealisasi.Verifikasi, T, "uji", null));
        l.Jalankan(AksiRealisasi.Ajukan, T, "uji", null);
        Assert.Equal([AksiRealisasi.Verifikasi, AksiRealisasi.Kembalikan], l.AksiTersedia());
        Assert.Throws<DomainException>(() => l.Jalankan(AksiRealisasi.Kembalikan, T, "peninjau", " "));
        l.Jalankan(AksiRealisasi.Kembalikan, T, "peninjau", "Lengkapi bukti");
        Assert.Equal(StatusRealisasi.Dikembalikan, l.Status);
        Assert.Empty(l.AksiTersedia());
        Assert.Equal("Lengkapi bukti", l.Riwayat[^1].Alasan);

        var v2 = l.VersiBerikut(pk, T, "uji");
        Assert.Equal((2, StatusRealisasi.Draft, 10m), (v2.Versi, v2.Status, v2.Isi.Single().Nilai!.Value));
        v2.Jalankan(AksiRealisasi.Ajukan, T, "uji", null);
        v2.Jalankan(AksiRealisasi.Verifikasi, T, "peninjau", null);
        v2.Jalankan(AksiRealisasi.Sahkan, T, "kepala", null);
        Assert.Equal(StatusRealisasi.Disahkan, v2.Status);
        Assert.Equal(["Buat", "Ajukan", "Verifikasi", "Sahkan"], v2.Riwayat.Select(r => r.Aksi));
    }

    [Fact]
    public void A_pk_revision_is_a_new_version_only_when_something_changed()
    {
        var pk = new PerjanjianKinerja(Guid.NewGuid(), 2026, T, "uji");
        List<PerspektifPk> Struktur(decimal target) =>
        [
            new("Stakeholder", [new SasaranPk("SS1", "KIE", true, [new IndikatorPk("1.1", "KIE", "%", ArahIndikator.Naik, null, null, null, target, new Dictionary<string, decimal>(), false, SumberRealisasi.Manual, null)])]),
        ];
        Assert.Equal(1, pk.Revisi(Struktur(100m), T, "uji", null)!.Versi);
        Assert.Null(pk.Revisi(Struktur(100m), T, "uji", "sama"));
        Assert.Equal(2, pk.Revisi(Struktur(110m), T, "uji", "target naik")!.Versi);
        Assert.Equal(2, pk.Versi);
    }
}

public class RencanaAksiTests
{
    private static readonly Instant T = Instant.FromUtc(2026, 3, 2, 2, 0);

    [Fact]
    public void An_item_closes_only_with_a_plan_and_evidence_signed_off_and_new_evidence_needs_a_new_sign_off()
    {
        var r = new RencanaAksi(Guid.NewGuid(), 2026, 1, SumberRekomendasi.Skm, "R-01", "Perbaiki layanan", T, "uji");
        Assert.Throws<DomainException>(() => r.Tutup(T, "uji"));
        Assert.Throws<DomainException>(() => r.SahkanBukti(T, "kepala"));
        var bukti = Guid.NewGuid();
        r.IsiRencana("Tambah loket", null, null, [bukti], T, "uji");
        Assert.Throws<DomainException>(() => r.Tutup(T, "uji"));
        r.SahkanBukti(T, "kepala");
        r.IsiRencana("Tambah loket", null, "catatan", [bukti], T, "uji");
        Assert.NotNull(r.BuktiDisahkanPada);
        r.IsiRencana("Tambah loket", null, null, [bukti, Guid.NewGuid()], T, "uji");
        Assert.Null(r.BuktiDisahkanPada);
        r.SahkanBukti(T, "kepala");
        r.Tutup(T, "uji");
        Assert.Equal(StatusRencanaAksi.Close, r.Status);
        Assert.Throws<DomainException>(() => r.IsiRencana("lagi", null, null, [], T, "uji"));
    }
}

public class ImporGabungTests
{
    private static BarisImpor B(string periode, string perspektif, string ss, string kode, decimal? target, decimal? tahunan = 100m) => new(
        2, new Bpom.Platform.BuildingBlocks.Application.UnitOrganisasi(Guid.Empty, "U", "BalaiPom", "Asia/Jakarta", null), 2026, periode, perspektif, ss, $"Sasaran {ss}", true, kode,
        $"Indikator {kode}", "%", ArahIndikator.Naik, tahunan, target, 1m);

    [Fact]
    public void Import_adds_and_updates_the_structure_and_keeps_what_the_file_does_not_name()
    {
        var awal = GabungStrukturPk.Gabung([], [B("TW1", "Stakeholder", "SS1", "1.1", 20m), B("TW1", "Stakeholder", "SS1", "1.2", 30m), B("TW1", "Internal", "SS2", "2.1", 40m)]);
        Assert.Equal(["Stakeholder", "Internal"], awal.Select(p => p.Nama));
        Assert.Equal(20m, awal[0].Sasaran[0].Indikator[0].Target["TW1"]);

        // TW2 sets another period's target; an empty target clears that period only; 2.1 moves to SS1.
        var kedua = GabungStrukturPk.Gabung(awal, [B("TW2", "Stakeholder", "SS1", "1.1", 45m, 120m), B("TW1", "Stakeholder", "SS1", "1.2", null), B("TW2", "Stakeholder", "SS1", "2.1", 50m)]);
        var ss1 = kedua.Single(p => p.Nama == "Stakeholder").Sasaran.Single();
        var i11 = ss1.Indikator.Single(i => i.Kode == "1.1");
        Assert.Equal((20m, 45m, 120m), (i11.Target["TW1"], i11.Target["TW2"], i11.TargetTahunan!.Value));
        Assert.False(ss1.Indikator.Single(i => i.Kode == "1.2").Target.ContainsKey("TW1"));
        Assert.Contains(ss1.Indikator, i => i.Kode == "2.1");
        // SS2 lost its only indicator to SS1, so it and the emptied perspective are dropped.
        Assert.DoesNotContain(kedua.SelectMany(p => p.Sasaran), s => s.Kode == "SS2");
        Assert.Equal(["Stakeholder"], kedua.Select(p => p.Nama));
    }
}
