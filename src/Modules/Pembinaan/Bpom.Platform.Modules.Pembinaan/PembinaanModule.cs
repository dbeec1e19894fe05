using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pembinaan.Application;
using Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;
using Bpom.Platform.Modules.Pembinaan.Contracts;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Nasional;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.Pembinaan;

/// <summary>SOP B — Pembinaan dan Pendampingan: activities (steps 1–6 on the shared SOP engine, routed to the units the
/// SOP names), the registry of businesses and stakeholders guided, lists and detail.</summary>
public sealed class PembinaanModule : IModule
{
    public string Name => "Pembinaan";

    public Assembly Contracts => typeof(SasaranPembinaanInfo).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<PembinaanDbContext>(PembinaanDbContext.Schema);
        module.AddPengisiDataNasional<PengisiPembinaanNasional>();
        module.Services.AddDeskripsiSop(SopPembinaan.Deskripsi);
        module.Services.AddRincianTahunan<RincianTahunanPembinaan>();
        module.Services.AddRepositori<PembinaanDbContext, KegiatanPembinaan>();
        module.Services.AddKegiatanSop<ModulPembinaan, KegiatanPembinaan, DataKegiatanPembinaan, KegiatanPembinaanDto>();
        module.Services.AddDaftarKegiatanSop<ModulPembinaan, KegiatanPembinaan, SaringanPembinaan, KegiatanPembinaanRingkasDto>();
        module.Services.AddScoped<PengisiKegiatanPembinaan>();
    }
}
