using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>What SOP modules share when their users create and edit activities: who may create, who may edit, and the
/// audit entry of an edit.</summary>
public sealed class PengelolaKegiatanSop(ICurrentUser user, IMediator mediator)
{
    /// <summary>UPT staff (unless <paramref name="hanyaPusat"/>), or staff of a Unit Kerja Pusat the SOP names, create
    /// activities of SOP <paramref name="kodeSop"/> for their own unit; 403 otherwise.</summary>
    public async Task PastikanBolehMembuatAsync(string kodeSop, string pesan, CancellationToken cancellationToken, bool hanyaPusat = false)
    {
        if (!hanyaPusat && user.IsInRole(Peran.Upt))
        {
            return;
        }

        if (user.IsInRole(Peran.UnitKerjaPusat)
            && (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).KodeSopUnitPusat.Contains(kodeSop))
        {
            return;
        }

        throw new ForbiddenException(pesan);
    }

    /// <summary>An activity's data may be edited by the performing unit while it runs: 404 when the user may not read
    /// it, 403 for other units, 409 once finished or cancelled.</summary>
    public async Task PastikanBolehUbahAsync(Guid instansId, CancellationToken cancellationToken) =>
        PastikanBolehUbah(await mediator.Send(new GetInstansQuery(instansId), cancellationToken));

    /// <summary>The same check on a run already read.</summary>
    public static void PastikanBolehUbah(InstansDto instans)
    {
        ArgumentNullException.ThrowIfNull(instans);
        if (!instans.BolehMengelola)
        {
            throw instans.Status == StatusInstans.Berjalan
                ? new ForbiddenException("Hanya unit pelaksana yang dapat mengubah kegiatan ini.")
                : new DomainException("Kegiatan sudah selesai atau dibatalkan; datanya tidak dapat diubah.");
        }
    }

    /// <summary>Records an edit (before → after) in the activity's audit trail when anything changed; the run takes
    /// the activity's current title.</summary>
    public async Task CatatUbahAsync(Guid instansId, string judul, string sebelum, string sesudah, CancellationToken cancellationToken)
    {
        if (sebelum != sesudah)
        {
            await mediator.Send(
                new CatatAuditKegiatanCommand(
                    instansId, "UbahKegiatan", null, null, Teks.Potong($"Sebelum: {sebelum} → Sesudah: {sesudah}", 1000), judul),
                cancellationToken);
        }
    }
}
