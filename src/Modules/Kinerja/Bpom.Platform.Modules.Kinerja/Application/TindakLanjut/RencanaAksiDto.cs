using Bpom.Platform.Modules.Kinerja.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

/// <summary>An action plan as shown, with what the user may do.</summary>
internal sealed record RencanaAksiDto(
    Guid Id, Guid UnitId, string Unit, int Tahun, int Semester, SumberRekomendasi Sumber, string NomorRekomendasi, string Rekomendasi, string? Rencana,
    LocalDate? BatasWaktu, string? Catatan, bool? SesuaiRekomendasi, StatusRencanaAksi Status, IReadOnlyList<Guid> Bukti, string? BuktiDisahkanOleh,
    Instant? BuktiDisahkanPada, string? AlasanMasihOpen, bool BolehUbah, bool BolehNilai, bool BolehSahkanBukti)
{
    /// <summary>The SKM element (U1–U9) addressed, for recommendations from an SKM.</summary>
    public string? Unsur { get; init; }

    public string? KondisiSebelum { get; init; }

    public string? KondisiSesudah { get; init; }
}

/// <summary>What can be done to an action plan.</summary>
internal enum AksiRencanaAksi
{
    /// <summary>The unit fills in the plan, deadline, note and evidence.</summary>
    Isi = 1,

    /// <summary>The reviewer (planning unit) judges whether the plan matches the recommendation.</summary>
    Nilai = 2,

    /// <summary>The unit head signs off the evidence.</summary>
    SahkanBukti = 3,

    /// <summary>The unit closes the item (plan + signed-off evidence needed).</summary>
    Tutup = 4,
}
