using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>
/// Tells people when a transition hands work to them, in the transition's transaction (a failed transition sends
/// nothing): a submitted output to the approvers (the head of the performing unit or of the run's approver unit; a
/// leadership step to leadership), a returned or approved output to the step's performers, a step that starts by
/// itself after an approval to its performers (one notice with the approval when they are the same people), a
/// cancelled activity to its performers and head. The user who acted is never told about their own action.
/// </summary>
internal sealed class PemberitahuLangkah(IDirektoriOrganisasi direktori, ICurrentUser user, IMediator mediator)
{
    private static readonly string[] PeranLintasUnit = [Peran.Ppsdm, Peran.Pimpinan];
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public async Task BeritahuAsync(InstansSop instans, IReadOnlyList<PerubahanLangkah> perubahan, string? alasan, bool sistem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        ArgumentNullException.ThrowIfNull(perubahan);
        var pesan = new List<(IReadOnlyList<Guid> Penerima, JenisNotifikasi Jenis, string Judul, string Pesan, string Kode)>();
        var sudah = new HashSet<Guid>();
        var dimulai = perubahan.FirstOrDefault(p => p.Aksi == "MulaiOtomatis");
        bool MulaiSendiri(PerubahanLangkah p) => p.Ke == StatusLangkah.Berjalan && p.Dari == StatusLangkah.Menunggu && (p.Aksi == "MulaiOtomatis" || sistem);
        foreach (var p in perubahan)
        {
            var l = p.Langkah;
            var nama = $"{l.Kode} {l.Nama}";
            switch (p.Ke)
            {
                case StatusLangkah.Diajukan:
                    pesan.Add((await PenyetujuAsync(instans, l, cancellationToken), JenisNotifikasi.Informasi, $"Menunggu persetujuan: {nama}",
                        $"Output \"{l.Output}\" langkah {nama} kegiatan \"{instans.Judul}\" diajukan oleh {Pelaku()} dan menunggu persetujuan Anda.", l.Kode));
                    break;
                case StatusLangkah.Dikembalikan:
                    pesan.Add((await PelaksanaAsync(instans, l, cancellationToken), JenisNotifikasi.Informasi, $"Dikembalikan: {nama}",
                        $"Output langkah {nama} kegiatan \"{instans.Judul}\" dikembalikan oleh {Pelaku()} untuk diperbaiki. Alasan: {alasan?.Trim()}", l.Kode));
                    break;
                case StatusLangkah.Selesai when p.Aksi == nameof(PemicuLangkah.Setujui):
                {
                    var penerima = await PelaksanaAsync(instans, l, cancellationToken);
                    var lanjut = dimulai is null ? "." : $"; langkah berikutnya {dimulai.Langkah.Kode} {dimulai.Langkah.Nama} dimulai{JatuhTempo(dimulai.Langkah)}.";
                    pesan.Add((penerima, JenisNotifikasi.Informasi, $"Disetujui: {nama}",
                        $"Output langkah {nama} kegiatan \"{instans.Judul}\" disetujui oleh {Pelaku()}{lanjut}", dimulai?.Langkah.Kode ?? l.Kode));
                    sudah.UnionWith(penerima);
                    break;
                }

                case StatusLangkah.Berjalan when MulaiSendiri(p):
                {
                    var penerima = (await PelaksanaAsync(instans, l, cancellationToken)).Where(i => !sudah.Contains(i)).ToList();
                    pesan.Add((penerima, JenisNotifikasi.Informasi, $"Langkah baru: {nama}",
                        $"Langkah {nama} kegiatan \"{instans.Judul}\" dimulai dan menjadi tugas Anda{JatuhTempo(l)}.", l.Kode));
                    break;
                }
            }
        }

        await KirimAsync(instans, pesan, cancellationToken);
    }

    /// <summary>The activity was cancelled: the performers of the step that was running and the unit's head.</summary>
    public async Task BeritahuBatalAsync(InstansSop instans, IReadOnlyList<PerubahanLangkah> perubahan, string alasan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        ArgumentNullException.ThrowIfNull(perubahan);
        var aktif = perubahan.FirstOrDefault(p => p.Dari is not StatusLangkah.Menunggu)?.Langkah ?? perubahan.FirstOrDefault()?.Langkah;
        var penerima = new List<Guid>();
        if (aktif is not null)
        {
            penerima.AddRange(await PelaksanaAsync(instans, aktif, cancellationToken));
        }

        penerima.AddRange((await direktori.PenggunaAsync([instans.UnitId], [Peran.KepalaUnit], cancellationToken)).Select(p => p.Id));
        await KirimAsync(
            instans,
            [(penerima.Distinct().ToList(), JenisNotifikasi.Eskalasi, $"Dibatalkan: {instans.Judul}",
                $"Kegiatan \"{instans.Judul}\" dibatalkan oleh {Pelaku()}. Alasan: {alasan.Trim()}", aktif?.Kode ?? string.Empty)],
            cancellationToken);
    }

    private async Task KirimAsync(
        InstansSop instans, IEnumerable<(IReadOnlyList<Guid> Penerima, JenisNotifikasi Jenis, string Judul, string Pesan, string Kode)> pesan,
        CancellationToken cancellationToken)
    {
        foreach (var (penerima, jenis, judul, isi, kode) in pesan)
        {
            var ke = penerima.Where(i => !user.IsAuthenticated || i != user.UserId).Distinct().ToList();
            if (ke.Count > 0)
            {
                var jatuhTempo = kode.Length == 0 ? null : instans.Langkah.FirstOrDefault(x => x.Kode == kode)?.JatuhTempo;
                await mediator.Send(
                    new KirimNotifikasiCommand(null, ke, jenis, judul, isi, instans.Id, instans.Modul, instans.ReferensiId, kode.Length == 0 ? null : kode, jatuhTempo),
                    cancellationToken);
            }
        }
    }

    private string Pelaku() => user.IsAuthenticated ? user.Username : "sistem";

    private static string JatuhTempo(LangkahSop l) => l.JatuhTempo is { } jt
        ? $", jatuh tempo {jt.ToString("dddd, d MMMM yyyy", Id)} ({l.WaktuHk} HK)"
        : string.Empty;

    /// <summary>Who approves the step's output: leadership for a leadership step, else the head of the approver unit
    /// (the run's approver unit, or the performing unit).</summary>
    private async Task<IReadOnlyList<Guid>> PenyetujuAsync(InstansSop instans, LangkahSop l, CancellationToken ct)
    {
        if (l.Pelaksana is [Peran.Pimpinan])
        {
            return (await direktori.PenggunaAsync([], [Peran.Pimpinan], ct)).Select(p => p.Id).ToList();
        }

        return (await direktori.PenggunaAsync([instans.PenyetujuUnitId ?? instans.UnitId], [Peran.KepalaUnit], ct)).Select(p => p.Id).ToList();
    }

    /// <summary>Who performs the step: its performer roles in the performing unit (PPSDM and Pimpinan roles anywhere).</summary>
    private async Task<IReadOnlyList<Guid>> PelaksanaAsync(InstansSop instans, LangkahSop l, CancellationToken ct)
    {
        var peranUnit = l.Pelaksana.Except(PeranLintasUnit).ToList();
        var peranLintas = l.Pelaksana.Intersect(PeranLintasUnit).ToList();
        var hasil = new List<Guid>();
        if (peranUnit.Count > 0)
        {
            hasil.AddRange((await direktori.PenggunaAsync([instans.UnitId], peranUnit, ct)).Select(p => p.Id));
        }

        if (peranLintas.Count > 0)
        {
            hasil.AddRange((await direktori.PenggunaAsync([], peranLintas, ct)).Select(p => p.Id));
        }

        return hasil;
    }
}
