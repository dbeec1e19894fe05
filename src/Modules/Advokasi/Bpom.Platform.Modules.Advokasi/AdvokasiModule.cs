using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Advokasi.Application;
using Bpom.Platform.Modules.Advokasi.Application.Kegiatan;
using Bpom.Platform.Modules.Advokasi.Domain;
using Bpom.Platform.Modules.Advokasi.Infrastructure.Nasional;
using Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

namespace Bpom.Platform.Modules.Advokasi;

/// <summary>SOP A — Advokasi Pemangku Kepentingan: activities (steps 1–6 on the shared SOP engine), lists and detail.</summary>
public sealed class AdvokasiModule : IModule
{
    public string Name => "Advokasi";

    public Assembly Contracts => typeof(Contracts.AssemblyMarker).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<AdvokasiDbContext>(AdvokasiDbContext.Schema);
        module.AddPengisiDataNasional<PengisiAdvokasiNasional>();
        module.Services.AddDeskripsiSop(SopAdvokasi.Deskripsi);
        module.Services.AddRincianTahunan<RincianTahunanAdvokasi>();
        module.Services.AddRepositori<AdvokasiDbContext, KegiatanAdvokasi>();
        module.Services.AddKegiatanSop<ModulAdvokasi, KegiatanAdvokasi, DataKegiatanAdvokasi, KegiatanAdvokasiDto>();
        module.Services.AddDaftarKegiatanSop<ModulAdvokasi, KegiatanAdvokasi, TanpaSaringan, KegiatanAdvokasiRingkasDto>();
    }
}
