using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Security;
using Bpom.Platform.Modules.Notifikasi.Domain;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Application.Surel;

/// <summary>
/// The daily digest (checked every hour): for each user who chose the digest for some kind and has an address, once
/// their local hour (the unit's time zone) reaches their digest hour, one mail — keyed <c>ringkasan:{user}:{date}</c>,
/// so a second run or server queues none — listing their open steps by due date (Tugas Saya, read as the user), what
/// became overdue since the last digest, and the notifications collected for it. The sender sends it like any mail.
/// A day with nothing to tell is recorded but not mailed.
/// </summary>
internal sealed class PenyusunRingkasan(
    NotifikasiDbContext db, IOptions<OpsiEmail> opsi, IDirektoriOrganisasi direktori, IServiceScopeFactory scopes, TautanSpa tautan, IClock clock) : IJobBerulang
{
    private const int BatasTugas = 50;
    private const int BatasKabar = 100;
    private const int Potongan = 500;
    private static readonly CultureInfo Id = new("id-ID");

    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        if (!opsi.Value.Aktif)
        {
            return;
        }

        var kandidat = await db.Preferensi.AsNoTracking()
            .Where(p => p.Pengingat == PilihanSurel.Ringkasan || p.Eskalasi == PilihanSurel.Ringkasan || p.Informasi == PilihanSurel.Ringkasan)
            .OrderBy(p => p.PenggunaId).Select(p => new { p.PenggunaId, p.JamRingkasan }).ToListAsync(cancellationToken);
        foreach (var potong in kandidat.Chunk(Potongan))
        {
            var pengguna = await direktori.PenggunaAktifBanyakAsync(potong.Select(k => k.PenggunaId).ToList(), cancellationToken);
            var unit = await direktori.UnitBanyakAsync(pengguna.Values.Select(p => p.UnitId).Distinct().ToList(), cancellationToken);
            var sekarang = clock.GetCurrentInstant();
            var jatuh = new List<(PenggunaOrganisasi Pengguna, DateTimeZone Zona, LocalDate Tanggal, string Kunci)>();
            foreach (var k in potong)
            {
                if (!pengguna.TryGetValue(k.PenggunaId, out var p) || p.Email is null)
                {
                    continue;
                }

                var zona = ZonaWaktuUnit.Dari(unit.GetValueOrDefault(p.UnitId)?.ZonaWaktu);
                var lokal = sekarang.InZone(zona);
                if (lokal.Hour >= (k.JamRingkasan ?? opsi.Value.JamRingkasan))
                {
                    jatuh.Add((p, zona, lokal.Date, $"ringkasan:{p.Id:N}:{lokal.Date:yyyy-MM-dd}"));
                }
            }

            var kunci = jatuh.Select(j => j.Kunci).ToList();
            var sudah = (await db.Surel.AsNoTracking().Where(s => kunci.Contains(s.Kunci)).Select(s => s.Kunci).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var (p, zona, tanggal, k) in jatuh.Where(j => !sudah.Contains(j.Kunci)))
            {
                await SusunAsync(p, zona, tanggal, k, cancellationToken);
            }
        }
    }

    private async Task SusunAsync(PenggunaOrganisasi p, DateTimeZone zona, LocalDate hariIni, string kunci, CancellationToken cancellationToken)
    {
        // A scope per user: the open steps are read as that user (Tugas Saya's own scoping), nothing carries over.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<PenggunaLatar>().Jadikan(p, "ringkasan-surel");
        var tugas = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TugasTerbukaSayaQuery(BatasTugas), cancellationToken);
        var sdb = scope.ServiceProvider.GetRequiredService<NotifikasiDbContext>();
        var sekarang = clock.GetCurrentInstant();

        var tertunda = await sdb.Surel.Where(s => s.PenggunaId == p.Id && s.Status == StatusSurel.MenungguRingkasan)
            .OrderBy(s => s.DibuatPada).Take(BatasKabar).ToListAsync(cancellationToken);
        var notifIds = tertunda.Select(s => s.NotifikasiId).ToList();
        var kabar = await sdb.Notifikasi.AsNoTracking().Where(n => notifIds.Contains(n.Id)).OrderBy(n => n.DibuatPada)
            .Select(n => new { n.Judul, n.Pesan, n.DibuatPada, n.Modul, n.ReferensiId, n.Parameter, n.InstansId, n.LangkahKode }).ToListAsync(cancellationToken);
        var sebelumnya = await sdb.Surel.AsNoTracking().Where(s => s.PenggunaId == p.Id && s.NotifikasiId == null && s.Kunci.StartsWith("ringkasan:"))
            .MaxAsync(s => (Instant?)s.DibuatPada, cancellationToken);
        var sejak = sebelumnya?.InZone(zona).Date ?? hariIni.PlusDays(-1);

        var surel = new SurelKeluar(Guid.CreateVersion7(), kunci, p.Id, null, sekarang);
        if (tugas.Item.Count == 0 && kabar.Count == 0)
        {
            surel.Lewati(sekarang, "Tidak ada langkah terbuka atau pemberitahuan untuk diringkas.");
        }
        else
        {
            var item = tugas.Item.Select(t => Tugas(t, hariIni)).ToList();
            var baru = tugas.Item.Where(t => t.Terlambat && t.JatuhTempo is { } jt && jt >= sejak).Select(t => Tugas(t, hariIni)).ToList();
            var model = new ModelRingkasan(
                $"[SOP BPOM] Ringkasan harian {hariIni.ToString("d MMMM yyyy", Id)}: {tugas.Total} langkah terbuka",
                p.NamaLengkap, hariIni.ToString("dddd, d MMMM yyyy", Id), tugas.Total, tugas.Item.Count(t => t.Terlambat), item, tugas.Total > item.Count, baru,
                kabar.Select(n => new ModelKabar(n.Judul, n.Pesan, n.DibuatPada.InZone(zona).ToString("d MMM HH:mm", Id),
                    tautan.Untuk(n.Modul, n.ReferensiId, n.Parameter, n.InstansId, n.LangkahKode))).ToList(),
                tautan.Tugas, tautan.Preferensi);
            var isi = TemplatSurel.Ringkasan(model);
            surel.Susun(p.Email!, isi.Subjek, isi.Teks, isi.Html);
            foreach (var t in tertunda)
            {
                t.Dirangkum(sekarang);
            }
        }

        sdb.Surel.Add(surel);
        try
        {
            await sdb.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // another server queued today's digest first
        }
    }

    private ModelTugas Tugas(TugasTerbuka t, LocalDate hariIni)
    {
        var tanggal = t.JatuhTempo ?? t.RencanaSelesai;
        var sisa = t switch
        {
            { Terlambat: true } => "terlambat",
            { JatuhTempo: { } jt } when jt == hariIni => "hari ini",
            { HkTersisa: { } hk } => $"{hk} HK lagi",
            _ => t.JatuhTempo is null ? "tanpa tenggat HK" : string.Empty,
        };
        return new ModelTugas(
            $"{t.LangkahKode} {t.NamaLangkah}", t.Judul, t.KodeSop, t.NamaUnit, t.Peran switch
            {
                "Penyetuju" => "menyetujui",
                "TindakLanjut" => "tindak lanjut",
                "Penerima" => "menerima output",
                _ => "melaksanakan",
            },
            tanggal?.ToString("d MMM yyyy", Id) ?? "—", sisa, t.Terlambat, tautan.Absolut(t.Tautan));
    }
}
