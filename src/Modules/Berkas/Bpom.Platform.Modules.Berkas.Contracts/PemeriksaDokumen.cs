using System.IO.Compression;
using System.Security.Cryptography;

namespace Bpom.Platform.Modules.Berkas.Contracts;

/// <summary>An accepted document: its real type, and the SHA-256 stored with it.</summary>
public sealed record DokumenDiterima(string NamaBerkas, string ContentType, long Ukuran, string Sha256);

/// <summary>Outcome of checking an upload: the accepted document, or why it was refused (shown to the user).</summary>
public sealed record HasilPeriksaDokumen(DokumenDiterima? Dokumen, string? Alasan)
{
    public bool Diterima => Dokumen is not null;
}

/// <summary>
/// Checks an uploaded step document: size limit, a type decided by the file's signature (not its name) from the
/// allowed set (PDF, Word/Excel/PowerPoint old and new, PNG, JPEG), and that the extension agrees with the content.
/// Office Open XML files are recognised by opening the ZIP and finding their part folders.
/// </summary>
public static class PemeriksaDokumen
{
    public const long UkuranMaksimumDefault = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
    };

    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static HasilPeriksaDokumen Periksa(string namaBerkas, byte[] isi, long ukuranMaksimum = UkuranMaksimumDefault)
    {
        ArgumentNullException.ThrowIfNull(isi);
        var nama = Path.GetFileName(namaBerkas ?? string.Empty).Trim();
        var ekstensi = Path.GetExtension(nama);
        if (nama.Length == 0 || ekstensi.Length == 0 || !ContentTypes.ContainsKey(ekstensi))
        {
            return Tolak($"Jenis berkas tidak diizinkan. Gunakan: {string.Join(", ", ContentTypes.Keys)}.");
        }

        if (isi.Length == 0)
        {
            return Tolak("Berkas kosong.");
        }

        if (isi.Length > ukuranMaksimum)
        {
            return Tolak($"Berkas melebihi batas {ukuranMaksimum / (1024 * 1024)} MB.");
        }

        var terdeteksi = Deteksi(isi, ekstensi);
        if (terdeteksi is null)
        {
            return Tolak("Isi berkas tidak dikenali sebagai PDF, dokumen Office atau gambar.");
        }

        if (!string.Equals(terdeteksi, ContentTypes[ekstensi], StringComparison.Ordinal))
        {
            return Tolak($"Isi berkas tidak sesuai dengan ekstensi {ekstensi.ToLowerInvariant()}.");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(isi));
        return new HasilPeriksaDokumen(new DokumenDiterima(nama, terdeteksi, isi.Length, sha256), null);
    }

    private static HasilPeriksaDokumen Tolak(string alasan) => new(null, alasan);

    private static string? Deteksi(byte[] isi, string ekstensi)
    {
        var span = isi.AsSpan();
        if (span.StartsWith(Pdf))
        {
            return "application/pdf";
        }

        if (span.StartsWith(Png))
        {
            return "image/png";
        }

        if (span.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (span.StartsWith(Zip))
        {
            return DeteksiOfficeOpenXml(isi);
        }

        if (span.StartsWith(Ole2))
        {
            // Legacy Office files share one container format; its name decides which of the three it is.
            return ekstensi.ToLowerInvariant() switch
            {
                ".doc" or ".xls" or ".ppt" => ContentTypes[ekstensi],
                _ => null,
            };
        }

        return null;
    }

    private static string? DeteksiOfficeOpenXml(byte[] isi)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(isi, writable: false), ZipArchiveMode.Read);
            var nama = zip.Entries.Select(e => e.FullName).ToList();
            if (!nama.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return nama.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? ContentTypes[".docx"]
                : nama.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? ContentTypes[".xlsx"]
                : nama.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)) ? ContentTypes[".pptx"]
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
