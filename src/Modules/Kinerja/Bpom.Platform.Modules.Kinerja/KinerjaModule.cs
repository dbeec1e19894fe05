using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Kinerja.Api;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Application.Realisasi;
using Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Nasional;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Seed;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.Kinerja;

/// <summary>Kinerja (SAKIP): performance agreements, realisation entry and review, scores and predikat, SOP compliance
/// fed by the SOP engine's notifications, SKM results and action-plan monitoring.</summary>
public sealed class KinerjaModule : IModule
{
    public string Name => "Kinerja";

    public Assembly Contracts => typeof(Contracts.AssemblyMarker).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<KinerjaDbContext>(KinerjaDbContext.Schema);
        module.AddRecurringJob<PemantauRealisasi>("kinerja-pemantau-realisasi", "JadwalPemantauRealisasi", "0 7 * * *");
        module.Services.Configure<KinerjaOptions>(module.Configuration.GetSection("Kinerja"));
        module.Services.AddScoped<AksesKinerja>();
        module.Services.AddScoped<PenghitungNilai>();
        module.Services.AddScoped<KepatuhanSop>();
        module.Services.AddScoped<PembacaRencanaAksi>();
        module.Services.Configure<MvcOptions>(o => o.InputFormatters.Insert(0, new CsvInputFormatter()));
        module.AddSeeder<IsiAwalKepatuhanSop>();
        module.AddPengisiDataNasional<PengisiKinerjaNasional>();
        if (module.Configuration.GetValue("Seed:DemoKinerja", false))
        {
            module.AddSeeder<DemoKinerjaSeeder>();
        }
    }
}
