namespace Bpom.Platform.Modules.Advokasi.Contracts;

/// <summary>Marks the Advokasi contracts assembly (integration events and queries are added with the module's issue).</summary>
public static class AssemblyMarker;
