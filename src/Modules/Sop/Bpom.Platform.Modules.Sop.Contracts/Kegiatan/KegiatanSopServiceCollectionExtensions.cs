using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

public static class KegiatanSopServiceCollectionExtensions
{
    /// <summary>The shared create, edit and read use cases for an SOP module's activities, with the module's plug-in.</summary>
    public static IServiceCollection AddKegiatanSop<TModul, TKegiatan, TData, TDto>(this IServiceCollection services)
        where TModul : class, IModulKegiatanSop<TKegiatan, TData, TDto>, IIndeksKegiatanSop<TKegiatan>
        where TKegiatan : class, IKegiatanSop
        where TData : class
    {
        services.AddScoped<IModulKegiatanSop<TKegiatan, TData, TDto>, TModul>();
        services.AddScoped<IIndeksKegiatanSop<TKegiatan>, TModul>();
        services.AddScoped<IRequestHandler<IsiIndeksKegiatanSopCommand<TKegiatan>, int>, IsiIndeksKegiatanSopHandler<TKegiatan>>();
        services.AddSingleton<IValidator<IsiIndeksKegiatanSopCommand<TKegiatan>>, IsiIndeksKegiatanSopValidator<TKegiatan>>();
        services.AddScoped<IDataSeeder, PengisiIndeksKegiatan<TKegiatan>>();
        services.AddScoped<IRequestHandler<BuatKegiatanSopCommand<TData, TDto>, TDto>, BuatKegiatanSopHandler<TKegiatan, TData, TDto>>();
        services.AddScoped<IRequestHandler<UbahKegiatanSopCommand<TData, TDto>, TDto>, UbahKegiatanSopHandler<TKegiatan, TData, TDto>>();
        services.AddScoped<IRequestHandler<GetKegiatanSopQuery<TDto>, TDto>, GetKegiatanSopHandler<TKegiatan, TData, TDto>>();
        services.AddSingleton<IValidator<BuatKegiatanSopCommand<TData, TDto>>, BuatKegiatanSopValidator<TData, TDto>>();
        services.AddSingleton<IValidator<UbahKegiatanSopCommand<TData, TDto>>, UbahKegiatanSopValidator<TData, TDto>>();
        services.AddSingleton<IValidator<GetKegiatanSopQuery<TDto>>, GetKegiatanSopValidator<TDto>>();
        return services;
    }

    /// <summary>The shared list of an SOP module's activities, with the module's filters and rows.</summary>
    public static IServiceCollection AddDaftarKegiatanSop<TDaftar, TKegiatan, TSaringan, TRingkas>(this IServiceCollection services)
        where TDaftar : class, IDaftarKegiatanSop<TKegiatan, TSaringan, TRingkas>
        where TKegiatan : class, IKegiatanSop
        where TSaringan : class
    {
        services.AddScoped<IDaftarKegiatanSop<TKegiatan, TSaringan, TRingkas>, TDaftar>();
        services.AddScoped<IRequestHandler<DaftarKegiatanSopQuery<TSaringan, TRingkas>, Halaman<TRingkas>>, DaftarKegiatanSopHandler<TKegiatan, TSaringan, TRingkas>>();
        services.AddSingleton<IValidator<DaftarKegiatanSopQuery<TSaringan, TRingkas>>, DaftarKegiatanSopValidator<TSaringan, TRingkas>>();
        services.AddScoped<IRequestHandler<EksporKegiatanSopQuery<TSaringan, TRingkas>, BerkasEkspor>, EksporKegiatanSopHandler<TKegiatan, TSaringan, TRingkas>>();
        services.AddSingleton<IValidator<EksporKegiatanSopQuery<TSaringan, TRingkas>>, EksporKegiatanSopValidator<TSaringan, TRingkas>>();
        return services;
    }
}
