using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>What the step notifications would have told about one started step: dates, HK used against its Mutu
/// Baku, and how its activity ended.</summary>
/// <param name="Asal">The activity.</param>
/// <param name="LangkahKode">Step code.</param>
/// <param name="Status">The step's state now.</param>
/// <param name="TanggalMulai">Start date (unit's local date).</param>
/// <param name="JatuhTempo">Due date (null without HK).</param>
/// <param name="TanggalSelesai">Approval date, when finished.</param>
/// <param name="TepatWaktu">Finished by the due date (null without HK or not finished).</param>
/// <param name="HkTerpakai">Working days used by a finished step (pauses left out).</param>
/// <param name="WaktuHk">The step's Mutu Baku in HK.</param>
/// <param name="StatusInstans">The activity's state.</param>
/// <param name="KegiatanSelesai">The day the activity completed (unit's local date).</param>
public sealed record FaktaLangkahSopDto(
    AsalKegiatan Asal, string LangkahKode, StatusLangkah Status, LocalDate TanggalMulai, LocalDate? JatuhTempo, LocalDate? TanggalSelesai, bool? TepatWaktu,
    int? HkTerpakai, int? WaktuHk, StatusInstans StatusInstans, LocalDate? KegiatanSelesai);

/// <summary>The started steps of a batch of activities (at most <paramref name="Batas"/> runs, in id order after
/// <paramref name="SetelahInstansId"/>), for a module that keeps statistics from the step notifications and starts
/// after activities already ran: it fills its history once from this, batch after batch. Not exposed over HTTP.</summary>
public sealed record DaftarFaktaLangkahSopQuery(Guid? SetelahInstansId = null, int Batas = 1000) : IQuery<HalamanFaktaLangkahSop>;

/// <summary>A batch of facts; <paramref name="Berikutnya"/> continues the reading (null after the last batch).</summary>
public sealed record HalamanFaktaLangkahSop(IReadOnlyList<FaktaLangkahSopDto> Fakta, Guid? Berikutnya);
