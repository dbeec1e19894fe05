using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Tenggat;

/// <summary>Sends one deadline reminder or escalation of a step, once per rung: the claim, the notifications, the
/// audit entry and (for an escalation) <see cref="LangkahTerlambat"/> commit together. Null when the rung was sent
/// before; otherwise how many users were notified.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="LangkahId">The step (part of the claim key).</param>
/// <param name="LangkahKode">Step code.</param>
/// <param name="Jenis">Pengingat or Eskalasi.</param>
/// <param name="Rung">H-2, H0 or 1 (escalation).</param>
/// <param name="JatuhTempo">The due date the rung belongs to (a new due date is a new rung).</param>
/// <param name="HkTersisa">Working days left (reminders).</param>
/// <param name="HkTerlambat">Working days late (escalations).</param>
internal sealed record KirimTenggatLangkahCommand(
    Guid InstansId, Guid LangkahId, string LangkahKode, JenisNotifikasi Jenis, string Rung, LocalDate JatuhTempo, int? HkTersisa, int HkTerlambat)
    : ICommand<int?>;

internal sealed class KirimTenggatLangkahCommandValidator : AbstractValidator<KirimTenggatLangkahCommand>
{
    public KirimTenggatLangkahCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.LangkahId).NotEmpty();
        RuleFor(x => x.LangkahKode).NotEmpty();
        RuleFor(x => x.Jenis).Must(j => j is JenisNotifikasi.Pengingat or JenisNotifikasi.Eskalasi);
        RuleFor(x => x.Rung).NotEmpty();
    }
}

internal sealed class KirimTenggatLangkahCommandHandler(
    SopDbContext db, IDirektoriOrganisasi direktori, IMediator mediator, IIntegrationEvents events, IClock clock)
    : IRequestHandler<KirimTenggatLangkahCommand, int?>
{
    private static readonly CultureInfo Id = new("id-ID");

    public async Task<int?> Handle(KirimTenggatLangkahCommand request, CancellationToken cancellationToken)
    {
        var instans = await db.Instans.AsNoTracking().SingleAsync(i => i.Id == request.InstansId, cancellationToken);
        var langkah = instans.CariLangkah(request.LangkahKode);
        var sekarang = clock.GetCurrentInstant();
        var hariIni = instans.HariIni(sekarang);
        var tanggal = request.JatuhTempo.ToString("dddd, d MMMM yyyy", Id);
        var (judul, pesan) = request.Jenis switch
        {
            JenisNotifikasi.Eskalasi => (
                $"Terlambat: {langkah.Kode} {langkah.Nama}",
                $"Langkah {langkah.Kode} \"{langkah.Nama}\" pada kegiatan \"{instans.Judul}\" melewati jatuh tempo {tanggal} ({request.HkTerlambat} HK terlambat)."),
            _ when hariIni == request.JatuhTempo => (
                $"Jatuh tempo hari ini: {langkah.Kode} {langkah.Nama}",
                $"Langkah {langkah.Kode} \"{langkah.Nama}\" pada kegiatan \"{instans.Judul}\" jatuh tempo hari ini, {tanggal}."),
            _ => (
                $"Pengingat: {langkah.Kode} {langkah.Nama}",
                $"Langkah {langkah.Kode} \"{langkah.Nama}\" pada kegiatan \"{instans.Judul}\" jatuh tempo {tanggal} ({request.HkTersisa} HK lagi)."),
        };
        var kunci = $"{request.LangkahId:N}:{request.Jenis}:{request.Rung}@{request.JatuhTempo:yyyy-MM-dd}";
        var hasil = await mediator.Send(
            new KirimNotifikasiCommand(
                kunci, await PenerimaAsync(instans, langkah, request.Jenis, cancellationToken), request.Jenis, judul, pesan,
                instans.Id, instans.Modul, instans.ReferensiId, langkah.Kode),
            cancellationToken);
        if (!hasil.Dikirim)
        {
            return null;
        }

        db.Audit.Add(PencatatAudit.Sistem(instans, langkah.Kode, request.Jenis.ToString(), $"{pesan} Dikirim ke {hasil.Penerima} pengguna.", sekarang));
        if (request.Jenis == JenisNotifikasi.Eskalasi)
        {
            await events.PublishAsync(
                new LangkahTerlambat(JalankanLangkahCommandHandler.Asal(instans), langkah.Kode, request.JatuhTempo, request.HkTerlambat, sekarang),
                cancellationToken);
        }

        return hasil.Penerima;
    }

    /// <summary>Reminders go to the step's performers in the unit; escalations also to the unit's head and, for a
    /// Loka, to its koordinator Balai's head.</summary>
    private async Task<IReadOnlyList<Guid>> PenerimaAsync(InstansSop instans, LangkahSop langkah, JenisNotifikasi jenis, CancellationToken cancellationToken)
    {
        var unitBound = langkah.Pelaksana.Where(p => p is Peran.UnitKerjaPusat or Peran.Upt).ToList();
        var lintas = langkah.Pelaksana.Except(unitBound).ToList();
        var penerima = new List<PenggunaOrganisasi>();
        if (unitBound.Count > 0)
        {
            penerima.AddRange(await direktori.PenggunaAsync([instans.UnitId], unitBound, cancellationToken));
        }

        if (lintas.Count > 0)
        {
            penerima.AddRange(await direktori.PenggunaAsync([], lintas, cancellationToken));
        }

        if (jenis == JenisNotifikasi.Eskalasi)
        {
            var units = new List<Guid> { instans.UnitId };
            if (await direktori.UnitAsync(instans.UnitId, cancellationToken) is { Jenis: "LokaPom", KoordinatorId: { } koordinator })
            {
                units.Add(koordinator);
            }

            penerima.AddRange(await direktori.PenggunaAsync(units, [Peran.KepalaUnit], cancellationToken));
        }

        return penerima.Select(p => p.Id).Distinct().ToList();
    }
}
