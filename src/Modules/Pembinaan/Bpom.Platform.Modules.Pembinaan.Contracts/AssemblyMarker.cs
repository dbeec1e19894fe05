namespace Bpom.Platform.Modules.Pembinaan.Contracts;

/// <summary>Marks the Pembinaan contracts assembly (integration events and queries are added with the module's issue).</summary>
public static class AssemblyMarker;
