using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Seed;

/// <summary>The SOP versions the registered SOP modules ship (<see cref="DeskripsiSop.Definisi"/>).</summary>
internal static class SeedSop
{
    public static IReadOnlyList<DefinisiSop> Baca(IEnumerable<DeskripsiSop> modul) => modul.SelectMany(Baca).ToList();

    public static IReadOnlyList<DefinisiSop> Baca(DeskripsiSop deskripsi)
    {
        ArgumentNullException.ThrowIfNull(deskripsi);
        using var stream = deskripsi.Definisi();
        using var reader = new StreamReader(stream);
        var versi = KatalogSop.Parse(reader.ReadToEnd());
        return versi.Count > 0 && versi.All(v => v.Kode == deskripsi.Kode)
            ? versi
            : throw new InvalidOperationException($"The definition {deskripsi.Modul} ships is not (only) {deskripsi.Kode}.");
    }
}
