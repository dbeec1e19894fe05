using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Auth;

/// <summary>Tokens issued on a successful login or refresh.</summary>
/// <param name="AccessToken">JWT to send as <c>Authorization: Bearer …</c> (short-lived: <c>Auth:AccessTokenMinutes</c>).</param>
/// <param name="ExpiresAt">When the access token stops being accepted.</param>
/// <param name="RefreshToken">Exchanged once at <c>POST /api/auth/refresh</c> for a new pair (rotation); keep it secret.</param>
/// <param name="RefreshExpiresAt">When the session ends without a new login.</param>
internal sealed record LoginResponse(string AccessToken, Instant ExpiresAt, string RefreshToken, Instant RefreshExpiresAt);

/// <summary>Outcome of a login attempt; a failure is a value (not an exception) so that the failed-attempt
/// counter is committed.</summary>
internal sealed record LoginResult(LoginResponse? Response);

internal sealed record LoginCommand(string Username, string Password) : ICommand<LoginResult>, ITanpaPengaruhRekap;

internal sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(x => x.Username).NotEmpty().WithMessage("Nama pengguna wajib diisi.").MaximumLength(64);
        RuleFor(x => x.Password).NotEmpty().WithMessage("Kata sandi wajib diisi.").MaximumLength(256);
    }
}

internal sealed partial class LoginCommandHandler(
    OrganisasiDbContext db,
    IPasswordHasher<Pengguna> hasher,
    PenerbitSesi penerbit,
    PenjagaLogin penjaga,
    IClock clock,
    IOptions<AccountLockoutOptions> lockout,
    ILogger<LoginCommandHandler> logger) : IRequestHandler<LoginCommand, LoginResult>
{
    // Verified against when the user does not exist, so that the response time does not reveal it.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<Pengguna>().HashPassword(null!, Guid.NewGuid().ToString()));

    private static readonly LoginResult Gagal = new((LoginResponse?)null);

    public async Task<LoginResult> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var username = Pengguna.NormalisasiUsername(request.Username);
        var now = clock.GetCurrentInstant();
        if (await penjaga.PeriksaAsync(username, cancellationToken))
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, request.Password);
            await penjaga.CatatGagalAsync(username, cancellationToken);
            LogFailed(logger, username, "address locked out for this user");
            return Gagal;
        }

        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Username == username, cancellationToken);
        if (pengguna is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, request.Password);
            await penjaga.CatatGagalAsync(username, cancellationToken);
            LogFailed(logger, username, "unknown user");
            return Gagal;
        }

        if (!pengguna.Aktif || pengguna.IsTerkunci(now))
        {
            hasher.VerifyHashedPassword(pengguna, DummyHash.Value, request.Password);
            await penjaga.CatatGagalAsync(username, cancellationToken);
            LogFailed(logger, username, pengguna.Aktif ? "locked out" : "inactive");
            return Gagal;
        }

        var result = hasher.VerifyHashedPassword(pengguna, pengguna.PasswordHash, request.Password);
        if (result == PasswordVerificationResult.Failed)
        {
            var o = lockout.Value;
            await penjaga.CatatGagalAsync(username, cancellationToken);
            pengguna.CatatGagalLogin(now, o.MaxGagalAkun, Duration.FromMinutes(o.LamaKunciMenit));
            LogFailed(logger, username, pengguna.IsTerkunci(now) ? "wrong password, now locked out" : "wrong password");
            return Gagal;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            pengguna.SetPasswordHash(hasher.HashPassword(pengguna, request.Password));
        }

        await penjaga.BerhasilAsync(username, cancellationToken);
        pengguna.CatatLoginBerhasil(now);
        return new LoginResult(penerbit.Terbitkan(pengguna, null));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed for {Username}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string username, string reason);
}
