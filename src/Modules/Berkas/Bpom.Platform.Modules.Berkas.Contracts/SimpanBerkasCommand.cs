using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Berkas.Contracts;

/// <summary>Checks an uploaded document (<see cref="PemeriksaDokumen"/>: type by signature, size) and stores its bytes.
/// A refused file is a 400 on <c>berkas</c> with the reason. The caller keeps its own record of what the document is
/// and who may read it; it reads the bytes back with <see cref="BacaBerkasQuery"/> after its own check.</summary>
/// <param name="Modul">The owning module (for operators; not an authorisation).</param>
/// <param name="NamaBerkas">File name as uploaded.</param>
/// <param name="Isi">The bytes.</param>
/// <param name="UkuranMaksimum">Size limit in bytes; default <see cref="PemeriksaDokumen.UkuranMaksimumDefault"/>.</param>
public sealed record SimpanBerkasCommand(string Modul, string NamaBerkas, byte[] Isi, long? UkuranMaksimum = null) : ICommand<BerkasDto>;

/// <summary>A stored document.</summary>
/// <param name="Id">Its id (what the owner keeps).</param>
/// <param name="NamaBerkas">File name (path parts removed).</param>
/// <param name="JenisKonten">Content type found from the bytes.</param>
/// <param name="Ukuran">Size in bytes.</param>
/// <param name="Sha256">SHA-256, lower-case hex.</param>
public sealed record BerkasDto(Guid Id, string NamaBerkas, string JenisKonten, long Ukuran, string Sha256);

/// <summary>A stored document's bytes, for a download the owning module has authorised. 404 for an unknown id.</summary>
public sealed record BacaBerkasQuery(Guid Id) : IQuery<IsiBerkas>;

/// <summary>A document to send to the browser.</summary>
public sealed record IsiBerkas(string NamaBerkas, string JenisKonten, string Sha256, byte[] Isi);
