using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.Sop.Application.Akses;

/// <summary>The SOP modules registered with the engine (their <see cref="DeskripsiSop"/>).</summary>
internal sealed class DaftarSop(IEnumerable<DeskripsiSop> deskripsi)
{
    private readonly IReadOnlyList<DeskripsiSop> _semua = Periksa(deskripsi.ToList());

    public IReadOnlyList<DeskripsiSop> Semua => _semua;

    /// <summary>The SOPs a central unit named <paramref name="namaUnit"/> takes part in.</summary>
    public IReadOnlyList<string> UntukUnitPusat(string namaUnit) =>
        _semua.Where(d => d.MelibatkanUnitPusat(namaUnit)).Select(d => d.Kode).ToList();

    /// <summary>The SOPs whose every activity a holder of <paramref name="peran"/> reads.</summary>
    public IEnumerable<string> DibacaNasionalOleh(IEnumerable<string> peran) =>
        _semua.Where(d => d.PeranPembacaNasional.Intersect(peran, StringComparer.Ordinal).Any()).Select(d => d.Kode);

    private static List<DeskripsiSop> Periksa(List<DeskripsiSop> semua)
    {
        var ganda = semua.GroupBy(d => d.Kode, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return ganda.Count == 0 ? semua : throw new InvalidOperationException($"SOP registered by more than one module: {string.Join(", ", ganda)}.");
    }
}
