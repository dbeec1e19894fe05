using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Notifikasi.Domain;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Application.Surel;

/// <summary>
/// The mail sender (every minute): claims due mails in batches of 50 — a lease of five minutes set in one statement
/// that skips rows another server holds, so each mail goes out from one server — decides each notification's mail by
/// the recipient's preference (now, into the digest, or not at all), renders it from the templates and sends it over
/// one SMTP session. A refused mail (5xx, bad address) fails for good and shows on the admins' list; a transient
/// failure is retried after 1, 5, 15, 60 minutes then every 4 hours, up to <see cref="OpsiEmail.MaksPercobaan"/>.
/// When the server cannot be reached the batch stops and its other mails wait for the next run.
/// </summary>
internal sealed partial class PengirimSurel(
    NotifikasiDbContext db, IOptions<OpsiEmail> opsi, IPembukaSaluranSurel pembuka, IDirektoriOrganisasi direktori, IKalenderHariKerjaSource kalenderSource,
    TautanSpa tautan, IClock clock, ILogger<PengirimSurel> logger) : IJobBerulang
{
    private const int Batch = 50;
    private const int MaksBatchPerJalan = 40;
    private static readonly CultureInfo Id = new("id-ID");

    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        if (!opsi.Value.Aktif)
        {
            return;
        }

        for (var i = 0; i < MaksBatchPerJalan; i++)
        {
            var ids = await KlaimAsync(cancellationToken);
            if (ids.Count == 0 || !await KirimAsync(ids, cancellationToken))
            {
                return;
            }
        }
    }

    private Task<List<Guid>> KlaimAsync(CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var sewa = sekarang + Duration.FromMinutes(5);
        return db.Database.SqlQuery<Guid>(
                $"""
                UPDATE notifikasi.surel s SET "DikunciSampai" = {sewa}, "Percobaan" = s."Percobaan" + 1
                WHERE s."Id" IN (
                    SELECT "Id" FROM notifikasi.surel
                    WHERE "Status" = 1 AND "CobaLagiPada" <= {sekarang} AND ("DikunciSampai" IS NULL OR "DikunciSampai" < {sekarang})
                    ORDER BY "CobaLagiPada" LIMIT {Batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING s."Id" AS "Value"
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>False when the SMTP server could not be reached (stop for this run).</summary>
    private async Task<bool> KirimAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Surel.Where(s => ids.Contains(s.Id)).OrderBy(s => s.CobaLagiPada).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var notifIds = rows.Where(r => !r.SudahDisusun && r.NotifikasiId is not null).Select(r => r.NotifikasiId!.Value).ToList();
        var notifikasi = await db.Notifikasi.AsNoTracking().Where(n => notifIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var penggunaIds = rows.Select(r => r.PenggunaId).Distinct().ToList();
        var pengguna = await direktori.PenggunaAktifBanyakAsync(penggunaIds, cancellationToken);
        var preferensi = await db.Preferensi.AsNoTracking().Where(p => penggunaIds.Contains(p.PenggunaId)).ToDictionaryAsync(p => p.PenggunaId, cancellationToken);
        var unit = await direktori.UnitBanyakAsync(pengguna.Values.Select(p => p.UnitId).Distinct().ToList(), cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var o = opsi.Value;

        await using var saluran = pembuka.Buka();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var sekarang = clock.GetCurrentInstant();
            pengguna.TryGetValue(row.PenggunaId, out var p);
            if (!row.SudahDisusun)
            {
                if (p is null || row.NotifikasiId is not { } nid || !notifikasi.TryGetValue(nid, out var n))
                {
                    row.Lewati(sekarang, p is null ? "Pengguna tidak aktif." : "Notifikasi tidak ditemukan.");
                }
                else if (p.Email is null)
                {
                    row.Lewati(sekarang, "Pengguna belum memiliki alamat e-mail.");
                }
                else
                {
                    switch (preferensi.GetValueOrDefault(p.Id)?.Untuk(n.Jenis) ?? PilihanSurel.Segera)
                    {
                        case PilihanSurel.Tidak:
                            row.Lewati(sekarang, "Pengguna memilih pemberitahuan jenis ini hanya di aplikasi.");
                            break;
                        case PilihanSurel.Ringkasan:
                            row.TungguRingkasan();
                            break;
                        default:
                            var zona = ZonaWaktuUnit.Dari(unit.GetValueOrDefault(p.UnitId)?.ZonaWaktu);
                            var isi = TemplatSurel.Notifikasi(Model(n, p, sekarang.InZone(zona).Date, kalender));
                            row.Susun(p.Email, isi.Subjek, isi.Teks, isi.Html);
                            break;
                    }
                }
            }

            if (row is { Status: StatusSurel.Menunggu, SudahDisusun: true })
            {
                if (p?.Email is { } alamat && alamat != row.Alamat)
                {
                    row.GantiAlamat(alamat);
                }

                var gagal = await KirimSatuAsync(saluran, row, p?.NamaLengkap, o, cancellationToken);
                sekarang = clock.GetCurrentInstant();
                if (gagal is null)
                {
                    row.Terkirim(sekarang);
                }
                else if (gagal.Permanen)
                {
                    row.GagalPermanen(sekarang, gagal.Pesan);
                    LogGagal(logger, row.Kunci, gagal.Pesan);
                }
                else
                {
                    row.GagalSementara(sekarang, gagal.Pesan, OpsiEmail.Jeda(row.Percobaan), o.MaksPercobaan);
                }

                if (gagal?.Koneksi == true)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    var sisa = rows.Skip(i + 1).Select(r => r.Id).ToList();
                    await db.Surel.Where(s => sisa.Contains(s.Id) && s.Status == StatusSurel.Menunggu)
                        .ExecuteUpdateAsync(u => u.SetProperty(s => s.DikunciSampai, (Instant?)null).SetProperty(s => s.Percobaan, s => s.Percobaan - 1), cancellationToken);
                    LogTakTerhubung(logger, gagal.Pesan);
                    return false;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private static async Task<GagalKirim?> KirimSatuAsync(ISaluranSurel saluran, SurelKeluar row, string? nama, OpsiEmail o, CancellationToken cancellationToken)
    {
        MimeMessage pesan;
        try
        {
            pesan = new MimeMessage
            {
                Subject = row.Subjek ?? string.Empty,
                MessageId = $"{row.Kunci.Replace(':', '.')}@bpom-platform",
                Body = new BodyBuilder { TextBody = row.Teks, HtmlBody = row.Html }.ToMessageBody(),
            };
            pesan.From.Add(MailboxAddress.Parse(o.From));
            pesan.To.Add(new MailboxAddress(nama ?? string.Empty, row.Alamat ?? string.Empty));
            pesan.Headers.Add("Auto-Submitted", "auto-generated");
            pesan.Headers.Add("X-Bpom-Kunci", row.Kunci);
        }
        catch (ParseException ex)
        {
            return new GagalKirim(true, $"Alamat tidak valid: {ex.Message}", false);
        }

        return await saluran.KirimAsync(pesan, cancellationToken);
    }

    private ModelNotifikasi Model(NotifikasiPengguna n, BuildingBlocks.Application.PenggunaOrganisasi p, LocalDate hariIni, BuildingBlocks.Domain.HariKerja.KalenderHariKerja kalender)
    {
        string? sisa = n.JatuhTempo switch
        {
            null => null,
            { } jt when jt < hariIni => $"terlambat {kalender.HitungHariKerja(jt, hariIni)} HK",
            { } jt when jt == hariIni => "hari ini batas terakhirnya",
            { } jt => $"{kalender.HitungHariKerja(hariIni, jt)} HK lagi",
        };
        var label = n.Jenis switch
        {
            JenisNotifikasi.Pengingat => "pengingat tenggat",
            JenisNotifikasi.Eskalasi => "eskalasi",
            _ => "informasi",
        };
        return new ModelNotifikasi(
            $"[SOP BPOM] {n.Judul}", n.Judul, n.Pesan, p.NamaLengkap, n.Jenis.ToString(), label, n.JatuhTempo?.ToString("dddd, d MMMM yyyy", Id), sisa,
            tautan.Untuk(n.Modul, n.ReferensiId, n.Parameter, n.InstansId, n.LangkahKode), tautan.Preferensi);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Kunci} failed for good: {Galat}")]
    private static partial void LogGagal(ILogger logger, string kunci, string galat);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP server unreachable, mails wait for the next run: {Galat}")]
    private static partial void LogTakTerhubung(ILogger logger, string galat);
}
