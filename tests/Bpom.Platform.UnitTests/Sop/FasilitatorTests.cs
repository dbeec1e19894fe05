using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using NodaTime;

namespace Bpom.Platform.UnitTests.Sop;

public class NikTests
{
    [Theory]
    [InlineData("3201011505880005", true)] // man born 15-05-88
    [InlineData("1771054506900001", true)] // woman: day 05 + 40
    [InlineData("1771057106900001", true)] // woman born 31st
    [InlineData("1771053206900001", false)] // day 32
    [InlineData("1771054513900001", false)] // month 13
    [InlineData("0971054506900001", false)] // province 09
    [InlineData("9571054506900001", false)] // province 95
    [InlineData("1771054506900000", false)] // serial 0000
    [InlineData("177105450690000", false)] // 15 digits
    [InlineData("17710545069000011", false)] // 17 digits
    [InlineData("17710545069000a1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_NIK_has_16_digits_a_province_code_and_a_birth_date(string? nik, bool valid) => Assert.Equal(valid, Nik.Valid(nik));

    [Fact]
    public void A_masked_NIK_keeps_only_the_first_and_last_four_digits() => Assert.Equal("1771********0001", Nik.Samarkan("1771054506900001"));
}

public class PesertaAngkatanTests
{
    private static readonly Instant Pada = Instant.FromUtc(2026, 1, 5, 2, 0);

    private static PesertaAngkatan Baru() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), "pusat", Pada);

    [Fact]
    public void The_path_runs_recruited_trained_certified_recognised_and_records_who_and_when()
    {
        var p = Baru();
        p.Rekrut(Guid.NewGuid(), "pusat", Pada);
        p.CatatPelatihan(HasilPelatihan.Kompeten, null, Guid.NewGuid(), "ppsdm", Pada);
        p.CatatSertifikatKompetensi(new SertifikatKompetensi("LSP/1", "Skema", "LSP", new LocalDate(2026, 1, 22), null, null), Guid.NewGuid(), "ppsdm", Pada);
        p.CatatSertifikatPengakuan(new SertifikatPengakuan("FKP/1", "Kepala Badan POM", new LocalDate(2026, 2, 27), new LocalDate(2029, 2, 26), null), Guid.NewGuid(), "pimpinan", Pada);
        Assert.Equal(StatusPeserta.Diakui, p.Status);
        Assert.Equal(
            [StatusPeserta.Terdaftar, StatusPeserta.Direkrut, StatusPeserta.Dilatih, StatusPeserta.TersertifikasiKompetensi, StatusPeserta.Diakui],
            p.Riwayat.Select(r => r.Ke));
        Assert.Equal("pimpinan", p.Riwayat[^1].OlehNama);
    }

    [Fact]
    public void Steps_cannot_be_skipped_and_only_the_competent_are_certified()
    {
        var p = Baru();
        Assert.Throws<DomainException>(() => p.CatatPelatihan(HasilPelatihan.Kompeten, null, Guid.NewGuid(), "ppsdm", Pada));
        p.Rekrut(Guid.NewGuid(), "pusat", Pada);
        p.CatatPelatihan(HasilPelatihan.BelumKompeten, null, Guid.NewGuid(), "ppsdm", Pada);
        Assert.False(p.BolehMenjadi(AksiPeserta.CatatSertifikatKompetensi));
        Assert.Throws<DomainException>(() => p.CatatSertifikatKompetensi(
            new SertifikatKompetensi("LSP/2", "S", "L", new LocalDate(2026, 1, 22), null, null), Guid.NewGuid(), "ppsdm", Pada));
        Assert.Equal(StatusPeserta.Dilatih, p.Status);
        Assert.Equal(3, p.Riwayat.Count);
    }

    [Fact]
    public void Stopping_needs_a_reason_and_ends_the_path()
    {
        var p = Baru();
        Assert.Throws<DomainException>(() => p.Hentikan(" ", Guid.NewGuid(), "pusat", Pada));
        p.Hentikan("Mengundurkan diri", Guid.NewGuid(), "pusat", Pada);
        Assert.Equal((StatusPeserta.Berhenti, "Mengundurkan diri"), (p.Status, p.AlasanBerhenti));
        Assert.Throws<DomainException>(() => p.Rekrut(Guid.NewGuid(), "pusat", Pada));
    }

    [Theory]
    [InlineData(2026, 1, 2026, 4, 10)]
    [InlineData(2026, 4, 2027, 1, 10)]
    public void The_quarterly_report_is_due_on_the_10th_day_after_the_quarter(int tahun, int tw, int y, int m, int d) =>
        Assert.Equal(new LocalDate(y, m, d), LaporanMonevTriwulan.TenggatUntuk(tahun, tw));

    [Theory]
    [InlineData(2026, 1, 1, 2025, 4)]
    [InlineData(2026, 4, 1, 2026, 1)]
    [InlineData(2026, 12, 31, 2026, 3)]
    public void The_last_ended_quarter(int y, int m, int d, int tahun, int tw) =>
        Assert.Equal((tahun, tw), LaporanMonevTriwulan.TriwulanTerakhir(new LocalDate(y, m, d)));
}
