namespace Bpom.Platform.Modules.Pemberdayaan.Contracts;

/// <summary>Marks the Pemberdayaan contracts assembly (integration events and queries are added with the module's issue).</summary>
public static class AssemblyMarker;
