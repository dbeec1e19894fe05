using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Notifikasi.Contracts;

/// <summary>Sends an in-app notification to the given users. With a <paramref name="KunciKlaim"/> it is sent once per
/// key: the claim is written in the same transaction as the notifications, so a retried or overlapping job (or a second
/// server) sends it once. Texts longer than their columns are cut, marked with "…". When e-mail is configured, each
/// notification is also queued for mail in that transaction (sent per the recipient's preference).</summary>
/// <param name="KunciKlaim">Once-only key (e.g. step, kind and rung of a deadline reminder); null = always send.</param>
/// <param name="PenggunaIds">Recipients.</param>
/// <param name="Jenis">Pengingat, Eskalasi or Informasi.</param>
/// <param name="Judul">Title (≤ 300).</param>
/// <param name="Pesan">Message (≤ 2000).</param>
/// <param name="InstansId">The SOP run it is about, if any.</param>
/// <param name="Modul">The module whose page it links to.</param>
/// <param name="ReferensiId">The record in that module.</param>
/// <param name="LangkahKode">The SOP step, if any.</param>
/// <param name="JatuhTempo">The due date it is about, if any (its e-mail shows it as a date and in HK left).</param>
public sealed record KirimNotifikasiCommand(
    string? KunciKlaim, IReadOnlyList<Guid> PenggunaIds, JenisNotifikasi Jenis, string Judul, string Pesan, Guid? InstansId = null,
    string? Modul = null, Guid? ReferensiId = null, string? LangkahKode = null, NodaTime.LocalDate? JatuhTempo = null) : ICommand<HasilKirimNotifikasi>;

/// <summary>What a send did.</summary>
/// <param name="Dikirim">False when the claim key was already used (nothing sent).</param>
/// <param name="Penerima">Notifications written.</param>
public sealed record HasilKirimNotifikasi(bool Dikirim, int Penerima);
