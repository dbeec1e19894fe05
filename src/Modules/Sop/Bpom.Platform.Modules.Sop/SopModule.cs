using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Dokumen;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Application.Tenggat;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Infrastructure.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Sop;

/// <summary>The SOP engine: its schema <c>sop</c>, definitions, running activities, deadlines, documents, audit,
/// recommendations and notifications, with their endpoints. Shared by the four SOP modules.</summary>
public sealed class SopModule : IModule
{
    public string Name => "Sop";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<SopDbContext>(configuration, SopDbContext.Schema, typeof(BuatInstansSopCommand).Assembly);
        services.AddScoped<IDataSeeder, SopSeeder>();
        services.AddScoped<AksesSop>();
        services.AddScoped<PembacaInstans>();
        services.AddScoped<PencatatAudit>();
        services.AddScoped<PengaturPenugasan>();
        services.AddScoped<PenyusunDaftarKegiatan>();
        services.AddScoped<PengelolaKegiatanSop>();
        services.AddScoped<PenyimpanDokumen>();
        services.AddScoped<PenyapuTenggat>();
    }
}
