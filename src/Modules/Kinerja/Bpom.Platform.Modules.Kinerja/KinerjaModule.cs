using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Api;
using Bpom.Platform.Modules.Kinerja.Application;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Seed;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Kinerja;

/// <summary>Kinerja (SAKIP): performance agreements, realisation entry and review, scores and predikat, SOP compliance
/// fed by the SOP engine's notifications, SKM results and action-plan monitoring.</summary>
public sealed class KinerjaModule : IModule
{
    public string Name => "Kinerja";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<KinerjaDbContext>(configuration, KinerjaDbContext.Schema);
        services.Configure<KinerjaOptions>(configuration.GetSection("Kinerja"));
        services.AddScoped<AksesKinerja>();
        services.AddScoped<PenghitungNilai>();
        services.AddScoped<KepatuhanSop>();
        services.AddScoped<PemantauRealisasi>();
        services.AddScoped<PembacaRencanaAksi>();
        services.Configure<MvcOptions>(o => o.InputFormatters.Insert(0, new CsvInputFormatter()));
        services.AddScoped<IDataSeeder, IsiAwalKepatuhanSop>();
        if (configuration.GetValue("Seed:DemoKinerja", false))
        {
            services.AddScoped<IDataSeeder, DemoKinerjaSeeder>();
        }
    }
}
