using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Definisi;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

internal sealed class BuatInstansSopCommandValidator : AbstractValidator<BuatInstansSopCommand>
{
    public BuatInstansSopCommandValidator()
    {
        RuleFor(x => x.KodeSop).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Modul).NotEmpty().MaximumLength(60);
        RuleFor(x => x.ReferensiId).NotEmpty();
        RuleFor(x => x.Judul).NotEmpty().MaximumLength(300);
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Indeks!.Teks).MaximumLength(2000).When(x => x.Indeks is not null);
        RuleForEach(x => x.Langkah).NotEmpty().MaximumLength(10);
        RuleForEach(x => x.Penugasan).ChildRules(p =>
        {
            p.RuleFor(x => x.LangkahKode).NotEmpty().MaximumLength(10);
            p.RuleFor(x => x.UnitId).NotEmpty();
            p.RuleFor(x => x.Jenis).IsInEnum();
            p.RuleFor(x => x.Keterangan).NotEmpty().MaximumLength(300);
        });
    }
}

internal sealed class BuatInstansSopCommandHandler(
    SopDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, IClock clock, AksesSop akses, PencatatAudit audit, PengaturPenugasan penugasan)
    : IRequestHandler<BuatInstansSopCommand, Guid>
{
    public async Task<Guid> Handle(BuatInstansSopCommand request, CancellationToken cancellationToken)
    {
        var sop = (await mediator.Send(new DaftarDefinisiSopQuery(request.KodeSop, false), cancellationToken)).Single();
        var unit = await direktori.UnitAsync(request.UnitId, cancellationToken)
            ?? throw new NotFoundException("Unit kerja tidak ditemukan.");
        if (request.DasarRekomendasiId is { } dasar)
        {
            await PastikanDasarAsync(dasar, request.KodeSop, request.Tahun, cancellationToken);
        }

        var instans = new InstansSop(
            Guid.CreateVersion7(), sop, request.Modul, request.ReferensiId, request.Judul.Trim(), unit.Id, unit.ZonaWaktu, request.Tahun,
            clock.GetCurrentInstant(), akses.Pengguna.UserId, request.Langkah, request.PenyetujuUnitId, request.DasarRekomendasiId);
        if (request.Indeks is { } indeks)
        {
            instans.Indeks(request.Judul, indeks.TanggalAcuan, indeks.Teks, indeks.Atribut, clock.GetCurrentInstant());
        }

        db.Instans.Add(instans);
        audit.Catat(instans, null, "Dibuat", ke: nameof(StatusInstans.Berjalan), keterangan: $"{sop.Kode} versi {sop.Versi}: {request.Judul.Trim()}");
        if (request.Penugasan is { Count: > 0 } || request.Output is { Count: > 0 })
        {
            await penugasan.AturAsync(instans, request.Penugasan ?? [], request.Output, cancellationToken);
        }

        if (request.MulaiLangkahPertama)
        {
            await db.SaveChangesAsync(cancellationToken);
            await mediator.Send(new MulaiLangkahSistemCommand(instans.Id, instans.Langkah[0].Kode, "Dibuka oleh siklus tahunan"), cancellationToken);
        }

        return instans.Id;
    }

    /// <summary>A basis must be a recommendation of the previous year's cycle of the same SOP.</summary>
    private async Task PastikanDasarAsync(Guid rekomendasiId, string kodeSop, int tahun, CancellationToken cancellationToken)
    {
        var asal = await db.Rekomendasi.AsNoTracking().Where(r => r.Id == rekomendasiId)
            .Join(db.Instans.AsNoTracking().IgnoreAutoIncludes(), r => r.InstansId, i => i.Id, (r, i) => new { i.KodeSop, i.Tahun, i.Modul })
            .SingleOrDefaultAsync(cancellationToken);
        if (asal is null || asal.Modul != ModulSiklusTahunan || asal.KodeSop != kodeSop)
        {
            throw new ValidationException([new ValidationFailure("dasarRekomendasiId", "Rekomendasi dasar tidak ditemukan pada siklus tahunan SOP ini.")]);
        }

        if (asal.Tahun != tahun - 1)
        {
            throw new ValidationException([new ValidationFailure("dasarRekomendasiId", $"Rekomendasi dasar berasal dari siklus {asal.Tahun}; kegiatan tahun {tahun} direncanakan atas rekomendasi tahun {tahun - 1}.")]);
        }
    }

    /// <summary>The module name the yearly cycle runs its steps under.</summary>
    public const string ModulSiklusTahunan = "SiklusTahunan";
}
