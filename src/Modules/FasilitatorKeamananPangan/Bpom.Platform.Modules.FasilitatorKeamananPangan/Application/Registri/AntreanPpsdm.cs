using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

/// <summary>What waits for PPSDM: training results (D3 running), competency certificates (D4 running, trained
/// competent) and recognition certificates to ratify (D6 running).</summary>
internal sealed record AntreanPpsdmDto(Guid AngkatanId, string Angkatan, Guid PesertaId, Guid FasilitatorId, string Nama, StatusPeserta Status, AksiPeserta AksiBerikut);

/// <summary>The PPSDM queue (PPSDM, Pimpinan, Admin).</summary>
internal sealed record AntreanPpsdmQuery : IQuery<IReadOnlyList<AntreanPpsdmDto>>;

internal sealed class AntreanPpsdmQueryHandler(FasilitatorDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<AntreanPpsdmQuery, IReadOnlyList<AntreanPpsdmDto>>
{
    public async Task<IReadOnlyList<AntreanPpsdmDto>> Handle(AntreanPpsdmQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Peran.Ppsdm) && !user.IsInRole(Peran.Pimpinan) && !user.IsInRole(Peran.Admin))
        {
            throw new ForbiddenException("Antrean ini untuk PPSDM.");
        }

        var angkatan = await db.Angkatan.AsNoTracking().ToListAsync(cancellationToken);
        var ringkas = await mediator.Send(new RingkasanInstansQuery(angkatan.Select(a => a.InstansId).ToList()), cancellationToken);
        var aktif = angkatan.Where(a => ringkas.TryGetValue(a.InstansId, out var r) && r.Status == StatusInstans.Berjalan)
            .ToDictionary(a => a.Id, a => (Angkatan: a, Langkah: ringkas[a.InstansId].LangkahAktif));
        var ids = aktif.Keys.ToList();
        var peserta = await db.Peserta.AsNoTracking().Where(p => ids.Contains(p.AngkatanId))
            .Join(db.Fasilitator, p => p.FasilitatorId, f => f.Id, (p, f) => new { Peserta = p, f.Nama }).ToListAsync(cancellationToken);
        return peserta.Select(x =>
            {
                var (a, langkah) = aktif[x.Peserta.AngkatanId];
                AksiPeserta? berikut = (langkah, x.Peserta.Status) switch
                {
                    ("D3", StatusPeserta.Direkrut) => AksiPeserta.CatatPelatihan,
                    ("D4", StatusPeserta.Dilatih) when x.Peserta.HasilPelatihan == HasilPelatihan.Kompeten => AksiPeserta.CatatSertifikatKompetensi,
                    ("D6", StatusPeserta.TersertifikasiKompetensi) => AksiPeserta.CatatSertifikatPengakuan,
                    _ => null,
                };
                return berikut is null ? null : new AntreanPpsdmDto(a.Id, a.Nama, x.Peserta.Id, x.Peserta.FasilitatorId, x.Nama, x.Peserta.Status, berikut.Value);
            })
            .OfType<AntreanPpsdmDto>()
            .OrderBy(x => x.Angkatan, StringComparer.Ordinal).ThenBy(x => x.Nama, StringComparer.Ordinal)
            .ToList();
    }
}
