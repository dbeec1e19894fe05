using Bpom.Platform.Modules.Sop.Domain;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Seed;

/// <summary>The four SOPs of POM-04.01 as shipped (Infrastructure/Seed/sop-pom-04.01.json).</summary>
internal static class SeedSop
{
    public static IReadOnlyList<DefinisiSop> Baca()
    {
        using var stream = typeof(SeedSop).Assembly.GetManifestResourceStream("Seed.sop-pom-04.01.json")
            ?? throw new InvalidOperationException("Embedded SOP seed is missing.");
        using var reader = new StreamReader(stream);
        return KatalogSop.Parse(reader.ReadToEnd());
    }
}
