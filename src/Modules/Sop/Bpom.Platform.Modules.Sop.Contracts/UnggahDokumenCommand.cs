using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Uploads the output (or, for a step whose input comes from outside, the Kelengkapan) of the current step.
/// Re-uploading adds a version.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="Kode">Step code.</param>
/// <param name="Jenis">Output or Kelengkapan.</param>
/// <param name="NamaBerkas">File name as uploaded.</param>
/// <param name="Isi">The bytes.</param>
public sealed record UnggahDokumenCommand(Guid InstansId, string Kode, JenisDokumen? Jenis, string NamaBerkas, byte[] Isi) : ICommand<DokumenDto>;
