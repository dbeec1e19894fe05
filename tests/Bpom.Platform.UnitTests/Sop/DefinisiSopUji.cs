using Bpom.Platform.Modules.Advokasi.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;
using Bpom.Platform.Modules.Pemberdayaan.Application;
using Bpom.Platform.Modules.Pembinaan.Application;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Seed;

namespace Bpom.Platform.UnitTests.Sop;

/// <summary>The SOP definitions as the four SOP modules ship them to the engine.</summary>
internal static class DefinisiSopUji
{
    public static IReadOnlyList<DefinisiSop> Semua { get; } =
        SeedSop.Baca([SopAdvokasi.Deskripsi, SopPembinaan.Deskripsi, SopPemberdayaan.Deskripsi, SopFasilitator.Deskripsi]);
}
