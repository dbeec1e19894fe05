using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Bpom.Platform.Modules.Berkas.Contracts;

/// <summary>A stored file of the national dataset: its bytes are a small valid PDF naming its id
/// (<see cref="Isi"/>), so whoever references it can state its size and SHA-256 without holding the bytes.</summary>
public sealed record BerkasNasional(Guid Id, string Modul, string NamaBerkas, Instant Pada)
{
    public const string JenisKonten = "application/pdf";

    public static byte[] Isi(Guid id) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% data nasional {id:N}\n%%EOF\n");

    public static string Sha256(Guid id) => Convert.ToHexStringLower(SHA256.HashData(Isi(id)));

    public static long Ukuran(Guid id) => Isi(id).Length;
}
