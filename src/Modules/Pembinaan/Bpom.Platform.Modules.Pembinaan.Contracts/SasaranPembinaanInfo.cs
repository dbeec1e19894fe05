using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Pembinaan.Contracts;

/// <summary>A business or stakeholder of the Pembinaan registry as other modules see it.</summary>
public sealed record SasaranPembinaanInfo(Guid Id, string Nama, string Jenis, string? Nib, string Provinsi, string KabupatenKota);

/// <summary>One record of the Pembinaan registry by id; null when there is none.</summary>
public sealed record GetSasaranPembinaanInfoQuery(Guid Id) : IQuery<SasaranPembinaanInfo?>;
