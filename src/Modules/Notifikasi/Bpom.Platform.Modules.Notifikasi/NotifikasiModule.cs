using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Notifikasi.Application;
using Bpom.Platform.Modules.Notifikasi.Application.Surel;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.Notifikasi;

/// <summary>In-app notifications for every module: each user's inbox (<c>/api/notifikasi</c>) and the commands other
/// modules send them with (<see cref="KirimNotifikasiCommand"/>, <see cref="KirimNotifikasiUnitCommand"/>), once per
/// claim key — and their e-mail (<see cref="OpsiEmail"/>): sent every minute by the preference of each user,
/// collected into a daily digest, failures visible to admins.</summary>
public sealed class NotifikasiModule : IModule
{
    public string Name => "Notifikasi";

    public Assembly Contracts => typeof(KirimNotifikasiCommand).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<NotifikasiDbContext>(NotifikasiDbContext.Schema);
        module.Services.AddScoped<PenulisNotifikasi>();
        module.Services.Configure<OpsiEmail>(module.Configuration.GetSection(OpsiEmail.Bagian));
        module.Services.AddSingleton<IPembukaSaluranSurel, PembukaSaluranSmtp>();
        module.Services.AddScoped<TautanSpa>();
        module.AddRecurringJob<PengirimSurel>("notifikasi-kirim-surel", "JadwalKirimSurel", "* * * * *");
        module.AddRecurringJob<PenyusunRingkasan>("notifikasi-ringkasan-surel", "JadwalRingkasanSurel", "0 * * * *");
    }
}
