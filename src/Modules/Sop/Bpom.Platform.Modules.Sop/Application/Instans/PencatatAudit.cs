using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>Writes the append-only audit trail.</summary>
internal sealed class PencatatAudit(SopDbContext db, IClock clock, AksesSop akses)
{
    private int _urutan;

    public void Catat(InstansSop instans, string? langkahKode, string aksi, string? dari = null, string? ke = null, string? alasan = null, string? keterangan = null)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var user = akses.Pengguna;
        // Ids ascend in the order entries are made (EF inserts a batch in key order, and the sequence follows it).
        var waktu = clock.GetCurrentInstant();
        db.Audit.Add(new CatatanAudit(
            Guid.CreateVersion7(waktu.ToDateTimeOffset().AddMilliseconds(_urutan++)), instans.Id, langkahKode, aksi,
            Teks.Potong(dari, 40), Teks.Potong(ke, 40), Teks.Potong(alasan, 1000), Teks.Potong(keterangan, 1000),
            user.IsAuthenticated ? user.UserId : null, user.IsAuthenticated ? user.Username : "sistem",
            user.IsAuthenticated ? user.UnitId : null, waktu));
    }

    /// <summary>An entry made by the system (deadline sweep, calendar recompute).</summary>
    public static CatatanAudit Sistem(InstansSop instans, string? langkahKode, string aksi, string? keterangan, Instant waktu)
    {
        ArgumentNullException.ThrowIfNull(instans);
        return new CatatanAudit(Guid.CreateVersion7(), instans.Id, langkahKode, aksi, null, null, null, Teks.Potong(keterangan, 1000), null, "sistem", null, waktu);
    }
}
