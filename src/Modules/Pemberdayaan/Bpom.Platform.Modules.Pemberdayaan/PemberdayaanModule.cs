using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Application;
using Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan;
using Bpom.Platform.Modules.Pemberdayaan.Application.Rekap;
using Bpom.Platform.Modules.Pemberdayaan.Contracts;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Nasional;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Microsoft.Extensions.DependencyInjection;

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
        module.AddPengisiDataNasional<PengisiPemberdayaanNasional>();
        module.Services.AddScoped<PenyegarTerlaksana>();
        module.AddSeeder<PengisiTanggalTerlaksana>();
        module.Services.AddDeskripsiSop(SopPemberdayaan.Deskripsi);
        module.Services.AddRincianTahunan<RincianTahunanPemberdayaan>();
        module.Services.AddRepositori<PemberdayaanDbContext, KegiatanPemberdayaan>();
        module.Services.AddKegiatanSop<ModulPemberdayaan, KegiatanPemberdayaan, DataKegiatanPemberdayaan, KegiatanPemberdayaanDto>();
        module.Services.AddDaftarKegiatanSop<ModulPemberdayaan, KegiatanPemberdayaan, SaringanPemberdayaan, KegiatanPemberdayaanRingkasDto>();
    }
}
