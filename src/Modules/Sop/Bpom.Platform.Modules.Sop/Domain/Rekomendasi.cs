using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>Status of a follow-up.</summary>
internal enum StatusTindakLanjut
{
    Open = 1,
    Close = 2,
}

/// <summary>
/// A recommendation that came out of an activity (e.g. step 3 of Advokasi): an owner, a target date and follow-ups.
/// It is closed when it has follow-ups and all are closed. Reusable by every SOP module (it hangs off the instance).
/// </summary>
internal sealed class Rekomendasi
{
    private readonly List<TindakLanjut> _tindakLanjut = [];

    public Rekomendasi(Guid id, Guid instansId, int nomor, string uraian, string penanggungJawab, LocalDate targetTanggal, Instant dibuatPada, Guid dibuatOlehId,
        Guid? unitTujuanId = null)
    {
        Id = id;
        UnitTujuanId = unitTujuanId;
        InstansId = instansId;
        Nomor = nomor;
        DibuatPada = dibuatPada;
        DibuatOlehId = dibuatOlehId;
        Ubah(uraian, penanggungJawab, targetTanggal);
    }

    private Rekomendasi()
    {
    }

    public Guid Id { get; private set; }

    public Guid InstansId { get; private set; }

    public int Nomor { get; private set; }

    public string Uraian { get; private set; } = string.Empty;

    /// <summary>Who owns it (a unit, stakeholder or person, as written in the activity's result).</summary>
    public string PenanggungJawab { get; private set; } = string.Empty;

    public LocalDate TargetTanggal { get; private set; }

    /// <summary>The unit a leadership directive (arahan) is addressed to; null for an activity's recommendation.</summary>
    public Guid? UnitTujuanId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public Guid DibuatOlehId { get; private set; }

    public IReadOnlyList<TindakLanjut> TindakLanjut => _tindakLanjut.OrderBy(t => t.Nomor).ToList();

    public StatusTindakLanjut Status =>
        _tindakLanjut.Count > 0 && _tindakLanjut.All(t => t.Status == StatusTindakLanjut.Close) ? StatusTindakLanjut.Close : StatusTindakLanjut.Open;

    public void Ubah(string uraian, string penanggungJawab, LocalDate targetTanggal)
    {
        Uraian = uraian.Trim();
        PenanggungJawab = penanggungJawab.Trim();
        TargetTanggal = targetTanggal;
    }

    public TindakLanjut TambahTindakLanjut(Guid id, string uraian, Instant sekarang, Guid olehId)
    {
        var tl = new TindakLanjut(id, Id, _tindakLanjut.Count + 1, uraian.Trim(), sekarang, olehId);
        _tindakLanjut.Add(tl);
        return tl;
    }
}

/// <summary>A follow-up of a recommendation: Open until closed with evidence (a <see cref="JenisDokumen.Bukti"/>
/// document); it may be reopened with a reason.</summary>
internal sealed class TindakLanjut
{
    internal TindakLanjut(Guid id, Guid rekomendasiId, int nomor, string uraian, Instant dibuatPada, Guid dibuatOlehId)
    {
        Id = id;
        RekomendasiId = rekomendasiId;
        Nomor = nomor;
        Uraian = uraian;
        DibuatPada = dibuatPada;
        DibuatOlehId = dibuatOlehId;
        Status = StatusTindakLanjut.Open;
    }

    private TindakLanjut()
    {
    }

    public Guid Id { get; private set; }

    public Guid RekomendasiId { get; private set; }

    public int Nomor { get; private set; }

    public string Uraian { get; private set; } = string.Empty;

    public StatusTindakLanjut Status { get; private set; }

    public Guid? BuktiDokumenId { get; private set; }

    public string? Catatan { get; private set; }

    public Instant DibuatPada { get; private set; }

    public Guid DibuatOlehId { get; private set; }

    public Instant? DitutupPada { get; private set; }

    public void Tutup(Guid buktiDokumenId, string? catatan, Instant sekarang)
    {
        if (Status == StatusTindakLanjut.Close)
        {
            throw new DomainException($"Tindak lanjut {Nomor} sudah ditutup.");
        }

        BuktiDokumenId = buktiDokumenId;
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
        Status = StatusTindakLanjut.Close;
        DitutupPada = sekarang;
    }

    public void BukaKembali(string alasan)
    {
        if (Status == StatusTindakLanjut.Open)
        {
            throw new DomainException($"Tindak lanjut {Nomor} masih terbuka.");
        }

        if (string.IsNullOrWhiteSpace(alasan))
        {
            throw new DomainException("Alasan wajib diisi.");
        }

        Status = StatusTindakLanjut.Open;
        Catatan = alasan.Trim();
        DitutupPada = null;
    }
}
