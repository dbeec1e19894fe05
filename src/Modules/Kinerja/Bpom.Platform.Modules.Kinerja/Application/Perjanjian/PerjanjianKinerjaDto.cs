using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Kinerja.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Perjanjian;

/// <summary>A PK as shown and edited.</summary>
internal sealed record PerjanjianKinerjaDto(
    Guid Id, Guid UnitId, string Unit, int Tahun, int Versi, IReadOnlyList<PerspektifPk> Perspektif, Instant DiubahPada, string DiubahOleh, bool BolehUbah)
    : IBerversi
{
    /// <summary>The PK's version for <c>ETag</c>/<c>If-Match</c> (send it with <c>PUT /api/kinerja/pk</c>).</summary>
    public string Etag => Akses.VersiKinerja.Pk(Id, Versi, DiubahPada);
}

/// <summary>A frozen revision of a PK.</summary>
internal sealed record VersiPkDto(int Versi, Instant Pada, string Oleh, string? Alasan, IReadOnlyList<PerspektifPk> Perspektif);

/// <summary>PKs of a year the user may read (unit, version, number of indicators).</summary>
internal sealed record RingkasPkDto(Guid Id, Guid UnitId, string Unit, int Tahun, int Versi, int JumlahIndikator);
