using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

internal sealed class IndeksKegiatanSopCommandValidator : AbstractValidator<IndeksKegiatanSopCommand>
{
    public IndeksKegiatanSopCommandValidator()
    {
        RuleFor(x => x.Kegiatan).NotNull().Must(k => k.Count <= 1000).WithMessage("Paling banyak 1.000 kegiatan sekali simpan.");
        RuleForEach(x => x.Kegiatan).ChildRules(k =>
        {
            k.RuleFor(x => x.InstansId).NotEmpty();
            k.RuleFor(x => x.Judul).NotEmpty().MaximumLength(300);
            k.RuleFor(x => x.Indeks).NotNull();
            k.RuleFor(x => x.Indeks.Teks).MaximumLength(2000);
        });
    }
}

/// <summary>Stores the modules' list data with their runs (unknown runs are left out); returns how many were stored.</summary>
internal sealed class IndeksKegiatanSopCommandHandler(SopDbContext db, IClock clock) : IRequestHandler<IndeksKegiatanSopCommand, int>
{
    public async Task<int> Handle(IndeksKegiatanSopCommand request, CancellationToken cancellationToken)
    {
        var data = request.Kegiatan.GroupBy(k => k.InstansId).ToDictionary(g => g.Key, g => g.Last());
        var ids = data.Keys.ToList();
        var sekarang = clock.GetCurrentInstant();
        var instans = await db.Instans.IgnoreAutoIncludes().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        foreach (var i in instans)
        {
            var k = data[i.Id];
            i.Indeks(k.Judul, k.Indeks.TanggalAcuan, k.Indeks.Teks, k.Indeks.Atribut, sekarang);
        }

        return instans.Count;
    }
}

internal sealed class InstansTanpaIndeksQueryValidator : AbstractValidator<InstansTanpaIndeksQuery>
{
    public InstansTanpaIndeksQueryValidator()
    {
        RuleFor(x => x.Modul).NotEmpty();
        RuleFor(x => x.Batas).InclusiveBetween(1, 1000);
    }
}

internal sealed class InstansTanpaIndeksQueryHandler(SopDbContext db) : IRequestHandler<InstansTanpaIndeksQuery, IReadOnlyList<InstansTanpaIndeks>>
{
    public async Task<IReadOnlyList<InstansTanpaIndeks>> Handle(InstansTanpaIndeksQuery request, CancellationToken cancellationToken) =>
        await db.Instans.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.Modul == request.Modul && i.DiindeksPada == null)
            .OrderBy(i => i.Id).Take(request.Batas)
            .Select(i => new InstansTanpaIndeks(i.Id, i.ReferensiId, i.UnitTerlibat))
            .ToListAsync(cancellationToken);
}
