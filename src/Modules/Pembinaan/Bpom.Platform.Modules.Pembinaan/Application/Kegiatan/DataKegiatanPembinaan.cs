using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;

/// <summary>A party guided: an existing registry record (<paramref name="Id"/>) or a new one. A new business with the
/// NIB (or, without NIB, the kind, name and kabupaten/kota) of an existing record is linked to that record.</summary>
/// <param name="Id">Existing registry record; the other fields are then ignored.</param>
/// <param name="Nama">Name.</param>
/// <param name="Jenis">PelakuUsaha, AsosiasiPelakuUsaha, KementerianLembaga, PemerintahDaerah, OrganisasiProfesi,
/// OrganisasiKemasyarakatan or KomunitasPendidikan.</param>
/// <param name="Nib">NIB (13 digits), businesses only.</param>
/// <param name="Umkm">Micro/small/medium business.</param>
/// <param name="Irtp">Industri Rumah Tangga Pangan (Pangan Olahan businesses).</param>
/// <param name="Provinsi">Province.</param>
/// <param name="KabupatenKota">Regency / city.</param>
internal sealed record SasaranMasukan(
    Guid? Id, string? Nama, JenisSasaran? Jenis, string? Nib, bool Umkm, bool Irtp, string? Provinsi, string? KabupatenKota);

/// <summary>What a user enters for a Kegiatan Pembinaan dan Pendampingan.</summary>
/// <param name="Judul">Title.</param>
/// <param name="Asal">InisiatifPusat, InisiatifUpt, SuratPermintaan or MouPks.</param>
/// <param name="DasarKegiatan">The letter / MoU / recommendation (number, date, subject); upload the document as B1's Kelengkapan.</param>
/// <param name="Komoditas">PanganOlahan, ObatTradisional, SuplemenKesehatan or Kosmetik.</param>
/// <param name="Fungsi">Fasilitator or Capa (decides where the step 4 report goes).</param>
/// <param name="Bentuk">Fgd, Audiensi, Workshop, BimbinganTeknis, Konsultasi or Pendampingan.</param>
/// <param name="Sasaran">The businesses or stakeholders guided (1–100).</param>
/// <param name="JumlahPeserta">Participants (0–100000).</param>
/// <param name="Lokasi">Where.</param>
/// <param name="TanggalRencanaMulai">Planned start.</param>
/// <param name="TanggalRencanaSelesai">Planned end.</param>
/// <param name="UptSetempatId">The UPT of the place guided (receives the surat rekomendasi, follows up). Defaults to the
/// user's own unit when that is a UPT; required for Unit Kerja Pusat.</param>
/// <param name="DasarRekomendasiId">A recommendation of last year's cycle of this SOP the activity is planned on
/// (<c>GET /api/siklus-tahunan/{kodeSop}/{tahun}/rekomendasi</c>): it counts as the first step's Kelengkapan.</param>
internal sealed record DataKegiatanPembinaan(
    string Judul,
    AsalPembinaan? Asal,
    string DasarKegiatan,
    KomoditasPembinaan? Komoditas,
    FungsiPembinaan? Fungsi,
    BentukPembinaan? Bentuk,
    IReadOnlyList<SasaranMasukan>? Sasaran,
    int? JumlahPeserta,
    string Lokasi,
    LocalDate? TanggalRencanaMulai,
    LocalDate? TanggalRencanaSelesai,
    Guid? UptSetempatId,
    Guid? DasarRekomendasiId = null) : IDasarRekomendasi;

internal sealed class DataKegiatanPembinaanValidator : AbstractValidator<DataKegiatanPembinaan>
{
    public DataKegiatanPembinaanValidator()
    {
        RuleFor(x => x.Judul).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Asal).NotNull().WithMessage("Asal kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi (nomor surat/MoU/rekomendasi).").MaximumLength(500);
        RuleFor(x => x.Komoditas).NotNull().WithMessage("Komoditas wajib dipilih.").IsInEnum();
        RuleFor(x => x.Fungsi).NotNull().WithMessage("Fungsi wajib dipilih (fasilitator atau CAPA).").IsInEnum();
        RuleFor(x => x.Bentuk).NotNull().WithMessage("Bentuk kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.Sasaran).NotEmpty().WithMessage("Isi sekurang-kurangnya satu pelaku usaha atau pemangku kepentingan yang dibina.")
            .Must(s => s is null || s.Count <= 100).WithMessage("Paling banyak 100 sasaran per kegiatan.");
        RuleForEach(x => x.Sasaran).Cascade(CascadeMode.Continue).ChildRules(s =>
        {
            s.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama sasaran wajib diisi.").MaximumLength(200).When(x => x.Id is null);
            s.RuleFor(x => x.Jenis).NotNull().WithMessage("Jenis sasaran wajib dipilih.").IsInEnum().When(x => x.Id is null);
            s.RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100).When(x => x.Id is null);
            s.RuleFor(x => x.KabupatenKota).NotEmpty().WithMessage("Kabupaten/kota wajib diisi.").MaximumLength(100).When(x => x.Id is null);
            s.RuleFor(x => x.Nib).Matches("^[0-9]{13}$").WithMessage("NIB terdiri atas 13 angka.")
                .When(x => x.Id is null && !string.IsNullOrWhiteSpace(x.Nib));
            s.RuleFor(x => x.Nib).Empty().WithMessage("NIB hanya untuk pelaku usaha.")
                .When(x => x.Id is null && x.Jenis is not null && x.Jenis != JenisSasaran.PelakuUsaha);
            s.RuleFor(x => x.Umkm).Equal(false).WithMessage("Penanda UMKM hanya untuk pelaku usaha.")
                .When(x => x.Id is null && x.Jenis is not null && x.Jenis != JenisSasaran.PelakuUsaha);
            s.RuleFor(x => x.Irtp).Equal(false).WithMessage("Penanda IRTP hanya untuk pelaku usaha.")
                .When(x => x.Id is null && x.Jenis is not null && x.Jenis != JenisSasaran.PelakuUsaha);
        });
        RuleFor(x => x.Sasaran).Must(s => s is null || !s.Any(x => x.Irtp)).WithMessage("IRTP hanya untuk komoditas pangan olahan.")
            .When(x => x.Komoditas is not null and not KomoditasPembinaan.PanganOlahan);
        RuleFor(x => x.JumlahPeserta).NotNull().WithMessage("Jumlah peserta wajib diisi.").InclusiveBetween(0, 100000);
        RuleFor(x => x.Lokasi).NotEmpty().WithMessage("Lokasi wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TanggalRencanaMulai).TanggalWajar();
        RuleFor(x => x.TanggalRencanaMulai).NotNull().WithMessage("Tanggal rencana mulai wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.TanggalRencanaSelesai).TanggalWajar();
        RuleFor(x => x.TanggalRencanaSelesai).NotNull().WithMessage("Tanggal rencana selesai wajib diisi.")
            .Must((x, d) => d is null || x.TanggalRencanaMulai is null || d >= x.TanggalRencanaMulai)
            .WithMessage("Tanggal rencana selesai tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.UptSetempatId).NotEqual(Guid.Empty);
    }
}
