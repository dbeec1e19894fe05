using Bpom.Platform.BuildingBlocks.Application;
using MiniExcelLibs;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// A paged list as the user filtered it, written to an Excel workbook: the same query walked page by page
/// (<see cref="UkuranHalaman"/> rows each, only one page in memory besides the rows written), at most
/// <see cref="BatasBaris"/> rows, every cell neutralised against spreadsheet formulas (<see cref="BerkasAman.Baris"/>).
/// </summary>
public static class EksporDaftar
{
    /// <summary>Most rows an export holds.</summary>
    public const int BatasBaris = 10_000;

    /// <summary>Rows read per page.</summary>
    public const int UkuranHalaman = 100;

    /// <summary>The workbook's media type.</summary>
    public const string JenisKonten = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An enum value in words for a cell: "MendekatiBatas" → "Mendekati batas".</summary>
    public static string? Kata(string? kode) => kode is null
        ? null
        : System.Text.RegularExpressions.Regex.Replace(kode, "(?<=[a-z])([A-Z])", m => " " + m.Value.ToLowerInvariant());

    /// <param name="ambil">Reads one page (number from 1, size) of the list, with its scope and filters.</param>
    /// <param name="baris">One row's cells, by column heading (in order).</param>
    /// <param name="lembar">The sheet's name.</param>
    /// <param name="cancellationToken">Aborts the export.</param>
    public static async Task<byte[]> XlsxAsync<T>(
        Func<int, int, Task<Halaman<T>>> ambil, Func<T, IDictionary<string, object?>> baris, string lembar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ambil);
        ArgumentNullException.ThrowIfNull(baris);
        var semua = new List<IDictionary<string, object?>>();
        for (var halaman = 1; semua.Count < BatasBaris; halaman++)
        {
            var hasil = await ambil(halaman, UkuranHalaman);
            semua.AddRange(hasil.Item.Take(BatasBaris - semua.Count).Select(baris));
            if (hasil.Item.Count < UkuranHalaman)
            {
                break;
            }
        }

        using var ms = new MemoryStream();
        await ms.SaveAsAsync(BerkasAman.Baris(semua), sheetName: lembar, cancellationToken: cancellationToken);
        return ms.ToArray();
    }
}
