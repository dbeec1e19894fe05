using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>A holiday. <c>jenis</c> is <c>libur_nasional</c> or <c>cuti_bersama</c>.</summary>
internal sealed record HariLiburDto(Guid Id, LocalDate Tanggal, string Jenis, string Nama, string? DasarHukum, uint Versi = 0) : IBerversi
{
    /// <summary>The holiday's version for <c>ETag</c>/<c>If-Match</c>.</summary>
    public string Etag => BuildingBlocks.Application.Etag.Buat(Id, Versi);
}

internal static class HariLiburMapping
{
    public static HariLiburDto ToDto(TanggalLibur t) => new(t.Id, t.Tanggal, HariLiburCsv.Format(t.Jenis), t.Nama, t.DasarHukum, t.Versi);

    /// <summary>Every change to holidays or settings bumps the settings version so cached calendars reload.</summary>
    /// <remarks>Other modules hear of it after the commit (<see cref="KalenderHariKerjaBerubah"/>): the SOP engine
    /// recomputes the due dates of open steps.</remarks>
    public static async Task CatatPerubahanAsync(
        OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events, CancellationToken cancellationToken)
    {
        var pengaturan = await db.PengaturanKalender.SingleAsync(p => p.Id == PengaturanKalender.SingletonId, cancellationToken);
        pengaturan.CatatPerubahan(clock.GetCurrentInstant(), user.IsAuthenticated ? user.Username : null);
        await events.PublishAsync(new KalenderHariKerjaBerubah(clock.GetCurrentInstant(), user.IsAuthenticated ? user.Username : null), cancellationToken);
    }

    public static IRuleBuilderOptions<T, string> JenisValid<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Jenis wajib diisi.")
            .Must(j => HariLiburCsv.ParseJenis(j) is not null)
            .WithMessage($"Jenis harus {HariLiburCsv.LiburNasional} atau {HariLiburCsv.CutiBersama}.");
}
