using System.Reflection;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Organisasi.Application.Auth;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Nasional;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Organisasi;

/// <summary>Units, users, roles, login and the HK calendar.</summary>
public sealed class OrganisasiModule : IModule
{
    public string Name => "Organisasi";

    public Assembly Contracts => typeof(UnitKerjaRingkas).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<OrganisasiDbContext>(OrganisasiDbContext.Schema);
        module.Services.AddSingleton<KalenderCache>();
        module.Services.AddSingleton<CacheDirektori>();
        module.Services.Configure<OpsiCacheOrganisasi>(module.Configuration.GetSection("Organisasi"));
        module.Services.AddScoped<IKalenderHariKerjaSource, KalenderHariKerjaSource>();
        module.Services.AddScoped<IDirektoriOrganisasi, DirektoriOrganisasi>();
        module.Services.AddScoped<TokenService>();
        module.Services.AddScoped<PenerbitSesi>();
        module.Services.AddScoped<PenjagaLogin>();
        module.Services.AddHttpContextAccessor();
        module.Services.AddMemoryCache();
        module.Services.AddSingleton<PemeriksaSesi>();
        module.Services.AddSingleton<IPemeriksaSesi>(sp => sp.GetRequiredService<PemeriksaSesi>());
        module.Services.AddSingleton<IPasswordHasher<Pengguna>, PasswordHasher<Pengguna>>();
        module.Services.Configure<AccountLockoutOptions>(module.Configuration.GetSection(AccountLockoutOptions.SectionName));
        // One key ring for every instance, in PostgreSQL: what one instance protects another can read.
        module.Services.AddDataProtection().SetApplicationName("bpom-platform").PersistKeysToDbContext<OrganisasiDbContext>();
        module.AddSeeder<OrganisasiSeeder>();
        module.AddSeeder<Application.Kalender.PembaruanHariLiburSeeder>();
        module.AddPengisiDataNasional<PengisiOrganisasiNasional>();
        module.AddRecurringJob<PembersihPercobaanLogin>("organisasi-bersihkan-percobaan-login", "JadwalBersihkanPercobaanLogin", "17 * * * *");
        module.AddRecurringJob<Application.Kalender.PengingatHariLibur>("organisasi-pengingat-hari-libur", "JadwalPengingatHariLibur", "0 8 * * *");
        if (module.Configuration.GetValue<bool?>("Seed:DemoUsers") ?? module.Environment.IsDevelopment())
        {
            module.AddSeeder<DemoUserSeeder>();
        }

        if (module.Configuration.GetValue("Kalender:PemeriksaanHarian", true))
        {
            module.Services.AddHostedService<KalenderWatchdog>();
        }
    }
}
