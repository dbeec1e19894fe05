using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>A recognised facilitator assigned to mentor a business (from the Pembinaan registry, or a plain record).</summary>
internal sealed class PendampinganFasilitator
{
    public PendampinganFasilitator(
        Guid id, Guid fasilitatorId, Guid? sasaranPembinaanId, string namaUsaha, string? nib, LocalDate mulai, LocalDate? selesai, string? catatan,
        Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        FasilitatorId = fasilitatorId;
        SasaranPembinaanId = sasaranPembinaanId;
        NamaUsaha = namaUsaha.Trim();
        Nib = string.IsNullOrWhiteSpace(nib) ? null : nib.Trim();
        Mulai = mulai;
        Selesai = selesai;
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private PendampinganFasilitator()
    {
    }

    public Guid Id { get; private set; }

    public Guid FasilitatorId { get; private set; }

    public Guid? SasaranPembinaanId { get; private set; }

    public string NamaUsaha { get; private set; } = string.Empty;

    public string? Nib { get; private set; }

    public LocalDate Mulai { get; private set; }

    public LocalDate? Selesai { get; private set; }

    public string? Catatan { get; private set; }

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }
}
