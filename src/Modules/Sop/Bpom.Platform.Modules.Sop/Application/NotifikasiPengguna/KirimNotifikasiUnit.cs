using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.NotifikasiPengguna;

internal sealed class KirimNotifikasiUnitCommandValidator : AbstractValidator<KirimNotifikasiUnitCommand>
{
    public KirimNotifikasiUnitCommandValidator()
    {
        RuleFor(x => x.KunciKlaim).NotEmpty().MaximumLength(200);
        RuleFor(x => x.UnitIds).NotEmpty();
        RuleFor(x => x.Jenis).IsInEnum();
        RuleFor(x => x.Judul).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Pesan).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class KirimNotifikasiUnitCommandHandler(SopDbContext db, IDirektoriOrganisasi direktori, IClock clock) : IRequestHandler<KirimNotifikasiUnitCommand, int>
{
    public async Task<int> Handle(KirimNotifikasiUnitCommand request, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var diklaim = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO sop.klaim_notifikasi (\"Kunci\", \"DiklaimPada\") VALUES ({request.KunciKlaim}, {sekarang}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (diklaim == 0)
        {
            return 0;
        }

        var pengguna = await direktori.PenggunaAsync(request.UnitIds, request.Peran, cancellationToken);
        foreach (var p in pengguna)
        {
            db.Notifikasi.Add(new Notifikasi(
                Guid.CreateVersion7(), p.Id, request.Jenis, request.Judul, request.Pesan, null, request.Modul, request.ReferensiId, null, sekarang));
        }

        return pengguna.Count;
    }
}
