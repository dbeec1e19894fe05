using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>A user account as admins see it (never the password hash).</summary>
internal sealed record PenggunaDto(
    Guid Id, string Username, string NamaLengkap, Guid UnitId, string NamaUnit, IReadOnlyList<string> Peran,
    bool Aktif, bool Terkunci, Instant? TerkunciSampai, Instant? LoginTerakhir, string? Email = null, uint Versi = 0) : IBerversi
{
    /// <summary>The account's version for <c>ETag</c>/<c>If-Match</c>.</summary>
    public string Etag => BuildingBlocks.Application.Etag.Buat(Id, Versi);
}

internal static partial class PenggunaRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> PeranValid<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Pilih minimal satu peran.")
            .Must(p => p.All(Peran.Semua.Contains))
            .WithMessage($"Peran tidak dikenal. Pilihan: {string.Join(", ", Peran.Semua)}.");

    public static IRuleBuilderOptions<T, string> KataSandiKuat<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Kata sandi wajib diisi.")
            .MinimumLength(10).WithMessage("Kata sandi minimal 10 karakter.")
            .MaximumLength(128)
            .Must(p => p.Any(char.IsLetter) && p.Any(char.IsDigit))
            .WithMessage("Kata sandi harus memuat huruf dan angka.");

    /// <summary>Optional e-mail address: empty means none; otherwise one plain address (local@domain.tld, ≤ 254).</summary>
    public static IRuleBuilderOptions<T, string?> EmailValid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(e => string.IsNullOrWhiteSpace(e) || (e.Trim().Length <= 254 && AlamatEmail().IsMatch(e.Trim())))
            .WithMessage("Alamat e-mail tidak valid (contoh: nama@pom.go.id).");

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^@\s,;<>""]+@[^@\s,;<>""]+\.[^@\s,;<>""]{2,}$")]
    private static partial System.Text.RegularExpressions.Regex AlamatEmail();

    public static async Task PastikanUnitAda(OrganisasiDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        if (!await db.UnitKerja.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("UnitId", "Unit kerja tidak ditemukan.")]);
        }
    }
}
