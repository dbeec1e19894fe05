using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;

/// <summary>Demo accounts for local use (registered only in Development or when Seed:DemoUsers is true).
/// Accounts that already exist are left as they are.</summary>
internal sealed class DemoUserSeeder(OrganisasiDbContext db, IPasswordHasher<Pengguna> hasher, IClock clock) : IDataSeeder
{
    public const string Password = "Bpom#2026dev";

    public static readonly IReadOnlyList<(string Username, string Nama, string Unit, string Peran)> Akun =
    [
        ("admin", "Administrator Sistem", "Pusat Data dan Informasi Obat dan Makanan", Peran.Admin),
        ("pusat.advokasi", "Petugas Advokasi Biro KSHM", "Biro Kerja Sama dan Hubungan Masyarakat", Peran.UnitKerjaPusat),
        ("pusat.pmpu.pangan", "Petugas Dit. PMPU Pangan Olahan", "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan", Peran.UnitKerjaPusat),
        ("upt.bengkulu", "Petugas Balai POM di Bengkulu", "Balai POM di Bengkulu", Peran.Upt),
        ("loka.rejanglebong", "Petugas Loka POM Rejang Lebong", "Loka POM di Kabupaten Rejang Lebong", Peran.Upt),
        ("ppsdm", "Petugas PPSDM", "Pusat Pengembangan Sumber Daya Manusia Pengawas Obat dan Makanan (PPSDM)", Peran.Ppsdm),
        ("pimpinan", "Pimpinan BPOM", OrganisasiSeeder.NamaKepalaBpom, Peran.Pimpinan),
        // A Deputi (Pejabat Pimpinan Tinggi Madya) reads the recaps and gives arahan like the Kepala BPOM.
        ("deputi3", "Deputi Bidang Pengawasan Pangan Olahan", "Deputi III (Pangan Olahan)", Peran.Pimpinan),
        ("kepala.kshm", "Kepala Biro Kerja Sama dan Hubungan Masyarakat", "Biro Kerja Sama dan Hubungan Masyarakat", Peran.KepalaUnit),
        ("kepala.bengkulu", "Kepala Balai POM di Bengkulu", "Balai POM di Bengkulu", Peran.KepalaUnit),
        ("kepala.rejanglebong", "Kepala Loka POM Rejang Lebong", "Loka POM di Kabupaten Rejang Lebong", Peran.KepalaUnit),
        ("kepala.pmpu.pangan", "Direktur PMPU Pangan Olahan", "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan", Peran.KepalaUnit),
        ("pusat.pmpu.otskkos", "Petugas Dit. PMPU OT, SK dan Kosmetik",
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik", Peran.UnitKerjaPusat),
        ("pusat.was.otsk", "Petugas Dit. Pengawasan OT dan SK", "Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan", Peran.UnitKerjaPusat),
        ("pusat.was.produksipangan", "Petugas Dit. Pengawasan Produksi Pangan Olahan", "Direktorat Pengawasan Produksi Pangan Olahan", Peran.UnitKerjaPusat),
        ("pusat.perencanaan", "Petugas Biro Perencanaan dan Keuangan", "Biro Perencanaan dan Keuangan", Peran.UnitKerjaPusat),
        ("kepala.perencanaan", "Kepala Biro Perencanaan dan Keuangan", "Biro Perencanaan dan Keuangan", Peran.KepalaUnit),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var units = await db.UnitKerja.ToDictionaryAsync(u => u.Nama, u => u.Id, cancellationToken);
        var existing = await db.Pengguna.Select(p => p.Username).ToListAsync(cancellationToken);
        foreach (var (username, nama, unit, peran) in Akun.Where(a => !existing.Contains(a.Username)))
        {
            if (!units.TryGetValue(unit, out var unitId))
            {
                continue; // the unit was removed or renamed by an admin: nothing to attach the demo user to
            }

            var pengguna = new Pengguna(Guid.CreateVersion7(), username, nama, unitId, [peran], clock.GetCurrentInstant());
            pengguna.SetPasswordHash(hasher.HashPassword(pengguna, Password));
            db.Pengguna.Add(pengguna);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
