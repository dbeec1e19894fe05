using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Berkas.Domain;
using Bpom.Platform.Modules.Berkas.Infrastructure.Persistence;

namespace Bpom.Platform.Modules.Berkas.Infrastructure.Nasional;

/// <summary>The stored files of the national dataset (small valid PDFs, <see cref="BerkasNasional.Isi"/>) that other
/// parts referenced this year, written with COPY.</summary>
internal sealed class PengisiBerkasNasional(BerkasDbContext db) : IPengisiDataNasional
{
    public int Urutan => 40;

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var berkas = data.Tas<BerkasNasional>().Select(b => new BerkasTersimpan(
            b.Id, b.Modul, b.NamaBerkas, BerkasNasional.JenisKonten, BerkasNasional.Sha256(b.Id), BerkasNasional.Isi(b.Id), b.Pada));
        await db.SalinAsync(berkas, cancellationToken);
    }
}
