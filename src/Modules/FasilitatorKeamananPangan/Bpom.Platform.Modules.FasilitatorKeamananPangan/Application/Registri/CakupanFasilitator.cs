using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

internal sealed class CakupanFasilitator(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun)
{
    /// <summary>Participants in cohorts the user may read.</summary>
    public async Task<IQueryable<PesertaAngkatan>> PesertaAsync(CancellationToken cancellationToken)
    {
        var angkatan = (await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken)).Select(a => a.Id);
        return db.Peserta.AsNoTracking().Where(p => angkatan.Contains(p.AngkatanId));
    }
}
