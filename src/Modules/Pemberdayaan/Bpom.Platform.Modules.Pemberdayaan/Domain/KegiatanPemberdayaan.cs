using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.Pemberdayaan.Domain;

/// <summary>The community empowerment programme an activity belongs to.</summary>
internal enum ProgramPemberdayaan
{
    DesaPanganAman = 1,
    PasarPanganAman = 2,
    PanganJajananAnakSekolah = 3,
    KaderOtSkKos = 4,
    Kie = 5,
    Lainnya = 6,
}

/// <summary>Kind of community reached.</summary>
internal enum JenisKomunitas
{
    Desa = 1,
    Pasar = 2,
    Sekolah = 3,
    Pkk = 4,
    KarangTaruna = 5,
    OrganisasiProfesi = 6,
    OrganisasiKemasyarakatan = 7,
    Lainnya = 8,
}

/// <summary>How the community is empowered (SOP C step 3).</summary>
internal enum BentukPemberdayaan
{
    Bimtek = 1,
    PembentukanKaderKomunitas = 2,
    Kie = 3,
}

/// <summary>Role of a person formed.</summary>
internal enum PeranKader
{
    Kader = 1,
    Duta = 2,
}

/// <summary>A target community: a village, market, school, PKK, … with its region.</summary>
internal sealed record KomunitasSasaran(JenisKomunitas Jenis, string Nama, string Provinsi, string KabupatenKota);

/// <summary>A kader or duta formed by an activity.</summary>
internal sealed class Kader
{
    public Kader(Guid id, string nama, PeranKader peran, string komunitas, string? kontak)
    {
        Id = id;
        Nama = nama.Trim();
        Peran = peran;
        Komunitas = komunitas.Trim();
        Kontak = string.IsNullOrWhiteSpace(kontak) ? null : kontak.Trim();
    }

    private Kader()
    {
    }

    public Guid Id { get; private set; }

    public Guid KegiatanId { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    public PeranKader Peran { get; private set; }

    /// <summary>The community the person serves (one of the activity's target communities, by name).</summary>
    public string Komunitas { get; private set; } = string.Empty;

    /// <summary>Phone or e-mail.</summary>
    public string? Kontak { get; private set; }
}

/// <summary>A Kegiatan Pemberdayaan Masyarakat (SOP POM-04.01 C, steps 1–4): programme, communities reached, form,
/// kader/duta formed, participants; steps on the SOP engine instance <see cref="InstansId"/>.</summary>
internal sealed class KegiatanPemberdayaan : IKegiatanSop
{
    private readonly List<Kader> _kader = [];

    public KegiatanPemberdayaan(Guid id, Guid unitId, Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        UnitId = unitId;
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private KegiatanPemberdayaan()
    {
    }

    public Guid Id { get; private set; }

    public Guid InstansId { get; private set; }

    /// <summary>Units its steps are routed to (they read it); kept by the shared SOP use cases.</summary>
    public List<Guid> UnitTerlibat { get; private set; } = [];

    IReadOnlyList<Guid> IKegiatanSop.UnitTerlibat => UnitTerlibat;

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    /// <summary>When step C3 (pelaksanaan) finished, as the engine has it: the date the recap counts the activity in.
    /// Kept by <c>PenyegarTerlaksana</c> from the engine's step events.</summary>
    public LocalDate? TanggalTerlaksana { get; private set; }

    /// <summary>False until <see cref="TanggalTerlaksana"/> has been read from the engine once (rows from before the
    /// column, and the national dataset, are filled at start-up).</summary>
    public bool TerlaksanaDicek { get; private set; }

    public string Judul { get; private set; } = string.Empty;

    public ProgramPemberdayaan Program { get; private set; }

    public string? ProgramLainnya { get; private set; }

    public List<KomunitasSasaran> Komunitas { get; private set; } = [];

    public BentukPemberdayaan Bentuk { get; private set; }

    public IReadOnlyList<Kader> Kader => _kader;

    public int JumlahPeserta { get; private set; }

    public string Lokasi { get; private set; } = string.Empty;

    public LocalDate TanggalRencanaMulai { get; private set; }

    public LocalDate TanggalRencanaSelesai { get; private set; }

    public string DasarKegiatan { get; private set; } = string.Empty;

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void HubungkanInstans(Guid instansId) => InstansId = instansId;

    public void AturUnitTerlibat(IEnumerable<Guid> unit) => UnitTerlibat = [.. unit.Where(u => u != UnitId).Distinct().Order()];

    public void Isi(
        string judul, ProgramPemberdayaan program, string? programLainnya, IEnumerable<KomunitasSasaran> komunitas, BentukPemberdayaan bentuk,
        IEnumerable<Kader> kader, int peserta, string lokasi, LocalDate mulai, LocalDate selesai, string dasar)
    {
        Judul = judul.Trim();
        Program = program;
        ProgramLainnya = program == ProgramPemberdayaan.Lainnya ? programLainnya?.Trim() : null;
        Komunitas = komunitas.Select(k => k with { Nama = k.Nama.Trim(), Provinsi = k.Provinsi.Trim(), KabupatenKota = k.KabupatenKota.Trim() }).ToList();
        Bentuk = bentuk;
        _kader.Clear();
        _kader.AddRange(kader);
        JumlahPeserta = peserta;
        Lokasi = lokasi.Trim();
        TanggalRencanaMulai = mulai;
        TanggalRencanaSelesai = selesai;
        Tahun = mulai.Year;
        DasarKegiatan = dasar.Trim();
    }

    /// <summary>A one-line description of the editable fields, for the audit trail.</summary>
    public string Ringkas() =>
        $"{Judul} | {Program}{(ProgramLainnya is null ? string.Empty : $" ({ProgramLainnya})")} | {Bentuk} | {JumlahPeserta} peserta | {Lokasi} | " +
        $"{TanggalRencanaMulai:yyyy-MM-dd} s.d. {TanggalRencanaSelesai:yyyy-MM-dd} | " +
        string.Join("; ", Komunitas.Select(k => $"{k.Jenis}: {k.Nama} ({k.KabupatenKota})")) + $" | Kader: {_kader.Count} | Dasar: {DasarKegiatan}";
}
