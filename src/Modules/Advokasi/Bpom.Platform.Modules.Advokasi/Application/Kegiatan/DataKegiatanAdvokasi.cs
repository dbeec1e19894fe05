using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Advokasi.Domain;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using NodaTime;

namespace Bpom.Platform.Modules.Advokasi.Application.Kegiatan;

/// <summary>What a user enters for a Kegiatan Advokasi.</summary>
/// <param name="Judul">Title.</param>
/// <param name="Topik">Topic / material.</param>
/// <param name="Komoditas">Obat, ObatTradisional, SuplemenKesehatan, Kosmetik or PanganOlahan.</param>
/// <param name="PemangkuKepentingan">Stakeholders advocated: at least one, each of one of the seven kinds, with a name.</param>
/// <param name="Bentuk">Fgd, Audiensi, Workshop or Lainnya.</param>
/// <param name="BentukLainnya">The form, when Lainnya.</param>
/// <param name="Lokasi">Where.</param>
/// <param name="TanggalRencanaMulai">Planned start.</param>
/// <param name="TanggalRencanaSelesai">Planned end (not before the start).</param>
/// <param name="DasarKegiatan">Basis: recommendation/study or leadership disposition (number and subject). Upload the
/// document itself as step A1's Kelengkapan.</param>
/// <param name="DasarRekomendasiId">A recommendation of last year's cycle of this SOP the activity is planned on
/// (<c>GET /api/siklus-tahunan/{kodeSop}/{tahun}/rekomendasi</c>): it counts as the first step's Kelengkapan.</param>
internal sealed record DataKegiatanAdvokasi(
    string Judul,
    string Topik,
    Komoditas? Komoditas,
    IReadOnlyList<PemangkuKepentingan>? PemangkuKepentingan,
    BentukAdvokasi? Bentuk,
    string? BentukLainnya,
    string Lokasi,
    LocalDate? TanggalRencanaMulai,
    LocalDate? TanggalRencanaSelesai,
    string DasarKegiatan,
    Guid? DasarRekomendasiId = null) : IDasarRekomendasi;

internal sealed class DataKegiatanAdvokasiValidator : AbstractValidator<DataKegiatanAdvokasi>
{
    public DataKegiatanAdvokasiValidator()
    {
        RuleFor(x => x.Judul).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Topik).NotEmpty().WithMessage("Topik wajib diisi.").MaximumLength(500);
        RuleFor(x => x.Komoditas).NotNull().WithMessage("Komoditas wajib dipilih.").IsInEnum();
        RuleFor(x => x.PemangkuKepentingan).NotEmpty().WithMessage("Pilih sekurang-kurangnya satu pemangku kepentingan.");
        RuleForEach(x => x.PemangkuKepentingan).ChildRules(p =>
        {
            p.RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis pemangku kepentingan tidak dikenal.");
            p.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama pemangku kepentingan wajib diisi.").MaximumLength(200);
        });
        RuleFor(x => x.PemangkuKepentingan).Must(p => p is null || p.Count <= 50).WithMessage("Paling banyak 50 pemangku kepentingan.");
        RuleFor(x => x.Bentuk).NotNull().WithMessage("Bentuk kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.BentukLainnya).NotEmpty().WithMessage("Sebutkan bentuk kegiatan lainnya.").MaximumLength(100)
            .When(x => x.Bentuk == BentukAdvokasi.Lainnya);
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
