using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Advokasi;
using Bpom.Platform.Modules.Berkas;
using Bpom.Platform.Modules.FasilitatorKeamananPangan;
using Bpom.Platform.Modules.Kinerja;
using Bpom.Platform.Modules.Notifikasi;
using Bpom.Platform.Modules.Organisasi;
using Bpom.Platform.Modules.Pemberdayaan;
using Bpom.Platform.Modules.Pembinaan;
using Bpom.Platform.Modules.SiklusTahunan;
using Bpom.Platform.Modules.Sop;

namespace Bpom.Platform.Api;

/// <summary>The modules of the platform, listed once: the host registers them in this order (their migrations and
/// seeders run in it too), and the architecture tests read this list.</summary>
public static class DaftarModul
{
    public static IReadOnlyList<IModule> Semua { get; } =
    [
        new OrganisasiModule(),
        new BerkasModule(),
        new NotifikasiModule(),
        new SopModule(),
        new AdvokasiModule(),
        new PembinaanModule(),
        new PemberdayaanModule(),
        new FasilitatorKeamananPanganModule(),
        new KinerjaModule(),
        new SiklusTahunanModule(),
    ];
}
