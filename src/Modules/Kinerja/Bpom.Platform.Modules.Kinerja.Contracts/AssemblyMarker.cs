namespace Bpom.Platform.Modules.Kinerja.Contracts;

/// <summary>Marks the Kinerja contracts assembly (integration events and queries are added with the module's issue).</summary>
public static class AssemblyMarker;
