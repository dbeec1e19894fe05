using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Notifikasi.Domain;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Application;

/// <summary>Claims a once-only key and writes notifications, in the caller's transaction — and, when e-mail is on, each
/// notification's mail into the outbox (<see cref="SurelKeluar"/>) in that same transaction, so it is mailed once.</summary>
internal sealed class PenulisNotifikasi(NotifikasiDbContext db, IClock clock, IOptions<OpsiEmail> email)
{
    /// <summary>False when <paramref name="kunci"/> was claimed before (nothing is to be sent).</summary>
    public async Task<bool> KlaimAsync(string? kunci, CancellationToken cancellationToken)
    {
        if (kunci is null)
        {
            return true;
        }

        var sekarang = clock.GetCurrentInstant();
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO notifikasi.klaim (\"Kunci\", \"DiklaimPada\") VALUES ({kunci}, {sekarang}) ON CONFLICT DO NOTHING",
            cancellationToken) > 0;
    }

    /// <summary>Claims every key not claimed before, in one statement (keys in order, so concurrent batches never
    /// deadlock on each other's claims); returns the keys claimed now.</summary>
    public async Task<IReadOnlySet<string>> KlaimBanyakAsync(IReadOnlyList<string> kunci, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        if (kunci.Count == 0)
        {
            return new HashSet<string>();
        }

        var urut = kunci.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var sekarang = clock.GetCurrentInstant();
        var baru = await db.Database.SqlQuery<string>(
                $"""
                INSERT INTO notifikasi.klaim ("Kunci", "DiklaimPada")
                SELECT k, {sekarang} FROM unnest({urut}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n
                ON CONFLICT DO NOTHING
                RETURNING "Kunci" AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return baru.ToHashSet(StringComparer.Ordinal);
    }

    public int Tulis(
        IEnumerable<Guid> penggunaIds, JenisNotifikasi jenis, string judul, string pesan, Guid? instansId, string? modul, Guid? referensiId, string? langkahKode,
        string? parameter = null, LocalDate? jatuhTempo = null)
    {
        var sekarang = clock.GetCurrentInstant();
        var surel = email.Value.Aktif;
        var n = 0;
        foreach (var id in penggunaIds.Distinct())
        {
            var notifikasi = new NotifikasiPengguna(
                Guid.CreateVersion7(), id, jenis, Teks.Potong(judul, 300)!, Teks.Potong(pesan, 2000)!, instansId, modul, referensiId, langkahKode, sekarang, parameter,
                jatuhTempo);
            db.Notifikasi.Add(notifikasi);
            if (surel)
            {
                db.Surel.Add(new SurelKeluar(Guid.CreateVersion7(), $"notifikasi:{notifikasi.Id:N}", id, notifikasi.Id, sekarang));
            }

            n++;
        }

        BuildingBlocks.Application.Telemetri.NotifikasiTerkirim.Add(n, new KeyValuePair<string, object?>("jenis", jenis.ToString()));
        return n;
    }
}
