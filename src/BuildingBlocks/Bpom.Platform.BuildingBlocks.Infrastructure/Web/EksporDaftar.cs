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
    public const int BatasBaris = BatasEkspor.Baris;

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
        ArgumentNullException.ThrowIfNull(baris);
        return (await XlsxPerHalamanAsync(ambil, h => Task.FromResult(h.Select(baris)), lembar, cancellationToken)).Isi;
    }

    /// <summary>As <see cref="XlsxAsync{T}"/>, with the rows of each page made together (one batch lookup per page,
    /// e.g. titles and unit names held by another module), and whether the list went on past
    /// <see cref="BatasBaris"/>.</summary>
    /// <param name="ambil">Reads one page (number from 1, size) of the list, with its scope and filters.</param>
    /// <param name="halamanKeBaris">One page's rows' cells, by column heading (in order); a row may be left out.</param>
    /// <param name="lembar">The sheet's name.</param>
    /// <param name="cancellationToken">Aborts the export.</param>
    public static async Task<BerkasXlsx> XlsxPerHalamanAsync<T>(
        Func<int, int, Task<Halaman<T>>> ambil,
        Func<IReadOnlyList<T>, Task<IEnumerable<IDictionary<string, object?>>>> halamanKeBaris,
        string lembar,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ambil);
        ArgumentNullException.ThrowIfNull(halamanKeBaris);
        var semua = new List<IDictionary<string, object?>>();
        var terpotong = false;
        for (var halaman = 1; ; halaman++)
        {
            var hasil = await ambil(halaman, UkuranHalaman);
            var sisa = BatasBaris - semua.Count;
            terpotong = hasil.Item.Count > sisa;
            if (sisa > 0 && hasil.Item.Count > 0)
            {
                semua.AddRange(await halamanKeBaris([.. hasil.Item.Take(sisa)]));
            }

            if (terpotong || hasil.Item.Count < UkuranHalaman)
            {
                break;
            }
        }

        using var ms = new MemoryStream();
        await ms.SaveAsAsync(BerkasAman.Baris(semua), sheetName: lembar, cancellationToken: cancellationToken);
        return new BerkasXlsx(ms.ToArray(), terpotong);
    }
}

/// <summary>A written workbook.</summary>
/// <param name="Isi">The .xlsx bytes.</param>
/// <param name="Terpotong">Whether the list went on past <see cref="EksporDaftar.BatasBaris"/> rows (cut there).</param>
public sealed record BerkasXlsx(byte[] Isi, bool Terpotong);
