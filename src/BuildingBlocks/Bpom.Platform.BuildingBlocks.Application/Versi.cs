namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>A representation that carries its version as an HTTP entity tag (the host sets <c>ETag</c> on reads).</summary>
public interface IBerversi
{
    /// <summary>The entity tag, quoted (<c>"…"</c>).</summary>
    string Etag { get; }
}

/// <summary>Optimistic concurrency over HTTP: a write that sent <c>If-Match</c> with an older version of a resource it
/// changes is refused (412). Implemented by the host from the request headers.</summary>
public interface IPrasyaratVersi
{
    /// <summary>Throws <see cref="Exceptions.PrasyaratGagalException"/> when the request's <c>If-Match</c> names
    /// resource <paramref name="sumber"/> in another version than <paramref name="etagSaatIni"/>. Tags naming other
    /// resources, <c>*</c>, reads and requests without the header pass.</summary>
    void Pastikan(string sumber, string etagSaatIni);
}

/// <summary>Entity tags of the form <c>"{sumber}.{versi}"</c>.</summary>
public static class Etag
{
    public static string Buat(Guid sumber, long versi) => $"\"{sumber:N}.{versi}\"";
}
