using Bpom.Platform.Modules.Notifikasi.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Domain;

/// <summary>An in-app notification for one user.</summary>
internal sealed class NotifikasiPengguna
{
    public NotifikasiPengguna(
        Guid id, Guid penggunaId, JenisNotifikasi jenis, string judul, string pesan, Guid? instansId, string? modul,
        Guid? referensiId, string? langkahKode, Instant dibuatPada, string? parameter = null, LocalDate? jatuhTempo = null)
    {
        Id = id;
        PenggunaId = penggunaId;
        Jenis = jenis;
        Judul = judul;
        Pesan = pesan;
        InstansId = instansId;
        Modul = modul;
        ReferensiId = referensiId;
        LangkahKode = langkahKode;
        DibuatPada = dibuatPada;
        Parameter = parameter;
        JatuhTempo = jatuhTempo;
    }

    private NotifikasiPengguna()
    {
    }

    public Guid Id { get; private set; }

    public Guid PenggunaId { get; private set; }

    public JenisNotifikasi Jenis { get; private set; }

    public string Judul { get; private set; } = string.Empty;

    public string Pesan { get; private set; } = string.Empty;

    public Guid? InstansId { get; private set; }

    public string? Modul { get; private set; }

    public Guid? ReferensiId { get; private set; }

    public string? LangkahKode { get; private set; }

    public Instant DibuatPada { get; private set; }

    /// <summary>Query parameters that pick the item on the module's page (see <see cref="KirimNotifikasiUnitCommand.Parameter"/>).</summary>
    public string? Parameter { get; private set; }

    /// <summary>The due date it is about, if any.</summary>
    public LocalDate? JatuhTempo { get; private set; }

    public Instant? DibacaPada { get; private set; }

    public void TandaiDibaca(Instant sekarang) => DibacaPada ??= sekarang;
}
