using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;

/// <summary>Imports participants from a CSV (UTF-8, comma, header) or XLSX (first sheet, header row) file with the
/// columns <c>nama,nik,telepon,email,provinsi,kabupaten_kota,instansi_penugas,perjanjian</c>. Every bad row is
/// reported (<c>baris[n].kolom</c>, n = the file's row number) and nothing is imported unless all rows are good.</summary>
internal sealed record ImporPesertaCommand(Guid AngkatanId, string NamaBerkas, byte[] Isi) : ICommand<AngkatanDto>;

internal sealed class ImporPesertaCommandValidator : AbstractValidator<ImporPesertaCommand>
{
    public ImporPesertaCommandValidator()
    {
        RuleFor(x => x.AngkatanId).NotEmpty();
        RuleFor(x => x.NamaBerkas).Must(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            .OverridePropertyName("berkas").WithMessage("Berkas harus .csv atau .xlsx.");
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= 5 * 1024 * 1024).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 5 MB.");
    }
}

internal sealed class ImporPesertaCommandHandler(FasilitatorDbContext db, AksesFasilitator akses, PembacaAngkatan pembaca, PendaftarPeserta pendaftar)
    : IRequestHandler<ImporPesertaCommand, AngkatanDto>
{
    private static readonly Dictionary<string, string> KeKolom = new(StringComparer.Ordinal)
    {
        ["nama"] = "nama",
        ["nik"] = "nik",
        ["telepon"] = "telepon",
        ["email"] = "email",
        ["provinsi"] = "provinsi",
        ["kabupatenKota"] = "kabupaten_kota",
        ["instansiPenugas"] = "instansi_penugas",
        ["perjanjian"] = "perjanjian",
        ["uptId"] = "upt",
    };

    public async Task<AngkatanDto> Handle(ImporPesertaCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.AngkatanId, cancellationToken);
        PendaftaranAngkatan.PastikanTerbuka(a, instans, akses);
        var rows = BacaBerkasPeserta.Baca(request.NamaBerkas, request.Isi);
        var data = rows.Select(r => new DataPeserta(
            r.GetValueOrDefault("nama", string.Empty), r.GetValueOrDefault("nik", string.Empty), r.GetValueOrDefault("telepon"), r.GetValueOrDefault("email"),
            r.GetValueOrDefault("provinsi", string.Empty), r.GetValueOrDefault("kabupaten_kota", string.Empty), r.GetValueOrDefault("instansi_penugas", string.Empty),
            r.GetValueOrDefault("perjanjian"), null)).ToList();
        var gagal = await pendaftar.DaftarkanAsync(a, data, "baris", cancellationToken);
        if (gagal.Count > 0)
        {
            // Row numbers as in the file: the header is row 1.
            throw new ValidationException(gagal.Select(g =>
            {
                var tutup = g.PropertyName.IndexOf(']', StringComparison.Ordinal);
                var indeks = int.Parse(g.PropertyName.AsSpan(6, tutup - 6), CultureInfo.InvariantCulture);
                var kolom = g.PropertyName[(tutup + 2)..];
                return new ValidationFailure($"baris[{indeks + 2}].{KeKolom.GetValueOrDefault(kolom, kolom)}", g.ErrorMessage);
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}
