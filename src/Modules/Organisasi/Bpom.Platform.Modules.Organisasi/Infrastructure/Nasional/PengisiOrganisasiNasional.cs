using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Nasional;

/// <summary>
/// The organisation of the national dataset: every unit of the master data gets a staff account (<c>n.staf.NNN</c>,
/// role by the unit's kind) and a head (<c>n.kepala.NNN</c>), NNN the unit's number in name order, with the demo
/// password; the units and these users are shared with the other parts. The demo accounts keep their units, so their
/// inboxes fill too.
/// </summary>
internal sealed class PengisiOrganisasiNasional(OrganisasiDbContext db, IPasswordHasher<Pengguna> hasher) : IPengisiDataNasional
{
    public const string Awalan = "n.";

    public int Urutan => 10;

    public Task<bool> SudahAdaAsync(CancellationToken cancellationToken) =>
        db.Pengguna.AnyAsync(p => p.Username.StartsWith(Awalan), cancellationToken);

    public async Task MulaiAsync(DataNasional data, CancellationToken cancellationToken)
    {
        var units = (await db.UnitKerja.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(u => u.Nama, StringComparer.Ordinal).ToList();
        data.Unit = units.Select((u, i) => new UnitNasional(u.Id, u.Nama, u.Jenis.ToString(), u.Provinsi, u.ZonaWaktu, u.KoordinatorId, i + 1)).ToList();

        // One hash for every generated account: hashing is deliberately slow, and these are test accounts.
        var contoh = new Pengguna(Guid.Empty, "n.contoh", "contoh", Guid.Empty, [Peran.Upt], data.Sekarang);
        var hash = hasher.HashPassword(contoh, DemoUserSeeder.Password);
        var pengguna = new List<Pengguna>();
        foreach (var u in data.Unit)
        {
            var acak = data.Acak($"organisasi/{u.Nomor}");
            var peran = u.Jenis switch
            {
                nameof(JenisUnit.Ppsdm) => Peran.Ppsdm,
                nameof(JenisUnit.Pimpinan) => Peran.Pimpinan,
                nameof(JenisUnit.UnitKerjaPusat) => Peran.UnitKerjaPusat,
                _ => Peran.Upt,
            };
            var staf = new Pengguna(data.Id($"organisasi/{u.Nomor}/staf"), $"{Awalan}staf.{u.Nomor:000}", $"Petugas {u.Nama}", u.Id, [peran], data.Sekarang);
            var kepala = new Pengguna(data.Id($"organisasi/{u.Nomor}/kepala"), $"{Awalan}kepala.{u.Nomor:000}", $"Kepala {u.Nama}", u.Id, [Peran.KepalaUnit], data.Sekarang);
            staf.SetPasswordHash(hash);
            kepala.SetPasswordHash(hash);
            pengguna.Add(staf);
            pengguna.Add(kepala);
        }

        await db.SalinAsync(pengguna, cancellationToken);
        data.Pengguna = pengguna.Select(p => new PenggunaNasional(p.Id, p.UnitId, p.Username, p.Peran)).ToList();
    }

    public Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken) => Task.CompletedTask;
}
