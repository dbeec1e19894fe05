using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.SiklusTahunan.Application;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.SiklusTahunan;

/// <summary>The yearly cycle of SOP A, B and C (laporan tahunan, rekapitulasi, arahan, monev tahun berjalan) on the
/// SOP engine: opened by a daily job early the next year, drafted from the engine's and the SOP modules' data
/// (<see cref="IRincianTahunan"/>), with Word and XLSX documents.</summary>
public sealed class SiklusTahunanModule : IModule
{
    public string Name => "SiklusTahunan";

    public Assembly Contracts => typeof(IRincianTahunan).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<SiklusTahunanDbContext>(SiklusTahunanDbContext.Schema);
        module.Services.Configure<OpsiSiklusTahunan>(module.Configuration.GetSection("SiklusTahunan"));
        module.Services.AddScoped<PembacaSiklus>();
        module.AddRecurringJob<PemantauSiklusTahunan>("siklus-tahunan", "JadwalSiklusTahunan", "15 6 * * *");
    }
}
