using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Application.Akses;

/// <summary>
/// Entity tags of Kinerja resources for <c>ETag</c>/<c>If-Match</c>: a PK by its id and last change; a monthly or
/// quarterly report by its PK and period (one resource across its versions) and the latest version's number and last
/// change, so a save, a submission, a return or a new version each make earlier tags stale. A PK's tag likewise
/// holds its revision number and last change.
/// </summary>
internal static class VersiKinerja
{
    public static string SumberPk(Guid pkId) => pkId.ToString("N");

    public static string Pk(PerjanjianKinerja pk) => Pk(pk.Id, pk.Versi, pk.DiubahPada);

    public static string Pk(Guid id, int versi, NodaTime.Instant diubahPada) => $"\"{SumberPk(id)}.{versi}-{diubahPada.ToUnixTimeTicks()}\"";

    public static string SumberLaporan(Guid pkId, string periode) => $"realisasi-{pkId:N}-{periode}";

    public static string Laporan(Guid pkId, string periode, LaporanRealisasi? kini) =>
        $"\"{SumberLaporan(pkId, periode)}.{kini?.Versi ?? 0}-{kini?.DiubahPada.ToUnixTimeTicks() ?? 0}\"";
}
