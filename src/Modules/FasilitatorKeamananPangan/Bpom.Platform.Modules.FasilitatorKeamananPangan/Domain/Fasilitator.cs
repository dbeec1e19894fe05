using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>A food-safety facilitator: one record per person (by NIK) across cohorts.</summary>
internal sealed class Fasilitator
{
    public Fasilitator(Guid id, string nik, Instant dibuatPada)
    {
        Id = id;
        Nik = nik;
        DibuatPada = dibuatPada;
    }

    private Fasilitator()
    {
    }

    public Guid Id { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    /// <summary>Shown whole only to authorised roles (see the API); masked for everyone else.</summary>
    public string Nik { get; private set; } = string.Empty;

    public string? Telepon { get; private set; }

    public string? Email { get; private set; }

    public string Provinsi { get; private set; } = string.Empty;

    public string KabupatenKota { get; private set; } = string.Empty;

    /// <summary>The K/L/Pemda/organisation that assigns the person.</summary>
    public string InstansiPenugas { get; private set; } = string.Empty;

    /// <summary>The work agreement with that organisation (number/date).</summary>
    public string? Perjanjian { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void Isi(string nama, string? telepon, string? email, string provinsi, string kabupatenKota, string instansiPenugas, string? perjanjian)
    {
        Nama = nama.Trim();
        Telepon = Kosong(telepon);
        Email = Kosong(email);
        Provinsi = provinsi.Trim();
        KabupatenKota = kabupatenKota.Trim();
        InstansiPenugas = instansiPenugas.Trim();
        Perjanjian = Kosong(perjanjian);
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A competency certificate (SOP D step 4), issued by an LSP under a scheme.</summary>
internal sealed record SertifikatKompetensi(string Nomor, string Skema, string Lsp, LocalDate Tanggal, LocalDate? BerlakuSampai, Guid? DokumenId);

/// <summary>A recognition certificate (SOP D step 6), ratified by PPSDM / Kepala BPOM.</summary>
internal sealed record SertifikatPengakuan(string Nomor, string DisahkanOleh, LocalDate Tanggal, LocalDate BerlakuSampai, Guid? DokumenId);

/// <summary>One transition of a participant: who did it and when.</summary>
internal sealed record RiwayatPeserta(StatusPeserta Dari, StatusPeserta Ke, AksiPeserta Aksi, string? Catatan, Guid OlehId, string OlehNama, Instant Pada);
