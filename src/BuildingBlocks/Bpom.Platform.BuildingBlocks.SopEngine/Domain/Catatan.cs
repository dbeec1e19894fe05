using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Domain;

/// <summary>What a document is to its step.</summary>
public enum JenisDokumen
{
    /// <summary>The step's required input when it comes from outside the SOP (e.g. the basis of step 1).</summary>
    Kelengkapan = 1,

    /// <summary>The step's output document.</summary>
    Output = 2,

    /// <summary>Evidence of a follow-up (tindak lanjut).</summary>
    Bukti = 3,
}

/// <summary>An uploaded document version. Re-uploading the same kind to the same step adds a version; none is
/// deleted. The content lives in <see cref="IsiDokumen"/> so listings stay light.</summary>
public sealed class DokumenSop
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
public sealed class IsiDokumen(Guid dokumenId, byte[] isi)
{
    public Guid DokumenId { get; private set; } = dokumenId;

    public byte[] Isi { get; private set; } = isi;
}

/// <summary>One append-only audit entry: who (user and unit), when, what, from which state to which, why.</summary>
public sealed class CatatanAudit
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

/// <summary>Status of a follow-up.</summary>
public enum StatusTindakLanjut
{
    Open = 1,
    Close = 2,
}

/// <summary>
/// A recommendation that came out of an activity (e.g. step 3 of Advokasi): an owner, a target date and follow-ups.
/// It is closed when it has follow-ups and all are closed. Reusable by every SOP module (it hangs off the instance).
/// </summary>
public sealed class Rekomendasi
{
    private readonly List<TindakLanjut> _tindakLanjut = [];

    public Rekomendasi(Guid id, Guid instansId, int nomor, string uraian, string penanggungJawab, LocalDate targetTanggal, Instant dibuatPada, Guid dibuatOlehId)
    {
        Id = id;
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
public sealed class TindakLanjut
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

/// <summary>Kind of in-app notification.</summary>
public enum JenisNotifikasi
{
    Pengingat = 1,
    Eskalasi = 2,
    Informasi = 3,
}

/// <summary>An in-app notification for one user.</summary>
public sealed class Notifikasi
{
    public Notifikasi(
        Guid id, Guid penggunaId, JenisNotifikasi jenis, string judul, string pesan, Guid? instansId, string? modul,
        Guid? referensiId, string? langkahKode, Instant dibuatPada)
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
    }

    private Notifikasi()
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

    public Instant? DibacaPada { get; private set; }

    public void TandaiDibaca(Instant sekarang) => DibacaPada ??= sekarang;
}
