using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Safe handling of files users send and get: file names cleaned before they are stored (and so before any download
/// header), spreadsheet archives checked before a parser opens them (a small .xlsx can unpack to gigabytes), and
/// exported cells neutralised so a spreadsheet program does not run them as formulas.
/// </summary>
public static class BerkasAman
{
    /// <summary>Largest unpacked size of one archive entry and of a whole archive; most entries; highest ratio.</summary>
    public const long MaksEntri = 50L * 1024 * 1024;

    public const long MaksTotal = 100L * 1024 * 1024;

    public const int MaksJumlahEntri = 500;

    public const double MaksRasio = 200;

    /// <summary>A file name as stored: the last path segment, without control characters, quotes, angle brackets or
    /// backslashes, at most 200 characters; an empty result becomes "berkas".</summary>
    public static string NamaBerkas(string? nama)
    {
        var dasar = (nama ?? string.Empty).Replace('\\', '/');
        dasar = dasar[(dasar.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(dasar.Length);
        foreach (var c in dasar.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || c is '"' or '<' or '>' or '|' or '*' or '?' or ':' || char.GetUnicodeCategory(c) is UnicodeCategory.Format)
            {
                continue;
            }

            sb.Append(c);
        }

        var bersih = sb.ToString().Trim().Trim('.').Trim();
        if (bersih.Length > 200)
        {
            var ext = Path.GetExtension(bersih);
            bersih = bersih[..(200 - Math.Min(ext.Length, 20))] + (ext.Length <= 20 ? ext : string.Empty);
        }

        return bersih.Length == 0 ? "berkas" : bersih;
    }

    /// <summary>Checks a ZIP container (xlsx, docx) before it is parsed: entry count, each entry's and the total's
    /// unpacked size (by decompressing with a cap — declared sizes can lie) and the compression ratio. Returns the
    /// reason it is refused, or null.</summary>
    public static string? PeriksaArsip(byte[] isi)
    {
        ArgumentNullException.ThrowIfNull(isi);
        try
        {
            using var ms = new MemoryStream(isi, writable: false);
            using var zip = new ZipArchive(ms, ZipArchiveMode.Read);
            if (zip.Entries.Count > MaksJumlahEntri)
            {
                return $"Berkas berisi terlalu banyak bagian ({zip.Entries.Count}).";
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entri in zip.Entries)
            {
                if (entri.Length > MaksEntri || (entri.CompressedLength > 0 && entri.Length / (double)entri.CompressedLength > MaksRasio && entri.Length > 1024 * 1024))
                {
                    return "Berkas terlalu besar setelah diurai (kemungkinan arsip bom).";
                }

                using var s = entri.Open();
                long dibaca = 0;
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    dibaca += n;
                    total += n;
                    if (dibaca > MaksEntri || total > MaksTotal)
                    {
                        return "Berkas terlalu besar setelah diurai (kemungkinan arsip bom).";
                    }
                }

                if (entri.CompressedLength > 0 && dibaca > 1024 * 1024 && dibaca / (double)entri.CompressedLength > MaksRasio)
                {
                    return "Berkas terlalu besar setelah diurai (kemungkinan arsip bom).";
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return "Berkas bukan arsip XLSX yang valid.";
        }
    }

    /// <summary>A value for an exported cell: text starting with <c>= + - @</c>, tab or carriage return (and not a
    /// plain number) gets a leading apostrophe, so spreadsheet programs show it instead of evaluating it.</summary>
    public static object? Sel(object? nilai) => nilai is string s ? Teks(s) : nilai;

    public static string Teks(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + s
            : s;
    }

    /// <summary>Every cell of rows about to be exported, neutralised.</summary>
    public static List<Dictionary<string, object?>> Baris(IEnumerable<IDictionary<string, object?>> baris) =>
        baris.Select(b => b.ToDictionary(k => k.Key, k => Sel(k.Value))).ToList();
}
