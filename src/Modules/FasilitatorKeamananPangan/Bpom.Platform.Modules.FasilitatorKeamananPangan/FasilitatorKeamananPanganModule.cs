using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Monev;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Rekap;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Nasional;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan;

/// <summary>SOP D — Pembentukan Fasilitator Keamanan Pangan: cohorts on the shared SOP engine, the facilitator registry
/// (one record per person), their path and certificates, PPSDM queue, assignments and public certificate verification.</summary>
public sealed class FasilitatorKeamananPanganModule : IModule
{
    public string Name => "FasilitatorKeamananPangan";

    public Assembly Contracts => typeof(Contracts.AssemblyMarker).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<FasilitatorDbContext>(FasilitatorDbContext.Schema);
        module.AddPengisiDataNasional<PengisiFasilitatorNasional>();
        module.Services.AddDeskripsiSop(SopFasilitator.Deskripsi);
        module.Services.AddRepositori<FasilitatorDbContext, Angkatan>();
        module.Services.AddKegiatanSop<ModulAngkatan, Angkatan, DataAngkatan, AngkatanDto>();
        module.Services.AddDaftarKegiatanSop<ModulAngkatan, Angkatan, TanpaSaringan, AngkatanRingkasDto>();
        module.AddRecurringJob<MonevTriwulanFasilitator>("fasilitator-monev-triwulan", "JadwalMonevTriwulan", "0 7 * * *");
        module.Services.AddScoped<AksesFasilitator>();
        module.Services.AddScoped<PembacaAngkatan>();
        module.Services.AddScoped<PendaftarPeserta>();
        module.Services.AddScoped<PencatatSertifikat>();
        module.Services.AddScoped<CakupanFasilitator>();
        module.Services.AddRincianTahunan<RincianTahunanFasilitator>();
    }
}
