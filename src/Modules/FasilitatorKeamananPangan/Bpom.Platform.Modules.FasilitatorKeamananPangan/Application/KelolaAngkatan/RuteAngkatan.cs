using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation.Results;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;

internal static class RuteAngkatan
{
    /// <summary>Participating UPTs recruit (D2): each is routed to that step as a Pelaksana.</summary>
    public static async Task<IReadOnlyList<PenugasanBaru>> UntukAsync(Angkatan a, IDirektoriOrganisasi direktori, CancellationToken cancellationToken)
    {
        var gagal = new List<ValidationFailure>();
        for (var i = 0; i < a.UptIds.Count; i++)
        {
            if (await direktori.UnitAsync(a.UptIds[i], cancellationToken) is not { Jenis: "BalaiBesarPom" or "BalaiPom" or "LokaPom" })
            {
                gagal.Add(new ValidationFailure($"uptIds[{i}]", "Bukan Balai Besar/Balai/Loka POM."));
            }
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        return a.UptIds.Select(u => new PenugasanBaru("D2", u, JenisPenugasan.Pelaksana, "UPT peserta angkatan: rekrutmen fasilitator di wilayahnya.")).ToList();
    }
}
