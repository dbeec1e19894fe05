using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>An uploaded document version. Re-uploading the same kind to the same step adds a version; none is
/// deleted. Its bytes are in the Berkas module (<see cref="BerkasId"/>), so lists and details never carry them.</summary>
internal sealed class DokumenSop
{
    public DokumenSop(
        Guid id, Guid berkasId, Guid instansId, string langkahKode, JenisDokumen jenis, int versi, string namaBerkas, string jenisKonten,
        long ukuran, string sha256, Guid diunggahOlehId, string diunggahOlehNama, Instant diunggahPada)
    {
        Id = id;
        BerkasId = berkasId;
        InstansId = instansId;
        LangkahKode = langkahKode;
        Jenis = jenis;
        Versi = versi;
        NamaBerkas = namaBerkas;
        JenisKonten = jenisKonten;
        Ukuran = ukuran;
        Sha256 = sha256;
        DiunggahOlehId = diunggahOlehId;
        DiunggahOlehNama = diunggahOlehNama;
        DiunggahPada = diunggahPada;
    }

    private DokumenSop()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The stored bytes (Berkas module).</summary>
    public Guid BerkasId { get; private set; }

    public Guid InstansId { get; private set; }

    public string LangkahKode { get; private set; } = string.Empty;

    public JenisDokumen Jenis { get; private set; }

    public int Versi { get; private set; }

    public string NamaBerkas { get; private set; } = string.Empty;

    public string JenisKonten { get; private set; } = string.Empty;

    public long Ukuran { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public Guid DiunggahOlehId { get; private set; }

    public string DiunggahOlehNama { get; private set; } = string.Empty;

    public Instant DiunggahPada { get; private set; }
}
