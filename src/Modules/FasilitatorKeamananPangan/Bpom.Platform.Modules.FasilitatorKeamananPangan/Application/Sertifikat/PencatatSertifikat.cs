using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;

internal static class NomorSertifikat
{
    public const string Pola = "^[A-Za-z0-9][A-Za-z0-9./-]{2,59}$";
}

internal sealed class PencatatSertifikat(FasilitatorDbContext db, IMediator mediator, AksesFasilitator akses, PembacaAngkatan pembaca, IClock clock)
{
    public async Task<AngkatanDto> CatatAsync(Guid pesertaId, AksiPeserta aksi, string nomor, Action<PesertaAngkatan, Guid, string, Instant> catat, CancellationToken cancellationToken)
    {
        var p = await db.Peserta.SingleOrDefaultAsync(x => x.Id == pesertaId, cancellationToken) ?? throw new NotFoundException("Peserta tidak ditemukan.");
        var (a, instans) = await pembaca.MuatAsync(p.AngkatanId, cancellationToken);
        if (!akses.BolehAksi(a, p, aksi))
        {
            throw new ForbiddenException(aksi == AksiPeserta.CatatSertifikatPengakuan
                ? "Sertifikat pengakuan disahkan oleh PPSDM atau Kepala BPOM."
                : "Sertifikat kompetensi dicatat oleh PPSDM.");
        }

        if (!LangkahAksi.SudahDimulai(instans, aksi))
        {
            throw new DomainException($"Langkah {LangkahAksi.Untuk(aksi)} belum dimulai; sertifikat belum dapat dicatat.");
        }

        var dipakai = aksi == AksiPeserta.CatatSertifikatPengakuan
            ? await db.Peserta.AnyAsync(x => x.SertifikatPengakuan!.Nomor == nomor, cancellationToken)
            : await db.Peserta.AnyAsync(x => x.SertifikatKompetensi!.Nomor == nomor, cancellationToken);
        if (dipakai)
        {
            throw new ValidationException([new ValidationFailure("nomor", "Nomor sertifikat ini sudah dipakai.")]);
        }

        var user = akses.Pengguna;
        catat(p, user.UserId, user.Username, clock.GetCurrentInstant());
        await mediator.Send(new CatatAuditKegiatanCommand(a.InstansId, aksi.ToString(), null, Teks.Potong(nomor, 40), null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}
