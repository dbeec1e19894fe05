using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Security;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Auth;

/// <summary>Starts a session: the refresh token (stored hashed) and an access token naming the session.</summary>
internal sealed class PenerbitSesi(OrganisasiDbContext db, TokenService tokens, IOptions<JwtOptions> opsi, IClock clock)
{
    public LoginResponse Terbitkan(Pengguna pengguna, Guid? asalId)
    {
        var sekarang = clock.GetCurrentInstant();
        var (refresh, hash) = TokenService.BuatRefresh();
        var sesi = new SesiLogin(Guid.CreateVersion7(), pengguna.Id, hash, pengguna.Stempel, sekarang, sekarang + Duration.FromHours(opsi.Value.RefreshTokenHours), asalId);
        db.Sesi.Add(sesi);
        var (akses, kedaluwarsa) = tokens.Buat(pengguna, sesi.Id);
        return new LoginResponse(akses, kedaluwarsa, refresh, sesi.KedaluwarsaPada);
    }
}

/// <summary>Exchanges a refresh token for a new pair; the old one is revoked (rotation).</summary>
internal sealed record RefreshCommand(string RefreshToken) : ICommand<LoginResult>, ITanpaPengaruhRekap;

internal sealed class RefreshCommandValidator : AbstractValidator<RefreshCommand>
{
    public RefreshCommandValidator() => RuleFor(x => x.RefreshToken).NotEmpty().WithMessage("refreshToken wajib diisi.").MaximumLength(200);
}

/// <summary>
/// Rotation with reuse detection: a valid token is revoked and replaced; a token already rotated is a stolen copy
/// (or a replay) — every session of its chain is revoked. A session whose user was deactivated or whose stamp changed
/// (roles, unit, password) cannot be refreshed. A failure is a value, so the revocations commit.
/// </summary>
internal sealed partial class RefreshCommandHandler(
    OrganisasiDbContext db, PenerbitSesi penerbit, PemeriksaSesi pemeriksa, IClock clock, ILogger<RefreshCommandHandler> log)
    : IRequestHandler<RefreshCommand, LoginResult>
{
    public async Task<LoginResult> Handle(RefreshCommand request, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var hash = TokenService.Hash(request.RefreshToken);
        var sesi = await db.Sesi.SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (sesi is null)
        {
            return new LoginResult(null);
        }

        if (sesi.DicabutPada is not null)
        {
            if (sesi.Alasan == "Rotasi")
            {
                var rantai = await db.Sesi.Where(s => s.AsalId == sesi.AsalId && s.DicabutPada == null).ToListAsync(cancellationToken);
                foreach (var s in rantai)
                {
                    s.Cabut(sekarang, "PemakaianUlang");
                    pemeriksa.Lupakan(s.Id);
                }

                LogReuse(log, sesi.PenggunaId, rantai.Count);
            }

            return new LoginResult(null);
        }

        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == sesi.PenggunaId, cancellationToken);
        if (pengguna is null || !pengguna.Aktif || pengguna.Stempel != sesi.Stempel || sesi.KedaluwarsaPada <= sekarang)
        {
            sesi.Cabut(sekarang, "TidakBerlaku");
            pemeriksa.Lupakan(sesi.Id);
            return new LoginResult(null);
        }

        var baru = penerbit.Terbitkan(pengguna, sesi.AsalId);
        var idBaru = db.Sesi.Local.Single(s => s.TokenHash == TokenService.Hash(baru.RefreshToken)).Id;
        sesi.Cabut(sekarang, "Rotasi", idBaru);
        pemeriksa.Lupakan(sesi.Id);
        return new LoginResult(baru);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token of user {PenggunaId} presented again after rotation: {Jumlah} sessions of its chain revoked")]
    private static partial void LogReuse(ILogger logger, Guid penggunaId, int jumlah);
}

/// <summary>Ends the current session (the access token's <c>sid</c>): its refresh token and access token stop working.</summary>
internal sealed record LogoutCommand : ICommand<bool>, ITanpaPengaruhRekap;

internal sealed class LogoutCommandHandler(OrganisasiDbContext db, ICurrentUser user, PemeriksaSesi pemeriksa, IClock clock) : IRequestHandler<LogoutCommand, bool>
{
    public async Task<bool> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var sid = user.SesiId;
        var sesi = sid is { } id ? await db.Sesi.SingleOrDefaultAsync(s => s.Id == id && s.PenggunaId == user.UserId, cancellationToken) : null;
        if (sesi is null)
        {
            return false;
        }

        sesi.Cabut(clock.GetCurrentInstant(), "Logout");
        pemeriksa.Lupakan(sesi.Id);
        return true;
    }
}

/// <summary>
/// Checks on every authenticated request that the token's session is still open and the user's stamp unchanged
/// (deactivated, roles, unit or password changed → refused). State is cached for <see cref="JwtOptions.CekSesiDetik"/>
/// seconds; changes made on this instance evict it at once.
/// </summary>
internal sealed class PemeriksaSesi(IMemoryCache cache, IServiceScopeFactory scopes, IOptions<JwtOptions> opsi, IClock clock) : IPemeriksaSesi
{
    public async Task<bool> BerlakuAsync(Guid penggunaId, Guid sesiId, Guid stempel, CancellationToken cancellationToken)
    {
        var keadaan = await cache.GetOrCreateAsync(Kunci(sesiId), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Math.Max(1, opsi.Value.CekSesiDetik));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrganisasiDbContext>();
            return await db.Sesi.AsNoTracking().Where(s => s.Id == sesiId)
                .Join(db.Pengguna.AsNoTracking(), s => s.PenggunaId, p => p.Id, (s, p) => new Keadaan(s.PenggunaId, s.DicabutPada, p.Aktif, p.Stempel))
                .SingleOrDefaultAsync(CancellationToken.None); // cached for others: not tied to this request's abort
        });
        // The access token's own expiry is checked by the JWT handler; the session's end only bounds refreshing.
        return keadaan is not null && keadaan.PenggunaId == penggunaId && keadaan.DicabutPada is null && keadaan.Aktif && keadaan.Stempel == stempel;
    }

    public void Lupakan(Guid sesiId) => cache.Remove(Kunci(sesiId));

    /// <summary>Forgets every cached session of a user (its stamp changed on this instance).</summary>
    public async Task LupakanPenggunaAsync(OrganisasiDbContext db, Guid penggunaId, CancellationToken cancellationToken)
    {
        var batas = clock.GetCurrentInstant();
        foreach (var id in await db.Sesi.AsNoTracking().Where(s => s.PenggunaId == penggunaId && s.DicabutPada == null && s.KedaluwarsaPada > batas)
                     .Select(s => s.Id).ToListAsync(cancellationToken))
        {
            Lupakan(id);
        }
    }

    private static string Kunci(Guid sesiId) => $"organisasi:sesi:{sesiId}";

    private sealed record Keadaan(Guid PenggunaId, Instant? DicabutPada, bool Aktif, Guid Stempel);
}
