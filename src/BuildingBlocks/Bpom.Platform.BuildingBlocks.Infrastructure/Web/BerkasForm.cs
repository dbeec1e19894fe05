using Microsoft.AspNetCore.Http;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>Reads an uploaded form file into memory (the size cap is the endpoint's request limit).</summary>
public static class BerkasForm
{
    public static async Task<(string Nama, byte[] Isi)> BacaAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (berkas is null)
        {
            return (string.Empty, []);
        }

        using var ms = new MemoryStream();
        await berkas.CopyToAsync(ms, cancellationToken);
        return (BerkasAman.NamaBerkas(berkas.FileName), ms.ToArray());
    }
}
