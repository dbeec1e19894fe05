using System.Globalization;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;

internal static class BacaBerkasPeserta
{
    public const int MaksBaris = 2000;

    public static readonly string[] Kolom = ["nama", "nik", "telepon", "email", "provinsi", "kabupaten_kota", "instansi_penugas", "perjanjian"];

    /// <summary>Rows as column → text; throws a 400 when the header is wrong.</summary>
    public static List<Dictionary<string, string>> Baca(string nama, byte[] isi)
    {
        List<Dictionary<string, string>> rows;
        if (nama.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            // The archive is checked before the parser opens it; rows are streamed, counted and capped, cells capped,
            // and the whole read time-boxed.
            if (BerkasAman.PeriksaArsip(isi) is { } alasan)
            {
                throw new ValidationException([new ValidationFailure("berkas", alasan)]);
            }

            try
            {
                using var ms = new MemoryStream(isi);
                var mulai = System.Diagnostics.Stopwatch.StartNew();
                rows = [];
                foreach (var r in ms.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>())
                {
                    if (rows.Count > MaksBaris || mulai.Elapsed > TimeSpan.FromSeconds(10))
                    {
                        throw new ValidationException([new ValidationFailure("berkas", $"Paling banyak {MaksBaris} baris per impor.")]);
                    }

                    var baris = r.ToDictionary(k => k.Key.Trim().ToLowerInvariant(), k => Convert.ToString(k.Value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty);
                    if (baris.Count > 50 || baris.Any(k => k.Key.Length > 100 || k.Value.Length > 1000))
                    {
                        throw new ValidationException([new ValidationFailure("berkas", "Sel terlalu panjang (paling banyak 1000 karakter) atau kolom terlalu banyak.")]);
                    }

                    rows.Add(baris);
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException)
            {
                throw new ValidationException([new ValidationFailure("berkas", "Berkas XLSX tidak dapat dibaca.")]);
            }
        }
        else
        {
            using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(isi).TrimStart('\uFEFF'));
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null });
            rows = [];
            if (csv.Read() && csv.ReadHeader())
            {
                var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                Periksa(header);
                while (csv.Read())
                {
                    var baris = header.Select((h, i) => (h, v: csv.GetField(i) ?? string.Empty)).ToDictionary(x => x.h, x => x.v.Trim());
                    if (rows.Count >= MaksBaris || baris.Values.Any(v => v.Length > 1000))
                    {
                        throw new ValidationException([new ValidationFailure("berkas", rows.Count >= MaksBaris
                            ? $"Paling banyak {MaksBaris} baris per impor."
                            : "Sel terlalu panjang (paling banyak 1000 karakter).")]);
                    }

                    rows.Add(baris);
                }
            }
        }

        if (rows.Count > 0)
        {
            Periksa(rows[0].Keys);
        }

        if (rows.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", "Berkas tidak berisi baris peserta.")]);
        }

        if (rows.Count > MaksBaris)
        {
            throw new ValidationException([new ValidationFailure("berkas", $"Paling banyak {MaksBaris} baris per impor.")]);
        }

        return rows;
    }

    private static void Periksa(IEnumerable<string> header)
    {
        var kolom = header.ToList();
        if (kolom.Count != kolom.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ValidationException([new ValidationFailure("berkas", "Ada nama kolom yang berulang.")]);
        }

        var kurang = Kolom.Take(2).Concat(["provinsi", "kabupaten_kota", "instansi_penugas"]).Except(kolom).ToList();
        if (kurang.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", $"Kolom wajib tidak ada: {string.Join(", ", kurang)}. Kolom: {string.Join(",", Kolom)}.")]);
        }
    }
}
