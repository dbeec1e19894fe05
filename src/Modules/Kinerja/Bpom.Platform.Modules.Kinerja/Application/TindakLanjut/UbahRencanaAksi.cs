using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

/// <summary>One action on an action plan.</summary>
/// <param name="Id">Action plan.</param>
/// <param name="Aksi">Isi, Nilai, SahkanBukti or Tutup.</param>
/// <param name="Rencana">Isi: the plan.</param>
/// <param name="BatasWaktu">Isi: timeline.</param>
/// <param name="Catatan">Isi/Nilai: note.</param>
/// <param name="Bukti">Isi: evidence documents (uploaded for the unit).</param>
/// <param name="Sesuai">Nilai: the plan matches the recommendation.</param>
/// <param name="KondisiSebelum">Isi: the condition before the action.</param>
/// <param name="KondisiSesudah">Isi: the condition after it.</param>
internal sealed record UbahRencanaAksiCommand(
    Guid Id, AksiRencanaAksi? Aksi, string? Rencana, LocalDate? BatasWaktu, string? Catatan, IReadOnlyList<Guid>? Bukti, bool? Sesuai,
    string? KondisiSebelum = null, string? KondisiSesudah = null) : ICommand<RencanaAksiDto>;

internal sealed class UbahRencanaAksiCommandValidator : AbstractValidator<UbahRencanaAksiCommand>
{
    public UbahRencanaAksiCommandValidator()
    {
        RuleFor(x => x.BatasWaktu).TanggalWajar();
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.").IsInEnum();
        RuleFor(x => x.Rencana).NotEmpty().WithMessage("Rencana aksi wajib diisi.").When(x => x.Aksi == AksiRencanaAksi.Isi);
        RuleFor(x => x.Rencana).MaximumLength(2000);
        RuleFor(x => x.Catatan).MaximumLength(2000);
        RuleFor(x => x.KondisiSebelum).MaximumLength(2000);
        RuleFor(x => x.KondisiSesudah).MaximumLength(2000);
        RuleFor(x => x.Bukti).Must(b => b is null || b.Count <= 20).WithMessage("Paling banyak 20 data dukung.");
        RuleFor(x => x.Sesuai).NotNull().WithMessage("Pilih sesuai atau tidak sesuai rekomendasi.").When(x => x.Aksi == AksiRencanaAksi.Nilai);
    }
}

internal sealed class UbahRencanaAksiCommandHandler(KinerjaDbContext db, AksesKinerja akses, PembacaRencanaAksi pembaca) : IRequestHandler<UbahRencanaAksiCommand, RencanaAksiDto>
{
    public async Task<RencanaAksiDto> Handle(UbahRencanaAksiCommand request, CancellationToken cancellationToken)
    {
        var r = await db.RencanaAksi.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Rencana aksi tidak ditemukan.");
        await akses.PastikanBacaAsync(r.UnitId, cancellationToken);
        var oleh = akses.Pengguna.Username;
        switch (request.Aksi!.Value)
        {
            case AksiRencanaAksi.Isi:
                await akses.PastikanUbahAsync(r.UnitId, cancellationToken);
                var bukti = request.Bukti?.Distinct().ToList() ?? [];
                var ada = await db.Dokumen.CountAsync(d => bukti.Contains(d.Id) && d.UnitId == r.UnitId, cancellationToken);
                if (ada != bukti.Count)
                {
                    throw new ValidationException([new FluentValidation.Results.ValidationFailure("bukti", "Data dukung tidak ditemukan (unggah dulu untuk unit ini).")]);
                }

                r.IsiRencana(
                    request.Rencana!.Trim(), request.BatasWaktu, request.Catatan?.Trim(), bukti, akses.Sekarang, oleh,
                    string.IsNullOrWhiteSpace(request.KondisiSebelum) ? null : request.KondisiSebelum.Trim(),
                    string.IsNullOrWhiteSpace(request.KondisiSesudah) ? null : request.KondisiSesudah.Trim());
                break;
            case AksiRencanaAksi.Nilai:
                if (!await akses.BolehTinjauAsync(r.UnitId, cancellationToken))
                {
                    throw new ForbiddenException("Penilaian kesesuaian oleh unit perencanaan.");
                }

                r.Nilai(request.Sesuai!.Value, request.Catatan?.Trim(), akses.Sekarang, oleh);
                break;
            case AksiRencanaAksi.SahkanBukti:
                if (!akses.KepalaUnitDari(r.UnitId))
                {
                    throw new ForbiddenException("Data dukung disahkan oleh kepala unit yang bersangkutan.");
                }

                r.SahkanBukti(akses.Sekarang, oleh);
                break;
            default:
                await akses.PastikanUbahAsync(r.UnitId, cancellationToken);
                r.Tutup(akses.Sekarang, oleh);
                break;
        }

        return await pembaca.DtoAsync(r, cancellationToken);
    }
}
