using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Domain.HariKerja;

/// <summary>
/// The time zone a unit works in (its IANA id, e.g. <c>Asia/Makassar</c>), with WIB (<c>Asia/Jakarta</c>) when the id
/// is missing or unknown — the one place that rule lives. National dates (recaps, cut-offs) use <see cref="Nasional"/>.
/// </summary>
public static class ZonaWaktuUnit
{
    /// <summary>The default and national zone id (WIB).</summary>
    public const string IdNasional = "Asia/Jakarta";

    /// <summary>WIB, the zone of national dates.</summary>
    public static DateTimeZone Nasional { get; } = DateTimeZoneProviders.Tzdb[IdNasional];

    /// <summary>The zone of the given id, or WIB when it is empty or unknown.</summary>
    public static DateTimeZone Dari(string? zonaWaktu) =>
        string.IsNullOrEmpty(zonaWaktu) ? Nasional : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zonaWaktu) ?? Nasional;

    /// <summary>Today's date in the given zone id (WIB when empty or unknown).</summary>
    public static LocalDate HariIni(Instant sekarang, string? zonaWaktu = null) => sekarang.InZone(Dari(zonaWaktu)).Date;
}
