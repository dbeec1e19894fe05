using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Api;

/// <summary>Body of a bulk participant action.</summary>
/// <param name="PesertaIds">Participants.</param>
/// <param name="Aksi">Rekrut, CatatPelatihan or Hentikan.</param>
/// <param name="HasilPelatihan">Kompeten or BelumKompeten (CatatPelatihan).</param>
/// <param name="Catatan">Reason (Hentikan) or note.</param>
internal sealed record TransisiPesertaRequest(IReadOnlyList<Guid> PesertaIds, AksiPeserta? Aksi, HasilPelatihan? HasilPelatihan, string? Catatan);

/// <summary>Body of a competency certificate.</summary>
internal sealed record SertifikatKompetensiRequest(string Nomor, string Skema, string Lsp, LocalDate? Tanggal, LocalDate? BerlakuSampai);

/// <summary>Body of a recognition certificate.</summary>
internal sealed record SertifikatPengakuanRequest(string Nomor, string DisahkanOleh, LocalDate? Tanggal, LocalDate? BerlakuSampai);

/// <summary>Body of a mentoring assignment.</summary>
internal sealed record PendampinganRequest(Guid? SasaranPembinaanId, string? NamaUsaha, string? Nib, LocalDate? Mulai, LocalDate? Selesai, string? Catatan);

/// <summary>Body of a quarterly monev report.</summary>
internal sealed record KirimMonevRequest(string Ringkasan);
