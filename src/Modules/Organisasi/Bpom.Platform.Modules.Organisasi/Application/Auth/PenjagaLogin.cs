using System.Collections.Concurrent;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Organisasi.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Auth;

/// <summary>
/// Guards the login against guessing without handing attackers a free denial of service:
/// <list type="bullet">
/// <item>failed attempts per username are rate limited (<c>BatasLaju:LoginGagalPerPengguna</c> in the last minute,
/// default 10): guessing one account from many addresses is slowed to a crawl (429 with Retry-After);</item>
/// <item><see cref="AccountLockoutOptions.MaxGagal"/> failures from one address lock only that <b>address + username
/// pair</b> for <see cref="AccountLockoutOptions.LamaKunciMenit"/> minutes — the owner still logs in from elsewhere;</item>
/// <item>the account itself locks only after <see cref="AccountLockoutOptions.MaxGagalAkun"/> failures from any
/// address (a distributed attack), until an admin unlocks it or the time passes.</item>
/// </list>
/// The per-address limit on every login attempt (password spraying) is the host's rate limiter policy
/// <see cref="LaporanBerat.KebijakanLogin"/>. Counters live in this instance's memory (behind a load balancer
/// each instance counts its own share).
/// </summary>
internal sealed class PenjagaLogin
{
    private readonly ConcurrentDictionary<string, Pasangan> _pasangan = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<Instant>> _gagalPerPengguna = new(StringComparer.Ordinal);
    private readonly int _batasGagal;
    private readonly IOptions<AccountLockoutOptions> _opsi;
    private readonly IHttpContextAccessor _http;
    private readonly IClock _clock;
    private readonly bool _aktif;

    public PenjagaLogin(IOptions<AccountLockoutOptions> opsi, IHttpContextAccessor http, IClock clock, IConfiguration configuration)
    {
        _opsi = opsi;
        _http = http;
        _clock = clock;
        _aktif = configuration.GetValue("BatasLaju:Aktif", true);
        _batasGagal = configuration.GetValue("BatasLaju:LoginGagalPerPengguna", 10);
    }

    /// <summary>Throws 429 when this username has had too many failed attempts in the last minute.</summary>
    public void PastikanBolehMencoba(string username)
    {
        if (!_aktif)
        {
            return;
        }

        if (!_gagalPerPengguna.TryGetValue(username, out var antrean))
        {
            return;
        }

        var sekarang = _clock.GetCurrentInstant();
        lock (antrean)
        {
            while (antrean.Count > 0 && antrean.Peek() <= sekarang - Jendela)
            {
                antrean.Dequeue();
            }

            if (antrean.Count >= _batasGagal)
            {
                var tunggu = (antrean.Peek() + Jendela - sekarang).TotalSeconds;
                throw new TerlaluBanyakPermintaanException(
                    "Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam satu menit.", (int)Math.Ceiling(Math.Max(1, tunggu)));
            }
        }
    }

    /// <summary>Is the caller's address locked out of this username?</summary>
    public bool PasanganTerkunci(string username) =>
        _pasangan.TryGetValue(Kunci(username), out var p) && p.TerkunciSampai is { } sampai && sampai > _clock.GetCurrentInstant();

    /// <summary>Counts a failed attempt for the username and for the caller's address + username.</summary>
    public void CatatGagal(string username)
    {
        var sekarang = _clock.GetCurrentInstant();
        if (_aktif)
        {
            var antrean = _gagalPerPengguna.GetOrAdd(username, _ => new Queue<Instant>());
            lock (antrean)
            {
                antrean.Enqueue(sekarang);
                while (antrean.Count > _batasGagal + 1)
                {
                    antrean.Dequeue();
                }
            }
        }

        var o = _opsi.Value;
        _pasangan.AddOrUpdate(
            Kunci(username),
            _ => new Pasangan(1, null, username),
            (_, p) =>
            {
                var gagal = p.TerkunciSampai is { } s && s <= sekarang ? 1 : p.Gagal + 1;
                return gagal >= o.MaxGagal ? new Pasangan(0, sekarang + Duration.FromMinutes(o.LamaKunciMenit), username) : new Pasangan(gagal, null, username);
            });
        if (_pasangan.Count > 100_000 || _gagalPerPengguna.Count > 100_000)
        {
            foreach (var k in _gagalPerPengguna.Keys.Take(50_000).ToList())
            {
                _gagalPerPengguna.TryRemove(k, out _);
            }

            // Bounded memory: forget pairs that are not locked.
            foreach (var (k, p) in _pasangan.Where(x => x.Value.TerkunciSampai is null || x.Value.TerkunciSampai <= sekarang).Take(50_000))
            {
                _pasangan.TryRemove(k, out _);
            }
        }
    }

    /// <summary>A successful login forgets the caller's failures for the username.</summary>
    public void Berhasil(string username) => _pasangan.TryRemove(Kunci(username), out _);

    /// <summary>An admin unlocked the account: every address may try again.</summary>
    public void BukaSemua(string username)
    {
        _gagalPerPengguna.TryRemove(username, out _);
        foreach (var k in _pasangan.Where(x => x.Value.Username == username).Select(x => x.Key).ToList())
        {
            _pasangan.TryRemove(k, out _);
        }
    }

    private string Kunci(string username) => $"{(_http.HttpContext is { } h ? LaporanBerat.Alamat(h) : "-")}|{username}";

    private static readonly Duration Jendela = Duration.FromMinutes(1);

    private sealed record Pasangan(int Gagal, Instant? TerkunciSampai, string Username);
}
