using System.IO.Compression;
using System.Text;
using Bpom.Platform.Modules.Berkas.Contracts;

namespace Bpom.Platform.UnitTests.Sop;

public class PemeriksaDokumenTests
{
    private static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    private static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    private static byte[] Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

    private static byte[] Zip(params string[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(entry).Open());
                w.Write("<x/>");
            }
        }

        return ms.ToArray();
    }

    [Theory]
    [InlineData("laporan.pdf", "application/pdf")]
    [InlineData("foto kegiatan.PNG", "image/png")]
    [InlineData("dokumentasi.jpeg", "image/jpeg")]
    [InlineData("dokumentasi.jpg", "image/jpeg")]
    [InlineData("rekap.xls", "application/vnd.ms-excel")]
    public void Accepts_allowed_files_by_their_signature(string nama, string contentType)
    {
        var isi = Path.GetExtension(nama).ToLowerInvariant() switch
        {
            ".pdf" => Pdf,
            ".png" => Png,
            ".xls" => Ole2,
            _ => Jpeg,
        };
        var hasil = PemeriksaDokumen.Periksa(nama, isi);
        Assert.True(hasil.Diterima, hasil.Alasan);
        Assert.Equal(contentType, hasil.Dokumen!.ContentType);
        Assert.Equal(isi.Length, hasil.Dokumen.Ukuran);
    }

    [Theory]
    [InlineData("laporan.docx", "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("rekap.xlsx", "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("paparan.pptx", "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    public void Recognises_Office_Open_XML_by_its_parts(string nama, string part, string contentType)
    {
        var hasil = PemeriksaDokumen.Periksa(nama, Zip("[Content_Types].xml", part));
        Assert.True(hasil.Diterima, hasil.Alasan);
        Assert.Equal(contentType, hasil.Dokumen!.ContentType);
    }

    [Fact]
    public void A_renamed_file_is_refused_because_its_content_disagrees()
    {
        var png = PemeriksaDokumen.Periksa("laporan.pdf", Png);
        Assert.False(png.Diterima);
        Assert.Contains(".pdf", png.Alasan, StringComparison.Ordinal);
        Assert.False(PemeriksaDokumen.Periksa("rekap.xlsx", Zip("[Content_Types].xml", "word/document.xml")).Diterima);
        Assert.False(PemeriksaDokumen.Periksa("arsip.docx", Zip("readme.txt")).Diterima);
        Assert.False(PemeriksaDokumen.Periksa("program.pdf", Encoding.ASCII.GetBytes("MZ\x90\0 this is an exe")).Diterima);
        Assert.False(PemeriksaDokumen.Periksa("rusak.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]).Diterima);
        Assert.False(PemeriksaDokumen.Periksa("dokumen.pdf.exe", Pdf).Diterima);
        Assert.False(PemeriksaDokumen.Periksa("tanpa-ekstensi", Pdf).Diterima);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Equal("Berkas kosong.", PemeriksaDokumen.Periksa("laporan.pdf", []).Alasan);
        var besar = PemeriksaDokumen.Periksa("laporan.pdf", [.. Pdf, .. new byte[2 * 1024 * 1024]], ukuranMaksimum: 1024 * 1024);
        Assert.False(besar.Diterima);
        Assert.Contains("1 MB", besar.Alasan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_SHA256_of_the_content_is_kept_and_the_path_is_stripped_from_the_name()
    {
        var isi = Encoding.ASCII.GetBytes("%PDF-abc");
        var hasil = PemeriksaDokumen.Periksa("../../etc/laporan.pdf", isi);
        Assert.Equal("laporan.pdf", hasil.Dokumen!.NamaBerkas);
        Assert.Equal("1e8a7587529cc956d46dea481f38c623395a879a1179c277f476a9cdb88a540d", hasil.Dokumen.Sha256); // sha256sum of "%PDF-abc"
    }
}
