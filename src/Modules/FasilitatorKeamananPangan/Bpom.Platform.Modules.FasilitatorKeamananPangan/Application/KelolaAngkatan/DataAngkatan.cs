using Bpom.Platform.BuildingBlocks.Application;
using FluentValidation;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;

/// <summary>What a user enters for a cohort.</summary>
/// <param name="Nama">Cohort name, e.g. "Angkatan I 2026".</param>
/// <param name="DasarKegiatan">Basis (recommendation, request letter, MoU/PKS or proposal); the document is D1's Kelengkapan.</param>
/// <param name="UptIds">UPTs taking part (they recruit in step D2).</param>
/// <param name="PendaftaranMulai">Registration opens.</param>
/// <param name="PendaftaranSelesai">Registration closes.</param>
/// <param name="LembagaPelatihan">The training institution recognised by BPOM.</param>
internal sealed record DataAngkatan(string Nama, string DasarKegiatan, IReadOnlyList<Guid>? UptIds, LocalDate? PendaftaranMulai, LocalDate? PendaftaranSelesai, string LembagaPelatihan);

internal sealed class DataAngkatanValidator : AbstractValidator<DataAngkatan>
{
    public DataAngkatanValidator()
    {
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama angkatan wajib diisi.").MaximumLength(200);
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi.").MaximumLength(500);
        RuleFor(x => x.UptIds).Must(u => u is null || u.Count <= 50).WithMessage("Paling banyak 50 UPT.");
        RuleForEach(x => x.UptIds).NotEmpty();
        RuleFor(x => x.PendaftaranMulai).TanggalWajar();
        RuleFor(x => x.PendaftaranMulai).NotNull().WithMessage("Tanggal pendaftaran dibuka wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.PendaftaranSelesai).TanggalWajar();
        RuleFor(x => x.PendaftaranSelesai).NotNull().WithMessage("Tanggal pendaftaran ditutup wajib diisi.")
            .Must((x, d) => d is null || x.PendaftaranMulai is null || d >= x.PendaftaranMulai)
            .WithMessage("Pendaftaran tidak boleh ditutup sebelum dibuka.");
        RuleFor(x => x.LembagaPelatihan).NotEmpty().WithMessage("Lembaga pelatihan wajib diisi.").MaximumLength(300);
    }
}
