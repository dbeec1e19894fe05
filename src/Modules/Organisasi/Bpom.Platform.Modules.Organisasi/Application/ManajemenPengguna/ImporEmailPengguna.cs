using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Impor;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using CsvHelper;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using PenggunaEntity = Bpom.Platform.Modules.Organisasi.Domain.Pengguna;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>What an e-mail import changed.</summary>
/// <param name="Diperbarui">Accounts whose address was set or changed.</param>
/// <param name="TidakBerubah">Rows that already matched.</param>
internal sealed record ImporEmailPenggunaResponse(int Diperbarui, int TidakBerubah);

/// <summary>
/// Sets users' e-mail addresses from CSV or XLSX (first sheet) with header <c>nama_pengguna,email</c> — the list a
/// unit's staff office keeps. An empty <c>email</c> removes the address. Every row is checked first (unknown user,
/// invalid address, a user twice); any bad row rejects the whole file and nothing changes.
/// </summary>
internal sealed record ImporEmailPenggunaCommand(byte[]? Isi) : ICommand<ImporEmailPenggunaResponse>;

internal sealed class ImporEmailPenggunaCommandValidator : AbstractValidator<ImporEmailPenggunaCommand>
{
    public const int UkuranMaksimum = 2_000_000;

    public ImporEmailPenggunaCommandValidator() =>
        RuleFor(x => x.Isi).NotEmpty().WithMessage("Berkas CSV atau XLSX wajib diunggah dan tidak boleh kosong.").OverridePropertyName("berkas")
            .Must(b => b is null || b.Length <= UkuranMaksimum).WithMessage("Berkas terlalu besar (maksimum 2 MB).");
}

internal sealed class ImporEmailPenggunaCommandHandler(OrganisasiDbContext db) : IRequestHandler<ImporEmailPenggunaCommand, ImporEmailPenggunaResponse>
{
    private const string Field = "berkas";
    private static readonly InlineValidator<string?> Alamat = Buat();

    public async Task<ImporEmailPenggunaResponse> Handle(ImporEmailPenggunaCommand request, CancellationToken cancellationToken)
    {
        List<(int Nomor, Dictionary<string, string> Nilai)> rows;
        try
        {
            rows = TabelImpor.Baca(request.Isi!, ["nama_pengguna", "email"], 20_000);
        }
        catch (CsvHelperException ex)
        {
            throw new ValidationException([new ValidationFailure(Field, $"Berkas CSV tidak dapat dibaca: {ex.Message.Split('\n')[0]}")]);
        }

        var nama = rows.Select(r => PenggunaEntity.NormalisasiUsername(r.Nilai.GetValueOrDefault("nama_pengguna") ?? string.Empty)).Where(n => n.Length > 0).Distinct().ToArray();
        var pengguna = await db.Pengguna.Where(p => nama.Contains(p.Username)).ToDictionaryAsync(p => p.Username, cancellationToken);
        var errors = new List<ValidationFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perubahan = new List<(PenggunaEntity Pengguna, string? Email)>();
        foreach (var (baris, nilai) in rows)
        {
            var username = PenggunaEntity.NormalisasiUsername(nilai.GetValueOrDefault("nama_pengguna") ?? string.Empty);
            var email = PenggunaEntity.NormalisasiEmail(nilai.GetValueOrDefault("email"));
            var salah = new List<string>();
            if (!pengguna.TryGetValue(username, out var p))
            {
                salah.Add(username.Length == 0 ? "nama_pengguna wajib diisi" : $"pengguna '{username}' tidak ditemukan");
            }
            else if (!seen.Add(username))
            {
                salah.Add($"pengguna '{username}' muncul lebih dari sekali");
            }

            if (!Alamat.Validate(email).IsValid)
            {
                salah.Add($"alamat e-mail '{email}' tidak valid");
            }

            if (salah.Count > 0)
            {
                errors.Add(new ValidationFailure($"{Field}[{baris}]", $"Baris {baris}: {string.Join("; ", salah)}."));
                continue;
            }

            perubahan.Add((p!, email));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var diperbarui = 0;
        foreach (var (p, email) in perubahan.Where(x => x.Pengguna.Email != x.Email))
        {
            p.GantiEmail(email);
            diperbarui++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImporEmailPenggunaResponse(diperbarui, perubahan.Count - diperbarui);
    }

    private static InlineValidator<string?> Buat()
    {
        var v = new InlineValidator<string?>();
        v.RuleFor(x => x).EmailValid();
        return v;
    }
}
