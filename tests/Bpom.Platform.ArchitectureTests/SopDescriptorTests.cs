using System.Text.RegularExpressions;

namespace Bpom.Platform.ArchitectureTests;

/// <summary>The engine knows SOPs only through the descriptors SOP modules register (DeskripsiSop): adding an SOP
/// module never edits the engine.</summary>
public partial class SopDescriptorTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bpom.Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Bpom.Platform.sln not found above the test folder");
    }

    [GeneratedRegex("\"POM-04\\.01-[A-Z]\"|\"Direktorat |\"Biro |\"Pusat ")]
    private static partial Regex NamaSopAtauUnit();

    [Fact]
    public void The_engine_names_no_SOP_code_and_no_central_unit()
    {
        var engine = Path.Combine(RepoRoot(), "src", "Modules", "Sop");
        var salah = Directory.GetFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((baris, i) => (f, i, baris)))
            .Where(x => NamaSopAtauUnit().IsMatch(x.baris))
            .Select(x => $"{Path.GetRelativePath(engine, x.f)}:{x.i + 1}: {x.baris.Trim()}")
            .ToList();
        Assert.Empty(salah);
    }

    [Fact]
    public void Every_SOP_module_ships_its_own_definition_and_registers_a_descriptor()
    {
        var root = RepoRoot();
        foreach (var modul in new[] { "Advokasi", "Pembinaan", "Pemberdayaan", "FasilitatorKeamananPangan" })
        {
            var dir = Path.Combine(root, "src", "Modules", modul, $"Bpom.Platform.Modules.{modul}");
            Assert.Single(Directory.GetFiles(Path.Combine(dir, "Infrastructure", "Seed"), "sop-pom-04.01-*.json"));
            Assert.Contains("AddDeskripsiSop(", File.ReadAllText(Path.Combine(dir, $"{modul}Module.cs")), StringComparison.Ordinal);
        }
    }
}
