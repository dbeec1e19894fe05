using System.Reflection;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Berkas.Infrastructure.Nasional;
using Bpom.Platform.Modules.Berkas.Infrastructure.Persistence;

namespace Bpom.Platform.Modules.Berkas;

/// <summary>Uploaded documents for every module: the check every upload passes (<see cref="PemeriksaDokumen"/>) and
/// the store of their bytes (<see cref="SimpanBerkasCommand"/>, <see cref="BacaBerkasQuery"/>). No endpoints of its
/// own: each owner serves its downloads after its own authorisation.</summary>
public sealed class BerkasModule : IModule
{
    public string Name => "Berkas";

    public Assembly Contracts => typeof(SimpanBerkasCommand).Assembly;

    public void Register(ModuleBuilder module)
    {
        module.AddDbContext<BerkasDbContext>(BerkasDbContext.Schema);
        module.AddPengisiDataNasional<PengisiBerkasNasional>();
    }
}
