using System.Net.Sockets;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bpom.Platform.UnitTests.Web;

public class ApiExceptionHandlerTests
{
    public static TheoryData<Exception, bool> Galat => new()
    {
        { new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("x", new TimeoutException())), true },
        { new DbUpdateException("save", new NpgsqlException("reset", new IOException("connection reset"))), true },
        { new InvalidOperationException("Sequence contains no elements"), false },
        { new NpgsqlException("syntax"), false },
    };

    [Theory]
    [MemberData(nameof(Galat))]
    public void A_database_that_cannot_be_reached_is_told_apart_from_a_bug(Exception galat, bool tidakTersedia) =>
        Assert.Equal(tidakTersedia, ApiExceptionHandler.BasisDataTidakTersedia(galat));
}
