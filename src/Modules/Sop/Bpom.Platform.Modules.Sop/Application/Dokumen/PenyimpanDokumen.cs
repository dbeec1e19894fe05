using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Sop.Application.Dokumen;

/// <summary>Stores a checked document version (type by signature, size cap, SHA-256).</summary>
internal sealed class PenyimpanDokumen(SopDbContext db, AksesSop akses, IClock clock)
{
    public async Task<DokumenSop> SimpanAsync(InstansSop instans, string langkahKode, JenisDokumen jenis, string namaBerkas, byte[] isi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var hasil = PemeriksaDokumen.Periksa(namaBerkas, isi);
        if (hasil.Dokumen is not { } diterima)
        {
            throw new ValidationException([new ValidationFailure("berkas", hasil.Alasan)]);
        }

        var versiTerakhir = await db.Dokumen.Where(d => d.InstansId == instans.Id && d.LangkahKode == langkahKode && d.Jenis == jenis)
            .MaxAsync(d => (int?)d.Versi, cancellationToken) ?? 0;
        var user = akses.Pengguna;
        var dokumen = new DokumenSop(
            Guid.CreateVersion7(), instans.Id, langkahKode, jenis, versiTerakhir + 1, diterima.NamaBerkas, diterima.ContentType,
            diterima.Ukuran, diterima.Sha256, user.UserId, user.Username, clock.GetCurrentInstant());
        db.Dokumen.Add(dokumen);
        db.IsiDokumen.Add(new IsiDokumen(dokumen.Id, isi));
        instans.Sentuh(clock.GetCurrentInstant());
        return dokumen;
    }
}
