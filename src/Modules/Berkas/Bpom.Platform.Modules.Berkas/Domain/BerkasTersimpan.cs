using NodaTime;

namespace Bpom.Platform.Modules.Berkas.Domain;

/// <summary>A checked document and its bytes.</summary>
internal sealed class BerkasTersimpan
{
    public BerkasTersimpan(Guid id, string modul, string namaBerkas, string jenisKonten, string sha256, byte[] isi, Instant disimpanPada)
    {
        Id = id;
        Modul = modul;
        NamaBerkas = namaBerkas;
        JenisKonten = jenisKonten;
        Sha256 = sha256;
        Isi = isi;
        Ukuran = isi.Length;
        DisimpanPada = disimpanPada;
    }

    private BerkasTersimpan()
    {
    }

    public Guid Id { get; private set; }

    public string Modul { get; private set; } = string.Empty;

    public string NamaBerkas { get; private set; } = string.Empty;

    public string JenisKonten { get; private set; } = string.Empty;

    public long Ukuran { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Isi { get; private set; } = [];

    public Instant DisimpanPada { get; private set; }
}
