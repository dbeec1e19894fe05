using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Organisasi.Domain;
using NodaTime;

namespace Bpom.Platform.UnitTests.Domain;

public class OrganisasiDomainTests
{
    private static UnitKerja Unit(JenisUnit jenis, string nama = "X") => new(Guid.NewGuid(), nama, jenis, "Bengkulu", "Asia/Jakarta");

    [Theory]
    [InlineData(JenisUnit.BalaiBesarPom)]
    [InlineData(JenisUnit.BalaiPom)]
    public void A_Loka_can_be_coordinated_by_a_Balai(object jenis)
    {
        var loka = Unit(JenisUnit.LokaPom);
        var balai = Unit((JenisUnit)jenis);
        loka.TetapkanKoordinator(balai);
        Assert.Equal(balai.Id, loka.KoordinatorId);
        loka.TetapkanKoordinator(null);
        Assert.Null(loka.KoordinatorId);
    }

    [Theory]
    [InlineData(JenisUnit.LokaPom)]
    [InlineData(JenisUnit.UnitKerjaPusat)]
    [InlineData(JenisUnit.Pimpinan)]
    public void Only_a_Balai_may_coordinate(object jenis)
    {
        var loka = Unit(JenisUnit.LokaPom);
        Assert.Throws<DomainException>(() => loka.TetapkanKoordinator(Unit((JenisUnit)jenis)));
        Assert.Null(loka.KoordinatorId);
    }

    [Fact]
    public void Only_a_Loka_has_a_koordinator()
    {
        var balai = Unit(JenisUnit.BalaiPom);
        Assert.Throws<DomainException>(() => balai.TetapkanKoordinator(Unit(JenisUnit.BalaiBesarPom)));
    }

    [Fact]
    public void An_inactive_Balai_cannot_become_koordinator()
    {
        var balai = Unit(JenisUnit.BalaiPom);
        balai.Aktif = false;
        Assert.Throws<DomainException>(() => Unit(JenisUnit.LokaPom).TetapkanKoordinator(balai));
    }

    [Fact]
    public void Repeated_failed_logins_lock_the_account_until_the_lockout_ends()
    {
        var now = Instant.FromUtc(2026, 11, 23, 8, 0);
        var user = new Pengguna(Guid.NewGuid(), " Upt.Bengkulu ", "Petugas", Guid.NewGuid(), ["Upt"], now);
        Assert.Equal("upt.bengkulu", user.Username);
        for (var i = 0; i < 4; i++)
        {
            user.CatatGagalLogin(now, 5, Duration.FromMinutes(15));
            Assert.False(user.IsTerkunci(now));
        }

        user.CatatGagalLogin(now, 5, Duration.FromMinutes(15));
        Assert.True(user.IsTerkunci(now));
        Assert.True(user.IsTerkunci(now + Duration.FromMinutes(14)));
        Assert.False(user.IsTerkunci(now + Duration.FromMinutes(15)));
    }

    [Fact]
    public void A_successful_login_resets_the_failure_count()
    {
        var now = Instant.FromUtc(2026, 11, 23, 8, 0);
        var user = new Pengguna(Guid.NewGuid(), "a", "A", Guid.NewGuid(), ["Upt"], now);
        for (var i = 0; i < 4; i++)
        {
            user.CatatGagalLogin(now, 5, Duration.FromMinutes(15));
        }

        user.CatatLoginBerhasil(now);
        user.CatatGagalLogin(now, 5, Duration.FromMinutes(15));
        Assert.False(user.IsTerkunci(now));
        Assert.Equal(now, user.LoginTerakhir);
    }
}
