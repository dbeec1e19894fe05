using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Sop.Application.Definisi;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Nasional;

/// <summary>
/// The engine's part of the national dataset: a run for every activity the SOP modules generated this year, played
/// forward through the domain (<see cref="SimulasiKegiatan"/>), written with COPY (runs, steps, routings, audit,
/// document metadata); the document files and the step facts go on to the Berkas and Kinerja parts.
/// </summary>
internal sealed class PengisiSopNasional(SopDbContext db, IMediator mediator, IKalenderHariKerjaSource kalenderSource) : IPengisiDataNasional
{
    private IReadOnlyDictionary<string, DefinisiSop> _definisi = new Dictionary<string, DefinisiSop>();

    public int Urutan => 30;

    public async Task MulaiAsync(DataNasional data, CancellationToken cancellationToken) =>
        _definisi = (await mediator.Send(new DaftarDefinisiSopQuery(null, false), cancellationToken)).ToDictionary(d => d.Kode);

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (_definisi.Count == 0)
        {
            await MulaiAsync(data, cancellationToken);
        }

        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var simulasi = new SimulasiKegiatan(data, _definisi, kalender);
        var hasil = new HasilSimulasi();
        foreach (var k in data.Tas<KegiatanNasional>())
        {
            simulasi.Jalankan(k, hasil);
        }

        await db.SalinAsync(hasil.Instans, cancellationToken);
        await db.SalinAsync(hasil.Instans.SelectMany(i => i.Langkah), cancellationToken);
        await db.SalinAsync(hasil.Penugasan, cancellationToken);
        await db.SalinAsync(hasil.Audit, cancellationToken);
        await db.SalinAsync(hasil.Dokumen, cancellationToken);
        data.Tas<BerkasNasional>().AddRange(hasil.Berkas);
        data.Tas<FaktaLangkahSopDto>().AddRange(hasil.Instans.SelectMany(i => FaktaLangkahSop.Dari(i, kalender)));
    }
}
