using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Organisasi.Infrastructure;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Auth;

/// <summary>
/// Guards the login against guessing without handing attackers a free denial of service:
/// <list type="bullet">
/// <item>failed attempts per username are limited (<c>BatasLaju:LoginGagalPerPengguna</c> in a minute, default 10):
/// guessing one account from many addresses is slowed to a crawl (429 with Retry-After);</item>
/// <item>failed attempts per client address likewise (<c>BatasLaju:LoginGagalPerIp</c>, default 20): spraying one
/// password over many accounts;</item>
/// <item><see cref="AccountLockoutOptions.MaxGagal"/> failures from one address lock only that <b>address + username
/// pair</b> for <see cref="AccountLockoutOptions.LamaKunciMenit"/> minutes — the owner still logs in from elsewhere;</item>
/// <item>the account itself locks only after <see cref="AccountLockoutOptions.MaxGagalAkun"/> failures from any
/// address (a distributed attack), until an admin unlocks it or the time passes.</item>
/// </list>
/// The counters are rows of <c>organisasi.percobaan_login</c>, counted with one upsert per failure, so every API
/// instance behind the load balancer sees the same counts (two nodes do not double the limits). The in-memory limit on
/// every attempt per address (<see cref="LaporanBerat.KebijakanLogin"/>) stays in front of it and keeps floods away from
/// the database.
/// </summary>
internal sealed class PenjagaLogin(OrganisasiDbContext db, IOptions<AccountLockoutOptions> opsi, IHttpContextAccessor http, IClock clock, IConfiguration configuration)
{
    private static readonly Duration Jendela = Duration.FromMinutes(1);

    private readonly bool _aktif = configuration.GetValue("BatasLaju:Aktif", true);
    private readonly int _batasPengguna = configuration.GetValue("BatasLaju:LoginGagalPerPengguna", 10);
    private readonly int _batasAlamat = configuration.GetValue("BatasLaju:LoginGagalPerIp", 20);

    /// <summary>Throws 429 when this username, or the caller's address, has had too many failed attempts in the last
    /// minute; answers whether the caller's address is locked out of this username.</summary>
    public async Task<bool> PeriksaAsync(string username, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var (pengguna, alamat, pasangan) = Kunci(username);
        var baris = await db.PercobaanLogin.AsNoTracking().Where(p => p.Kunci == pengguna || p.Kunci == alamat || p.Kunci == pasangan)
            .Select(p => new { p.Kunci, p.Gagal, p.JendelaMulai, p.TerkunciSampai }).ToListAsync(cancellationToken);
        if (_aktif)
        {
            foreach (var (kunci, batas, pesan) in new[]
            {
                (pengguna, _batasPengguna, "Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam satu menit."),
                (alamat, _batasAlamat, "Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam satu menit."),
            })
            {
                if (baris.FirstOrDefault(b => b.Kunci == kunci) is { } b && b.JendelaMulai > sekarang - Jendela && b.Gagal >= batas)
                {
                    throw new TerlaluBanyakPermintaanException(pesan, (int)Math.Ceiling(Math.Max(1, (b.JendelaMulai + Jendela - sekarang).TotalSeconds)));
                }
            }
        }

        return baris.FirstOrDefault(b => b.Kunci == pasangan)?.TerkunciSampai is { } sampai && sampai > sekarang;
    }

    /// <summary>Counts a failed attempt for the username, the caller's address and the pair of both (which locks at
    /// <see cref="AccountLockoutOptions.MaxGagal"/>): one statement each, atomic across instances.</summary>
    public async Task CatatGagalAsync(string username, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var awalJendela = sekarang - Jendela;
        var (pengguna, alamat, pasangan) = Kunci(username);
        if (_aktif)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO organisasi.percobaan_login AS t ("Kunci", "Username", "Gagal", "JendelaMulai")
                VALUES ({pengguna}, {username}, 1, {sekarang}), ({alamat}, NULL, 1, {sekarang})
                ON CONFLICT ("Kunci") DO UPDATE SET
                    "Gagal" = CASE WHEN t."JendelaMulai" <= {awalJendela} THEN 1 ELSE t."Gagal" + 1 END,
                    "JendelaMulai" = CASE WHEN t."JendelaMulai" <= {awalJendela} THEN {sekarang} ELSE t."JendelaMulai" END
                """, cancellationToken);
        }

        // The pair counts until it locks (then starts again from 0); an expired lock starts it again from 1.
        var o = opsi.Value;
        var maks = o.MaxGagal;
        var sampai = sekarang + Duration.FromMinutes(o.LamaKunciMenit);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO organisasi.percobaan_login AS t ("Kunci", "Username", "Gagal", "JendelaMulai", "TerkunciSampai")
            VALUES ({pasangan}, {username}, CASE WHEN 1 >= {maks} THEN 0 ELSE 1 END, {sekarang}, CASE WHEN 1 >= {maks} THEN {sampai} END)
            ON CONFLICT ("Kunci") DO UPDATE SET
                "Gagal" = CASE WHEN (CASE WHEN t."TerkunciSampai" <= {sekarang} THEN 1 ELSE t."Gagal" + 1 END) >= {maks} THEN 0
                    ELSE (CASE WHEN t."TerkunciSampai" <= {sekarang} THEN 1 ELSE t."Gagal" + 1 END) END,
                "JendelaMulai" = {sekarang},
                "TerkunciSampai" = CASE WHEN (CASE WHEN t."TerkunciSampai" <= {sekarang} THEN 1 ELSE t."Gagal" + 1 END) >= {maks} THEN {sampai}
                    WHEN t."TerkunciSampai" <= {sekarang} THEN NULL ELSE t."TerkunciSampai" END
            """, cancellationToken);
    }

    /// <summary>A successful login forgets the caller's failures for the username.</summary>
    public Task BerhasilAsync(string username, CancellationToken cancellationToken)
    {
        var pasangan = Kunci(username).Pasangan;
        return db.PercobaanLogin.Where(p => p.Kunci == pasangan).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>An admin unlocked the account: every address may try again.</summary>
    public Task BukaSemuaAsync(string username, CancellationToken cancellationToken) =>
        db.PercobaanLogin.Where(p => p.Username == username).ExecuteDeleteAsync(cancellationToken);

    private (string Pengguna, string Alamat, string Pasangan) Kunci(string username)
    {
        var alamat = http.HttpContext is { } h ? LaporanBerat.Alamat(h) : "-";
        return ($"u|{username}", $"i|{alamat}", $"p|{alamat}|{username}");
    }
}

/// <summary>Forgets counters whose window and lock are long over (hourly), so the table holds only recent failures.</summary>
internal sealed class PembersihPercobaanLogin(OrganisasiDbContext db, IClock clock) : IJobBerulang
{
    public Task JalankanAsync(CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var batas = sekarang - Duration.FromDays(1);
        return db.PercobaanLogin.Where(p => p.JendelaMulai < batas && (p.TerkunciSampai == null || p.TerkunciSampai < sekarang)).ExecuteDeleteAsync(cancellationToken);
    }
}
