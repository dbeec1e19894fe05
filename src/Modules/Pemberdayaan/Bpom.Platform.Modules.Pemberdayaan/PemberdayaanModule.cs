using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Pemberdayaan.Application;
using Bpom.Platform.Modules.Pemberdayaan.Contracts;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.Pemberdayaan;

/// <summary>SOP C — Pemberdayaan Masyarakat: activities (steps 1–4 on the shared SOP engine), the kader registry and the
/// recap of communities reached per unit and period.</summary>
public sealed class PemberdayaanModule : IModule
{
    public string Name => "Pemberdayaan";

    public Assembly Contracts => typeof(RekapPemberdayaanDto).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<PemberdayaanDbContext>(PemberdayaanDbContext.Schema);
        module.Services.AddDeskripsiSop(SopPemberdayaan.Deskripsi);
    }
}
