using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Impor;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using CsvHelper;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Result of a CSV import.</summary>
internal sealed record ImporHariLiburResponse(int Ditambahkan, int Diperbarui, int TidakBerubah);

/// <summary>
/// Imports holidays from CSV or XLSX (first sheet) with header <c>date,kind,name,basis</c> (the seed format; the SKB's
/// decree number per row in <c>basis</c>). Rows are matched on
/// (date, name): new ones are added, existing ones updated. All rows are checked first; any bad row rejects the
/// whole file and nothing changes.
/// </summary>
internal sealed record ImporHariLiburCommand(byte[]? Isi) : ICommand<ImporHariLiburResponse>;

internal sealed class ImporHariLiburCommandValidator : AbstractValidator<ImporHariLiburCommand>
{
    public const int UkuranMaksimum = 1_000_000;

    public ImporHariLiburCommandValidator() =>
        RuleFor(x => x.Isi).NotEmpty().WithMessage("Berkas CSV atau XLSX wajib diunggah dan tidak boleh kosong.").OverridePropertyName("berkas")
            .Must(b => b is null || b.Length <= UkuranMaksimum).WithMessage("Berkas terlalu besar (maksimum 1 MB).");
}

internal sealed class ImporHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<ImporHariLiburCommand, ImporHariLiburResponse>
{
    private const string Field = "berkas";

    public async Task<ImporHariLiburResponse> Handle(ImporHariLiburCommand request, CancellationToken cancellationToken)
    {
        var rows = Parse(request.Isi!);
        var ada = await db.TanggalLibur.ToListAsync(cancellationToken);
        var index = ada.ToDictionary(t => (t.Tanggal, t.Nama));
        int baru = 0, ubah = 0, sama = 0;
        foreach (var (tanggal, jenis, nama, dasar) in rows)
        {
            if (index.TryGetValue((tanggal, nama), out var libur))
            {
                if (libur.Jenis == jenis && libur.DasarHukum == (string.IsNullOrWhiteSpace(dasar) ? null : dasar.Trim()))
                {
                    sama++;
                    continue;
                }

                libur.Ubah(tanggal, jenis, nama, dasar);
                ubah++;
            }
            else
            {
                libur = new TanggalLibur(Guid.CreateVersion7(), tanggal, jenis, nama, dasar);
                db.TanggalLibur.Add(libur);
                index[(tanggal, nama)] = libur;
                baru++;
            }
        }

        if (baru + ubah > 0)
        {
            await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        }

        return new ImporHariLiburResponse(baru, ubah, sama);
    }

    private static List<(LocalDate Tanggal, JenisHariLibur Jenis, string Nama, string? Dasar)> Parse(byte[] isi)
    {
        var hasil = new List<(LocalDate, JenisHariLibur, string, string?)>();
        var errors = new List<ValidationFailure>();
        List<(int Nomor, Dictionary<string, string> Nilai)> rows;
        try
        {
            rows = TabelImpor.Baca(isi, ["date", "kind", "name"], 5000);
        }
        catch (CsvHelperException ex)
        {
            throw new ValidationException([new ValidationFailure(Field, $"Berkas CSV tidak dapat dibaca: {ex.Message.Split('\n')[0]}")]);
        }

        var seen = new HashSet<(LocalDate, string)>();
        foreach (var (baris, nilai) in rows)
        {
            var tanggalText = nilai.GetValueOrDefault("date") ?? string.Empty;
            var kind = nilai.GetValueOrDefault("kind");
            var nama = (nilai.GetValueOrDefault("name") ?? string.Empty).Trim();
            var dasar = nilai.GetValueOrDefault("basis") is { Length: > 0 } d ? d : null;
            var parsed = LocalDatePattern.Iso.Parse(tanggalText.Trim());
            var jenis = HariLiburCsv.ParseJenis(kind);
            var salah = new List<string>();
            if (!parsed.Success)
            {
                salah.Add($"tanggal '{tanggalText}' bukan format YYYY-MM-DD");
            }
            else if (parsed.Value < KalenderRules.TanggalMinimum || parsed.Value > KalenderRules.TanggalMaksimum)
            {
                salah.Add("tanggal di luar rentang 2000–2100");
            }

            if (jenis is null)
            {
                salah.Add($"kind '{kind}' harus {HariLiburCsv.LiburNasional} atau {HariLiburCsv.CutiBersama}");
            }

            if (nama.Length is 0 or > 200)
            {
                salah.Add("name wajib diisi (maksimum 200 karakter)");
            }

            if (dasar?.Length > 300)
            {
                salah.Add("basis maksimum 300 karakter");
            }

            if (salah.Count == 0 && !seen.Add((parsed.Value, nama)))
            {
                salah.Add("baris ganda (tanggal dan nama yang sama muncul lebih dari sekali)");
            }

            if (salah.Count > 0)
            {
                errors.Add(new ValidationFailure($"{Field}[{baris}]", $"Baris {baris}: {string.Join("; ", salah)}."));
                continue;
            }

            hasil.Add((parsed.Value, jenis!.Value, nama, dasar));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return hasil;
    }
}
