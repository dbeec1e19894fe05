using Bpom.Platform.Modules.Sop.Application.Tenggat;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;

namespace Bpom.Platform.Modules.Pelanggar.Application;

/// <summary>Reads the engine's tables and runs its sweep directly instead of going through Sop.Contracts.</summary>
internal sealed class MemakaiMesinSop(SopDbContext db, PenyapuTenggat penyapu)
{
    public int JumlahInstans() => db.Instans.Count();

    public Task SapuAsync(CancellationToken cancellationToken) => penyapu.JalankanAsync(cancellationToken);
}
