using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>An uploaded document version. Re-uploading the same kind to the same step adds a version; none is
/// deleted. The content lives in <see cref="IsiDokumen"/> so listings stay light.</summary>
internal sealed class DokumenSop
{
    public DokumenSop(
        Guid id, Guid instansId, string langkahKode, JenisDokumen jenis, int versi, string namaBerkas, string jenisKonten,
        long ukuran, string sha256, Guid diunggahOlehId, string diunggahOlehNama, Instant diunggahPada)
    {
        Id = id;
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

/// <summary>The bytes of a document version.</summary>
internal sealed class IsiDokumen(Guid dokumenId, byte[] isi)
{
    public Guid DokumenId { get; private set; } = dokumenId;

    public byte[] Isi { get; private set; } = isi;
}
