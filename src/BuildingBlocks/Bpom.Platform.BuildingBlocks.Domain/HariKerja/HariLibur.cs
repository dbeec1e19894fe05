using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Domain.HariKerja;

/// <summary>Kind of a non-working day as the SKB (joint ministerial decree) names it.</summary>
public enum JenisHariLibur
{
    /// <summary>Hari libur nasional.</summary>
    LiburNasional = 1,

    /// <summary>Cuti bersama (collective leave); whether it is a working day is a setting.</summary>
    CutiBersama = 2,
}

/// <summary>One holiday as the calendar needs it.</summary>
public readonly record struct HariLibur(LocalDate Tanggal, JenisHariLibur Jenis);
