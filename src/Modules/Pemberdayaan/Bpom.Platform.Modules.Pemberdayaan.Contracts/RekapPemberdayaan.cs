using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Pemberdayaan.Contracts;

/// <summary>What community empowerment reached in one unit over a period: activities carried out (step C3 finished
/// in the period), distinct villages, markets, schools and other communities, kader/duta formed, participants.</summary>
/// <param name="UnitId">Performing unit.</param>
/// <param name="NamaUnit">Its name.</param>
/// <param name="JumlahKegiatan">Activities carried out.</param>
/// <param name="Desa">Distinct villages reached.</param>
/// <param name="Pasar">Distinct markets reached.</param>
/// <param name="Sekolah">Distinct schools reached.</param>
/// <param name="KomunitasLain">Distinct other communities (PKK, karang taruna, organisations, …).</param>
/// <param name="Kader">Kader and duta formed.</param>
/// <param name="Peserta">Participants.</param>
public sealed record RekapPemberdayaanUnitDto(
    Guid UnitId, string NamaUnit, int JumlahKegiatan, int Desa, int Pasar, int Sekolah, int KomunitasLain, int Kader, int Peserta);

/// <summary>The recap per unit and its total (a community reached by two units counts once in the total).</summary>
public sealed record RekapPemberdayaanDto(int Tahun, string? Periode, IReadOnlyList<RekapPemberdayaanUnitDto> Unit, RekapPemberdayaanUnitDto Total);

/// <summary>Community empowerment counts per unit for a year or a period of it, over the activities the user may read.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or B01–B12; null = the whole year.</param>
/// <param name="UnitId">Only this unit.</param>
public sealed record RekapPemberdayaanQuery(int Tahun, string? Periode, Guid? UnitId) : IQueryRekap<RekapPemberdayaanDto>;
