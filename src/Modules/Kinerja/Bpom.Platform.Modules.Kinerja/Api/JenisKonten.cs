namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Content types of Kinerja downloads.</summary>
internal static class JenisKonten
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
