using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

/// <summary>The SKM elements a recommendation may address.</summary>
internal static class UnsurSkm
{
    public static readonly string[] Kode = [.. Enumerable.Range(1, 9).Select(i => $"U{i}")];
}

/// <summary>Records a recommendation for a unit (from an SKM, advokasi, pembinaan, audit…); it starts Open.</summary>
internal sealed record BuatRencanaAksiCommand(Guid UnitId, int Tahun, int Semester, SumberRekomendasi Sumber, string? NomorRekomendasi, string? Rekomendasi, string? Unsur = null)
    : ICommand<RencanaAksiDto>;

internal sealed class BuatRencanaAksiCommandValidator : AbstractValidator<BuatRencanaAksiCommand>
{
    public BuatRencanaAksiCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
        RuleFor(x => x.Sumber).IsInEnum().NotEqual((SumberRekomendasi)0).WithMessage("sumber wajib dipilih.");
        RuleFor(x => x.NomorRekomendasi).NotEmpty().WithMessage("No. rekomendasi wajib diisi.").MaximumLength(50);
        RuleFor(x => x.Rekomendasi).NotEmpty().WithMessage("Rekomendasi wajib diisi.").MaximumLength(2000);
        RuleFor(x => x.Unsur).Must(u => u is null || UnsurSkm.Kode.Contains(u.Trim().ToUpperInvariant())).WithMessage("unsur harus U1–U9 (unsur SKM) atau kosong.");
    }
}

internal sealed class BuatRencanaAksiCommandHandler(KinerjaDbContext db, AksesKinerja akses, PembacaRencanaAksi pembaca) : IRequestHandler<BuatRencanaAksiCommand, RencanaAksiDto>
{
    public async Task<RencanaAksiDto> Handle(BuatRencanaAksiCommand request, CancellationToken cancellationToken)
    {
        await akses.PastikanUbahAsync(request.UnitId, cancellationToken);
        var r = new RencanaAksi(
            request.UnitId, request.Tahun, request.Semester, request.Sumber, request.NomorRekomendasi!.Trim(), request.Rekomendasi!.Trim(), akses.Sekarang, akses.Pengguna.Username,
            string.IsNullOrWhiteSpace(request.Unsur) ? null : request.Unsur.Trim().ToUpperInvariant());
        db.RencanaAksi.Add(r);
        return await pembaca.DtoAsync(r, cancellationToken);
    }
}
