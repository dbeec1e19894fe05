using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
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
        var (notifikasi, surel) = Bangun(penggunaIds, jenis, judul, pesan, instansId, modul, referensiId, langkahKode, parameter, jatuhTempo);
        db.Notifikasi.AddRange(notifikasi);
        db.Surel.AddRange(surel);
        return notifikasi.Count;
    }

    /// <summary>Writes a batch's notifications (and their mails) at once with <c>COPY</c>, in the caller's transaction:
    /// the deadline sweep's thousands of rows without tracking each one for <c>SaveChanges</c>.</summary>
    public async Task<int> TulisBanyakAsync(IEnumerable<NotifikasiBaru> daftar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(daftar);
        var notifikasi = new List<NotifikasiPengguna>();
        var surel = new List<SurelKeluar>();
        foreach (var n in daftar)
        {
            var (baru, surelBaru) = Bangun(n.PenggunaIds, n.Jenis, n.Judul, n.Pesan, n.InstansId, n.Modul, n.ReferensiId, n.LangkahKode, null, n.JatuhTempo);
            notifikasi.AddRange(baru);
            surel.AddRange(surelBaru);
        }

        if (notifikasi.Count > 0)
        {
            await db.SalinAsync(notifikasi, cancellationToken);
        }

        if (surel.Count > 0)
        {
            await db.SalinAsync(surel, cancellationToken);
        }

        return notifikasi.Count;
    }

    private (List<NotifikasiPengguna> Notifikasi, List<SurelKeluar> Surel) Bangun(
        IEnumerable<Guid> penggunaIds, JenisNotifikasi jenis, string judul, string pesan, Guid? instansId, string? modul, Guid? referensiId, string? langkahKode,
        string? parameter, LocalDate? jatuhTempo)
    {
        var sekarang = clock.GetCurrentInstant();
        var kirimSurel = email.Value.Aktif;
        var notifikasi = new List<NotifikasiPengguna>();
        var surel = new List<SurelKeluar>();
        foreach (var id in penggunaIds.Distinct())
        {
            var n = new NotifikasiPengguna(
                Guid.CreateVersion7(), id, jenis, Teks.Potong(judul, 300)!, Teks.Potong(pesan, 2000)!, instansId, modul, referensiId, langkahKode, sekarang, parameter,
                jatuhTempo);
            notifikasi.Add(n);
            if (kirimSurel)
            {
                surel.Add(new SurelKeluar(Guid.CreateVersion7(), $"notifikasi:{n.Id:N}", id, n.Id, sekarang));
            }
        }

        BuildingBlocks.Application.Telemetri.NotifikasiTerkirim.Add(notifikasi.Count, new KeyValuePair<string, object?>("jenis", jenis.ToString()));
        return (notifikasi, surel);
    }
}
