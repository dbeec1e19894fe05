using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Daftar;
using Bpom.Platform.Modules.Sop.Application.Dokumen;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Application.Tenggat;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Bpom.Platform.Modules.Sop.Infrastructure.Nasional;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Infrastructure.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.Sop;

/// <summary>The SOP engine: its schema <c>sop</c>, definitions, running activities, deadlines, documents, audit,
/// recommendations and notifications, with their endpoints. Shared by the four SOP modules.</summary>
public sealed class SopModule : IModule
{
    public string Name => "Sop";

    public Assembly Contracts => typeof(BuatInstansSopCommand).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<SopDbContext>(SopDbContext.Schema);
        module.AddRecurringJob<PenyapuTenggat>("sop-sapuan-tenggat", "JadwalSapuan", "*/15 * * * *");
        module.AddSeeder<SopSeeder>();
        module.AddSeeder<PengisiPosisiInstans>();
        module.AddPengisiDataNasional<PengisiSopNasional>();
        module.Services.AddSingleton<DaftarSop>();
        module.Services.AddScoped<AksesSop>();
        module.Services.AddScoped<Application.Kalender.PenyusunUmpanKalender>();
        module.Services.AddScoped<PembacaInstans>();
        module.Services.AddScoped<PeringkasInstans>();
        module.Services.AddScoped<PencatatAudit>();
        module.Services.AddScoped<PemberitahuLangkah>();
        module.Services.AddScoped<PengaturPenugasan>();
        module.Services.AddScoped<PenyusunDaftarKegiatan>();
        module.Services.AddScoped<PengelolaKegiatanSop>();
        module.Services.AddScoped<PenyimpanDokumen>();
        module.Services.AddScoped<PenghitungUlangJatuhTempo>();
    }
}
