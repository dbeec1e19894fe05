using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Domain;
using FluentValidation;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

/// <summary>A unit in the directory.</summary>
internal sealed record UnitKerjaDto(
    Guid Id,
    string Nama,
    JenisUnit Jenis,
    string? Kategori,
    string? Eselon1,
    string? Kota,
    string Provinsi,
    string ZonaWaktu,
    Guid? KoordinatorId,
    string? NamaKoordinator,
    bool Aktif,
    uint Versi = 0) : IBerversi
{
    /// <summary>The unit's version for <c>ETag</c>/<c>If-Match</c>.</summary>
    public string Etag => BuildingBlocks.Application.Etag.Buat(Id, Versi);
}

internal static class UnitKerjaProjection
{
    /// <summary>Projects to the DTO in SQL; order the source first (ordering survives the projection).</summary>
    public static IQueryable<UnitKerjaDto> ToDto(this IQueryable<Domain.UnitKerja> units, IQueryable<Domain.UnitKerja> all) =>
        units.Select(u => new UnitKerjaDto(u.Id, u.Nama, u.Jenis, u.Kategori, u.Eselon1, u.Kota, u.Provinsi, u.ZonaWaktu,
            u.KoordinatorId, all.Where(k => k.Id == u.KoordinatorId).Select(k => k.Nama).FirstOrDefault(), u.Aktif, u.Versi));
}

internal static class ZonaWaktuRules
{
    public static IRuleBuilderOptions<T, string> ZonaWaktuIana<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Zona waktu wajib diisi.")
            .Must(z => DateTimeZoneProviders.Tzdb.GetZoneOrNull(z ?? string.Empty) is not null)
            .WithMessage("Zona waktu harus berupa nama zona IANA, mis. Asia/Jakarta, Asia/Makassar, Asia/Jayapura.");
}
