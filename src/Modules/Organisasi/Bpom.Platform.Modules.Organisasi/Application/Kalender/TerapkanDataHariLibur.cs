using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>
/// Brings a database seeded from an older holiday file up to the shipped one, once (<paramref name="Kunci"/> in
/// <c>riwayat_seed</c>): holidays the file has and the database lacks are added (the cuti bersama of 18 August 2025,
/// added by SKB 933/2025 in August 2025), and a row still carrying the old generic basis ("SKB 2025") gets the
/// decree number. What an admin changed is left alone. When anything changed, the calendar's version is bumped and
/// <c>KalenderHariKerjaBerubah</c> published: the SOP engine recomputes the due dates of open steps and audits each.
/// </summary>
internal sealed record TerapkanDataHariLiburCommand(string Kunci) : ICommand<int>;

internal sealed class TerapkanDataHariLiburCommandValidator : AbstractValidator<TerapkanDataHariLiburCommand>
{
    public TerapkanDataHariLiburCommandValidator() => RuleFor(x => x.Kunci).NotEmpty().MaximumLength(100);
}

internal sealed class TerapkanDataHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<TerapkanDataHariLiburCommand, int>
{
    public async Task<int> Handle(TerapkanDataHariLiburCommand request, CancellationToken cancellationToken)
    {
        if (await db.RiwayatSeed.AnyAsync(r => r.Kunci == request.Kunci, cancellationToken))
        {
            return 0;
        }

        var ada = await db.TanggalLibur.ToListAsync(cancellationToken);
        var berubah = 0;
        foreach (var row in OrganisasiSeeder.ReadCsv<OrganisasiSeeder.HariLiburRow>("hari-libur.csv"))
        {
            var tanggal = LocalDatePattern.Iso.Parse(row.Date.Trim()).GetValueOrThrow();
            var jenis = HariLiburCsv.ParseJenis(row.Kind)!.Value;
            var dasar = string.IsNullOrWhiteSpace(row.Basis) ? null : row.Basis.Trim();
            var sama = ada.FirstOrDefault(t => t.Tanggal == tanggal && t.Jenis == jenis);
            if (sama is null)
            {
                db.TanggalLibur.Add(new TanggalLibur(Guid.CreateVersion7(), tanggal, jenis, row.Name.Trim(), dasar));
                berubah++;
            }
            else if (dasar is not null && sama.DasarHukum != dasar && DasarLama(sama.DasarHukum, tanggal.Year))
            {
                sama.Ubah(sama.Tanggal, sama.Jenis, sama.Nama, dasar);
                berubah++;
            }
        }

        db.RiwayatSeed.Add(new RiwayatSeed { Kunci = request.Kunci, DiterapkanPada = clock.GetCurrentInstant() });
        if (berubah > 0)
        {
            await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        }

        return berubah;
    }

    /// <summary>The generic basis older files carried ("SKB 2025"), which the decree number replaces.</summary>
    private static bool DasarLama(string? dasar, int tahun) => string.IsNullOrWhiteSpace(dasar) || dasar.Trim() == $"SKB {tahun}";
}

/// <summary>Runs <see cref="TerapkanDataHariLiburCommand"/> after the first seed, in a scope of its own (its own
/// transaction, with the outbox).</summary>
internal sealed class PembaruanHariLiburSeeder(IServiceScopeFactory scopes) : IDataSeeder
{
    public const string Kunci = "hari-libur-skb-933-2025";

    public int Order => 1;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TerapkanDataHariLiburCommand(Kunci), cancellationToken);
    }
}
