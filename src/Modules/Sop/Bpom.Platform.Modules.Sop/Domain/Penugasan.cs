using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>A step-level routing to a unit other than the performing one, decided by the SOP module from the
/// activity's data (commodity, function). The unit sees it in its task list until it has reported / acknowledged;
/// the unit may read the activity.</summary>
internal sealed class PenugasanLangkah
{
    public PenugasanLangkah(Guid id, Guid instansId, string langkahKode, Guid unitId, JenisPenugasan jenis, string keterangan)
    {
        Id = id;
        InstansId = instansId;
        LangkahKode = langkahKode;
        UnitId = unitId;
        Jenis = jenis;
        Keterangan = keterangan;
    }

    private PenugasanLangkah()
    {
    }

    public Guid Id { get; private set; }

    public Guid InstansId { get; private set; }

    public string LangkahKode { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public JenisPenugasan Jenis { get; private set; }

    /// <summary>The routing rule that put the unit here (shown to users).</summary>
    public string Keterangan { get; private set; } = string.Empty;

    /// <summary>When the unit reported its part (Pelaksana) or acknowledged receipt (Penerima).</summary>
    public Instant? SelesaiPada { get; private set; }

    public Guid? SelesaiOlehId { get; private set; }

    public string? SelesaiOlehNama { get; private set; }

    /// <summary>The unit's report (Pelaksana: what was done) or note on receipt.</summary>
    public string? Catatan { get; private set; }

    public bool Selesai => SelesaiPada is not null;

    /// <summary>Records the unit's report or acknowledgement.</summary>
    public void Selesaikan(Instant sekarang, Guid olehId, string olehNama, string? catatan)
    {
        if (Selesai)
        {
            throw new DomainException(Jenis == JenisPenugasan.Penerima
                ? "Penerimaan sudah dicatat."
                : "Hasil tindak lanjut unit ini sudah dilaporkan.");
        }

        if (Jenis == JenisPenugasan.Pelaksana && string.IsNullOrWhiteSpace(catatan))
        {
            throw new DomainException("Uraikan hasil tindak lanjut unit Anda.");
        }

        SelesaiPada = sekarang;
        SelesaiOlehId = olehId;
        SelesaiOlehNama = olehNama;
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
    }
}
