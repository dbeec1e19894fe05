using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>An evidence document of a realisation (data dukung). Its bytes are in the Berkas module
/// (<see cref="BerkasId"/>).</summary>
internal sealed class DokumenKinerja
{
    private DokumenKinerja()
    {
    }

    public DokumenKinerja(Guid unitId, Guid berkasId, string namaBerkas, string jenisKonten, long ukuran, Instant pada, string oleh)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        BerkasId = berkasId;
        NamaBerkas = namaBerkas;
        JenisKonten = jenisKonten;
        Ukuran = ukuran;
        Pada = pada;
        Oleh = oleh;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string NamaBerkas { get; private set; } = string.Empty;

    public string JenisKonten { get; private set; } = string.Empty;

    /// <summary>The stored bytes (Berkas module).</summary>
    public Guid BerkasId { get; private set; }

    public long Ukuran { get; private set; }

    public Instant Pada { get; private set; }

    public string Oleh { get; private set; } = string.Empty;
}
