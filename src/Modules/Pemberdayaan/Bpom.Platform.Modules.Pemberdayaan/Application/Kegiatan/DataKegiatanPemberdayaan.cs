using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using NodaTime;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan;

/// <summary>A kader or duta formed.</summary>
/// <param name="Nama">Name.</param>
/// <param name="Peran">Kader or Duta.</param>
/// <param name="Komunitas">The community served (name of one of the target communities).</param>
/// <param name="Kontak">Phone or e-mail (optional).</param>
internal sealed record KaderMasukan(string Nama, PeranKader? Peran, string Komunitas, string? Kontak);

/// <summary>What a user enters for a Kegiatan Pemberdayaan Masyarakat.</summary>
/// <param name="Judul">Title.</param>
/// <param name="Program">DesaPanganAman, PasarPanganAman, PanganJajananAnakSekolah, KaderOtSkKos, Kie or Lainnya.</param>
/// <param name="ProgramLainnya">The programme, when Lainnya.</param>
/// <param name="Komunitas">Target communities (1–200) with their region.</param>
/// <param name="Bentuk">Bimtek, PembentukanKaderKomunitas or Kie.</param>
/// <param name="Kader">Kader/duta formed (0–500).</param>
/// <param name="JumlahPeserta">Participants.</param>
/// <param name="Lokasi">Where.</param>
/// <param name="TanggalRencanaMulai">Planned start.</param>
/// <param name="TanggalRencanaSelesai">Planned end.</param>
/// <param name="DasarKegiatan">Basis (recommendation, request letter, MoU); the document is C1's Kelengkapan.</param>
/// <param name="DasarRekomendasiId">A recommendation of last year's cycle of this SOP the activity is planned on
/// (<c>GET /api/siklus-tahunan/{kodeSop}/{tahun}/rekomendasi</c>): it counts as the first step's Kelengkapan.</param>
internal sealed record DataKegiatanPemberdayaan(
    string Judul,
    ProgramPemberdayaan? Program,
    string? ProgramLainnya,
    IReadOnlyList<KomunitasSasaran>? Komunitas,
    BentukPemberdayaan? Bentuk,
    IReadOnlyList<KaderMasukan>? Kader,
    int? JumlahPeserta,
    string Lokasi,
    LocalDate? TanggalRencanaMulai,
    LocalDate? TanggalRencanaSelesai,
    string DasarKegiatan,
    Guid? DasarRekomendasiId = null) : IDasarRekomendasi;

internal sealed class DataKegiatanPemberdayaanValidator : AbstractValidator<DataKegiatanPemberdayaan>
{
    public DataKegiatanPemberdayaanValidator()
    {
        RuleFor(x => x.Judul).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Program).NotNull().WithMessage("Program wajib dipilih.").IsInEnum();
        RuleFor(x => x.ProgramLainnya).NotEmpty().WithMessage("Sebutkan program lainnya.").MaximumLength(100)
            .When(x => x.Program == ProgramPemberdayaan.Lainnya);
        RuleFor(x => x.Komunitas).NotEmpty().WithMessage("Isi sekurang-kurangnya satu komunitas sasaran.")
            .Must(k => k is null || k.Count <= 200).WithMessage("Paling banyak 200 komunitas per kegiatan.");
        RuleForEach(x => x.Komunitas).Cascade(CascadeMode.Continue).ChildRules(k =>
        {
            k.RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis komunitas tidak dikenal.");
            k.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama komunitas wajib diisi.").MaximumLength(200);
            k.RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100);
            k.RuleFor(x => x.KabupatenKota).NotEmpty().WithMessage("Kabupaten/kota wajib diisi.").MaximumLength(100);
        });
        RuleFor(x => x.Bentuk).NotNull().WithMessage("Bentuk kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.Kader).Must(k => k is null || k.Count <= 500).WithMessage("Paling banyak 500 kader per kegiatan.");
        RuleForEach(x => x.Kader).Cascade(CascadeMode.Continue).ChildRules(k =>
        {
            k.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama kader wajib diisi.").MaximumLength(200);
            k.RuleFor(x => x.Peran).NotNull().WithMessage("Peran wajib dipilih (kader atau duta).").IsInEnum();
            k.RuleFor(x => x.Komunitas).NotEmpty().WithMessage("Komunitas kader wajib diisi.").MaximumLength(200);
            k.RuleFor(x => x.Kontak).MaximumLength(100);
        });
        RuleForEach(x => x.Kader).Must((x, k) => k is null || x.Komunitas is null || x.Komunitas.Any(s => s is not null && string.Equals(s.Nama?.Trim(), k.Komunitas?.Trim(), StringComparison.OrdinalIgnoreCase)))
            .WithMessage("Komunitas kader harus salah satu komunitas sasaran kegiatan.");
        RuleFor(x => x.JumlahPeserta).NotNull().WithMessage("Jumlah peserta wajib diisi.").InclusiveBetween(0, 1000000);
        RuleFor(x => x.Lokasi).NotEmpty().WithMessage("Lokasi wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TanggalRencanaMulai).TanggalWajar();
        RuleFor(x => x.TanggalRencanaMulai).NotNull().WithMessage("Tanggal rencana mulai wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.TanggalRencanaSelesai).TanggalWajar();
        RuleFor(x => x.TanggalRencanaSelesai).NotNull().WithMessage("Tanggal rencana selesai wajib diisi.")
            .Must((x, d) => d is null || x.TanggalRencanaMulai is null || d >= x.TanggalRencanaMulai)
            .WithMessage("Tanggal rencana selesai tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi.").MaximumLength(500);
    }
}
