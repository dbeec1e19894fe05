using System.IO.Compression;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using MiniExcelLibs;

namespace Bpom.Platform.UnitTests.Web;

public class BerkasAmanTests
{
    [Theory]
    [InlineData("laporan.pdf", "laporan.pdf")]
    [InlineData("C:\\Users\\x\\laporan.pdf", "laporan.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("<script>alert(1)</script>.pdf", "script.pdf")]
    [InlineData("<img src=x onerror=alert(1)>.pdf", "img src=x onerror=alert(1).pdf")]
    [InlineData("a\u0000b\r\n\"c\".pdf", "abc.pdf")]
    [InlineData("   ", "berkas")]
    [InlineData("\u202Efdp.exe", "fdp.exe")]
    public void File_names_are_cleaned_before_they_are_stored(string masuk, string keluar) => Assert.Equal(keluar, BerkasAman.NamaBerkas(masuk));

    [Fact]
    public void A_long_name_keeps_its_extension() =>
        Assert.EndsWith(".xlsx", BerkasAman.NamaBerkas(new string('a', 500) + ".xlsx"), StringComparison.Ordinal);

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+62 812", "'+62 812")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("Balai POM di Bengkulu", "Balai POM di Bengkulu")]
    [InlineData("", "")]
    public void Exported_text_that_a_spreadsheet_would_evaluate_is_neutralised(string masuk, string keluar) =>
        Assert.Equal(keluar, BerkasAman.Teks(masuk));

    [Fact]
    public void A_real_spreadsheet_passes_the_archive_check()
    {
        using var ms = new MemoryStream();
        ms.SaveAs(new[] { new Dictionary<string, object?> { ["nama"] = "Siti", ["nik"] = "3201" } });
        Assert.Null(BerkasAman.PeriksaArsip(ms.ToArray()));
    }

    [Fact]
    public void An_archive_that_unpacks_to_far_more_than_its_size_is_refused_before_parsing()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var nol = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
            {
                s.Write(nol);
            }
        }

        Assert.True(ms.Length < 1024 * 1024, "the bomb is small");
        Assert.NotNull(BerkasAman.PeriksaArsip(ms.ToArray()));
        Assert.NotNull(BerkasAman.PeriksaArsip("bukan zip"u8.ToArray()));
    }
}
