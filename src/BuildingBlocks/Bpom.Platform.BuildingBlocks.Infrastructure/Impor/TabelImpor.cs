using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation.Results;
using MiniExcelLibs;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Impor;

/// <summary>
/// Reads an import file — CSV (UTF-8, comma, header row) or XLSX (first sheet, header row), told apart by the file's
/// signature — into rows of column → text keyed by lower-case header, with the row number a user sees in the file
/// (the header is row 1). A missing column, a repeated one, an empty file or too many rows reject the file.
/// </summary>
public static class TabelImpor
{
    public static List<(int Nomor, Dictionary<string, string> Nilai)> Baca(byte[] isi, IReadOnlyList<string> kolom, int maksBaris)
    {
        ArgumentNullException.ThrowIfNull(isi);
        var xlsx = isi.Length > 4 && isi[0] == 'P' && isi[1] == 'K' && isi[2] == 3 && isi[3] == 4;
        var (header, rows) = xlsx ? BacaXlsx(isi, maksBaris) : BacaCsv(isi, maksBaris);
        var kurang = kolom.Except(header).ToList();
        if (kurang.Count > 0 || header.Length != header.Distinct().Count())
        {
            throw new ValidationException([new ValidationFailure(
                "berkas", $"Judul kolom harus: {string.Join(",", kolom)}." + (kurang.Count > 0 ? $" Tidak ada: {string.Join(", ", kurang)}." : " Ada kolom berulang."))]);
        }

        if (rows.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", "Berkas tidak berisi baris data.")]);
        }

        return rows;
    }

    private static (string[] Header, List<(int, Dictionary<string, string>)> Rows) BacaCsv(byte[] isi, int maks)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(isi).TrimStart('\uFEFF'));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, DetectColumnCountChanges = false });
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new ValidationException([new ValidationFailure("berkas", "Berkas tidak memiliki baris judul kolom.")]);
        }

        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var rows = new List<(int, Dictionary<string, string>)>();
        while (csv.Read())
        {
            var nilai = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                nilai.TryAdd(header[i], (csv.TryGetField<string>(i, out var f) ? f ?? string.Empty : string.Empty).Trim());
            }

            if (csv.Parser.Count != header.Length)
            {
                nilai["__kolom"] = csv.Parser.Count.ToString(CultureInfo.InvariantCulture);
            }

            rows.Add((csv.Parser.RawRow, nilai));
            if (rows.Count > maks)
            {
                throw new ValidationException([new ValidationFailure("berkas", $"Paling banyak {maks} baris per impor.")]);
            }
        }

        return (header, rows);
    }

    private static (string[] Header, List<(int, Dictionary<string, string>)> Rows) BacaXlsx(byte[] isi, int maks)
    {
        using var ms = new MemoryStream(isi);
        List<IDictionary<string, object?>> data;
        try
        {
            data = ms.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Take(maks + 2).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ValidationException([new ValidationFailure("berkas", "Berkas XLSX tidak dapat dibaca.")]);
        }

        if (data.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", "Berkas tidak memiliki baris judul kolom.")]);
        }

        // Columns by letter (A, B, …) → header text.
        var judul = data[0].Where(kv => !string.IsNullOrWhiteSpace(Teks(kv.Value))).ToDictionary(kv => kv.Key, kv => Teks(kv.Value).ToLowerInvariant());
        if (data.Count > maks + 1)
        {
            throw new ValidationException([new ValidationFailure("berkas", $"Paling banyak {maks} baris per impor.")]);
        }

        var rows = new List<(int, Dictionary<string, string>)>();
        for (var n = 1; n < data.Count; n++)
        {
            var nilai = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (huruf, nama) in judul)
            {
                nilai.TryAdd(nama, Teks(data[n].TryGetValue(huruf, out var v) ? v : null));
            }

            if (nilai.Values.All(string.IsNullOrEmpty))
            {
                continue; // a blank row between data rows
            }

            rows.Add((n + 1, nilai));
        }

        return ([.. judul.Values], rows);
    }

    /// <summary>A cell as text: numbers in invariant form (a decimal point, no thousands separators).</summary>
    private static string Teks(object? v) => v switch
    {
        null => string.Empty,
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };
}
