using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>A cohort (Angkatan): one run of SOP D by a Unit Kerja Pusat, optionally with UPTs, on the engine instance
/// <see cref="InstansId"/>.</summary>
internal sealed class Angkatan : IKegiatanSop
{
    public Angkatan(Guid id, Guid unitId, Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        UnitId = unitId;
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private Angkatan()
    {
    }

    public Guid Id { get; private set; }

    public Guid InstansId { get; private set; }

    /// <summary>Units its steps are routed to (they read it); kept by the shared SOP use cases.</summary>
    public List<Guid> UnitTerlibat { get; private set; } = [];

    IReadOnlyList<Guid> IKegiatanSop.UnitTerlibat => UnitTerlibat;

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    /// <summary>The run's title is the cohort's name.</summary>
    public string Judul => Nama;

    public string DasarKegiatan { get; private set; } = string.Empty;

    /// <summary>UPTs taking part (they recruit, step D2).</summary>
    public List<Guid> UptIds { get; private set; } = [];

    public LocalDate PendaftaranMulai { get; private set; }

    public LocalDate PendaftaranSelesai { get; private set; }

    /// <summary>The training institution recognised by BPOM where PPSDM trains the cohort.</summary>
    public string LembagaPelatihan { get; private set; } = string.Empty;

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void HubungkanInstans(Guid instansId) => InstansId = instansId;

    public void AturUnitTerlibat(IEnumerable<Guid> unit) => UnitTerlibat = [.. unit.Where(u => u != UnitId).Distinct().Order()];

    public void Isi(string nama, string dasar, IEnumerable<Guid> uptIds, LocalDate mulai, LocalDate selesai, string lembaga)
    {
        Nama = nama.Trim();
        DasarKegiatan = dasar.Trim();
        UptIds = uptIds.Distinct().ToList();
        PendaftaranMulai = mulai;
        PendaftaranSelesai = selesai;
        Tahun = mulai.Year;
        LembagaPelatihan = lembaga.Trim();
    }

    public string Ringkas() =>
        $"{Nama} | Pendaftaran {PendaftaranMulai:yyyy-MM-dd} s.d. {PendaftaranSelesai:yyyy-MM-dd} | {LembagaPelatihan} | UPT: {UptIds.Count} | Dasar: {DasarKegiatan}";
}
