using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Notifikasi.Contracts;

/// <summary>One notification of a batch, sent once per <paramref name="KunciKlaim"/>.</summary>
/// <param name="KunciKlaim">Once-only key (e.g. step, kind and rung of a deadline reminder).</param>
/// <param name="PenggunaIds">Recipients.</param>
/// <param name="Jenis">Pengingat, Eskalasi or Informasi.</param>
/// <param name="Judul">Title (≤ 300, cut with "…").</param>
/// <param name="Pesan">Message (≤ 2000, cut with "…").</param>
/// <param name="InstansId">The SOP run it is about, if any.</param>
/// <param name="Modul">The module whose page it links to.</param>
/// <param name="ReferensiId">The record in that module.</param>
/// <param name="LangkahKode">The SOP step, if any.</param>
/// <param name="JatuhTempo">The due date it is about, if any (its e-mail shows it as a date and in HK left).</param>
public sealed record NotifikasiBaru(
    string KunciKlaim, IReadOnlyList<Guid> PenggunaIds, JenisNotifikasi Jenis, string Judul, string Pesan, Guid? InstansId = null,
    string? Modul = null, Guid? ReferensiId = null, string? LangkahKode = null, NodaTime.LocalDate? JatuhTempo = null);

/// <summary>Sends a batch of once-only notifications set-based: every key is claimed in one statement (those claimed
/// before are left out) and the notifications of the new claims are written, all in the caller's transaction. Returns
/// the keys sent now.</summary>
public sealed record KirimNotifikasiBanyakCommand(IReadOnlyList<NotifikasiBaru> Notifikasi) : ICommand<HasilKirimNotifikasiBanyak>;

/// <summary>What a batch send did.</summary>
/// <param name="Terkirim">Keys claimed now (their notifications were written).</param>
/// <param name="Penerima">Notifications written.</param>
public sealed record HasilKirimNotifikasiBanyak(IReadOnlyCollection<string> Terkirim, int Penerima);
