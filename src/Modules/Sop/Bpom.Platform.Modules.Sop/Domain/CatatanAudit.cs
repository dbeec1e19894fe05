using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>One append-only audit entry: who (user and unit), when, what, from which state to which, why.</summary>
internal sealed class CatatanAudit
{
    public CatatanAudit(
        Guid id, Guid instansId, string? langkahKode, string aksi, string? dari, string? ke, string? alasan, string? keterangan,
        Guid? penggunaId, string namaPengguna, Guid? unitId, Instant waktu)
    {
        Id = id;
        InstansId = instansId;
        LangkahKode = langkahKode;
        Aksi = aksi;
        Dari = dari;
        Ke = ke;
        Alasan = alasan;
        Keterangan = keterangan;
        PenggunaId = penggunaId;
        NamaPengguna = namaPengguna;
        UnitId = unitId;
        Waktu = waktu;
    }

    private CatatanAudit()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Insertion order (database sequence): entries of one request share a timestamp.</summary>
    public long Urutan { get; private set; }

    public Guid InstansId { get; private set; }

    public string? LangkahKode { get; private set; }

    public string Aksi { get; private set; } = string.Empty;

    public string? Dari { get; private set; }

    public string? Ke { get; private set; }

    public string? Alasan { get; private set; }

    public string? Keterangan { get; private set; }

    /// <summary>Null for the system (deadline sweep, calendar recompute).</summary>
    public Guid? PenggunaId { get; private set; }

    public string NamaPengguna { get; private set; } = string.Empty;

    public Guid? UnitId { get; private set; }

    public Instant Waktu { get; private set; }
}
