namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Contracts;

/// <summary>Marks the FasilitatorKeamananPangan contracts assembly (integration events and queries are added with the module's issue).</summary>
public static class AssemblyMarker;
