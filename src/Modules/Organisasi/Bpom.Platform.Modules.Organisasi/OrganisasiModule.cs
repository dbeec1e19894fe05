using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Organisasi;

/// <summary>Units, users, roles, login and the HK calendar.</summary>
public sealed class OrganisasiModule : IModule
{
    public string Name => "Organisasi";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<OrganisasiDbContext>(configuration, OrganisasiDbContext.Schema);
        services.AddSingleton<KalenderCache>();
        services.AddScoped<IKalenderHariKerjaSource, KalenderHariKerjaSource>();
        services.AddScoped<IDirektoriOrganisasi, DirektoriOrganisasi>();
        services.AddScoped<TokenService>();
        services.AddSingleton<IPasswordHasher<Pengguna>, PasswordHasher<Pengguna>>();
        services.Configure<AccountLockoutOptions>(configuration.GetSection(AccountLockoutOptions.SectionName));
        services.AddScoped<IDataSeeder, OrganisasiSeeder>();
        if (configuration.GetValue<bool?>("Seed:DemoUsers") ?? environment.IsDevelopment())
        {
            services.AddScoped<IDataSeeder, DemoUserSeeder>();
        }

        if (configuration.GetValue("Kalender:PemeriksaanHarian", true))
        {
            services.AddHostedService<KalenderWatchdog>();
        }
    }
}
