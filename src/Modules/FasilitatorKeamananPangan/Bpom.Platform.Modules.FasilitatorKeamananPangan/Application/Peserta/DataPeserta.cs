using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;

/// <summary>A person registered to a cohort. A NIK already in the registry is the same person (their data is updated).</summary>
/// <param name="Nama">Full name.</param>
/// <param name="Nik">16-digit NIK.</param>
/// <param name="Telepon">Phone.</param>
/// <param name="Email">E-mail.</param>
/// <param name="Provinsi">Domicile province.</param>
/// <param name="KabupatenKota">Domicile regency/city.</param>
/// <param name="InstansiPenugas">The K/L/Pemda/organisation that assigns them.</param>
/// <param name="Perjanjian">Their work agreement (number/date).</param>
/// <param name="UptId">The participating UPT that registers them (a UPT user: their own unit).</param>
internal sealed record DataPeserta(
    string Nama, string Nik, string? Telepon, string? Email, string Provinsi, string KabupatenKota, string InstansiPenugas, string? Perjanjian, Guid? UptId);

internal sealed class DataPesertaValidator : AbstractValidator<DataPeserta>
{
    public DataPesertaValidator()
    {
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Nik).Must(Nik.Valid).WithMessage("NIK harus 16 angka yang sah (kode provinsi, tanggal lahir).");
        RuleFor(x => x.Telepon).MaximumLength(30).Matches(@"^\+?[0-9 ()-]{6,30}$").WithMessage("Nomor telepon tidak sah.").When(x => !string.IsNullOrWhiteSpace(x.Telepon));
        RuleFor(x => x.Email).MaximumLength(200).EmailAddress().WithMessage("Alamat e-mail tidak sah.").When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi domisili wajib diisi.").MaximumLength(100);
        RuleFor(x => x.KabupatenKota).NotEmpty().WithMessage("Kabupaten/kota domisili wajib diisi.").MaximumLength(100);
        RuleFor(x => x.InstansiPenugas).NotEmpty().WithMessage("Instansi/organisasi penugas wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Perjanjian).MaximumLength(200);
    }
}
