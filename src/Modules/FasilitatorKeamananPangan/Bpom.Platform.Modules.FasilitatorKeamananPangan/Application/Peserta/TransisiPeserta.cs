using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;

/// <summary>Runs one action on several participants of a cohort at once (e.g. "mark trained"): all or nothing.</summary>
/// <param name="AngkatanId">Cohort.</param>
/// <param name="PesertaIds">Participants (1–500).</param>
/// <param name="Aksi">Rekrut, CatatPelatihan (with <paramref name="HasilPelatihan"/>) or Hentikan (with <paramref name="Catatan"/> as the reason).</param>
/// <param name="HasilPelatihan">Kompeten or BelumKompeten.</param>
/// <param name="Catatan">Reason (Hentikan) or note.</param>
internal sealed record TransisiPesertaCommand(Guid AngkatanId, IReadOnlyList<Guid> PesertaIds, AksiPeserta? Aksi, HasilPelatihan? HasilPelatihan, string? Catatan)
    : ICommand<AngkatanDto>;

internal sealed class TransisiPesertaCommandValidator : AbstractValidator<TransisiPesertaCommand>
{
    public TransisiPesertaCommandValidator()
    {
        RuleFor(x => x.AngkatanId).NotEmpty();
        RuleFor(x => x.PesertaIds).NotEmpty().WithMessage("Pilih sekurang-kurangnya satu peserta.").Must(p => p is null || p.Count <= 500).WithMessage("Paling banyak 500 peserta sekaligus.");
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.")
            .Must(a => a is AksiPeserta.Rekrut or AksiPeserta.CatatPelatihan or AksiPeserta.Hentikan)
            .WithMessage("Aksi massal: Rekrut, CatatPelatihan atau Hentikan. Sertifikat dicatat per peserta.");
        RuleFor(x => x.HasilPelatihan).NotNull().WithMessage("Hasil pelatihan wajib dipilih.").IsInEnum().When(x => x.Aksi == AksiPeserta.CatatPelatihan);
        RuleFor(x => x.Catatan).NotEmpty().WithMessage("Alasan berhenti wajib diisi.").When(x => x.Aksi == AksiPeserta.Hentikan);
        RuleFor(x => x.Catatan).MaximumLength(1000);
    }
}

internal sealed class TransisiPesertaCommandHandler(FasilitatorDbContext db, IMediator mediator, AksesFasilitator akses, PembacaAngkatan pembaca, IClock clock)
    : IRequestHandler<TransisiPesertaCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(TransisiPesertaCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.AngkatanId, cancellationToken);
        var aksi = request.Aksi!.Value;
        if (!LangkahAksi.SudahDimulai(instans, aksi))
        {
            throw new DomainException($"Langkah {LangkahAksi.Untuk(aksi)} belum dimulai; hasilnya belum dapat dicatat.");
        }

        var ids = request.PesertaIds.Distinct().ToList();
        var peserta = await db.Peserta.Where(p => p.AngkatanId == a.Id && ids.Contains(p.Id)).ToListAsync(cancellationToken);
        if (peserta.Count != ids.Count)
        {
            throw new NotFoundException("Sebagian peserta tidak ada di angkatan ini.");
        }

        if (peserta.FirstOrDefault(p => !akses.BolehAksi(a, p, aksi)) is not null)
        {
            throw new ForbiddenException("Peran Anda tidak dapat menjalankan aksi ini untuk semua peserta yang dipilih.");
        }

        var tidakBisa = peserta.Where(p => !p.BolehMenjadi(aksi)).Select(p => p.Id).ToList();
        if (tidakBisa.Count > 0)
        {
            var nama = await db.Peserta.Where(p => tidakBisa.Contains(p.Id)).Join(db.Fasilitator, p => p.FasilitatorId, f => f.Id, (p, f) => f.Nama + " (" + p.Status + ")")
                .ToListAsync(cancellationToken);
            throw new DomainException($"Tidak ada yang diubah: {string.Join(", ", nama.Order(StringComparer.Ordinal))} tidak dapat {aksi}.");
        }

        var user = akses.Pengguna;
        var sekarang = clock.GetCurrentInstant();
        foreach (var p in peserta)
        {
            switch (aksi)
            {
                case AksiPeserta.Rekrut:
                    p.Rekrut(user.UserId, user.Username, sekarang);
                    break;
                case AksiPeserta.CatatPelatihan:
                    p.CatatPelatihan(request.HasilPelatihan!.Value, request.Catatan, user.UserId, user.Username, sekarang);
                    break;
                default:
                    p.Hentikan(request.Catatan!, user.UserId, user.Username, sekarang);
                    break;
            }
        }

        await mediator.Send(new CatatAuditKegiatanCommand(a.InstansId, $"Peserta{aksi}", null, $"{peserta.Count} peserta", request.Catatan is null ? null : Teks.Potong(request.Catatan, 1000)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}
