using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>States of a running step.</summary>
public enum StatusLangkah
{
    Menunggu = 1,
    Berjalan = 2,
    Dijeda = 3,
    Diajukan = 4,
    Dikembalikan = 5,
    Selesai = 6,
    Dilewati = 7,
    Dibatalkan = 8,
}

/// <summary>What may happen to a step.</summary>
public enum PemicuLangkah
{
    Mulai,
    Jeda,
    Lanjutkan,
    Ajukan,
    Kembalikan,
    Setujui,
    Lewati,
    Batalkan,
}

/// <summary>SLA status of a step.</summary>
public enum StatusSla
{
    BelumBerjalan = 1,
    TanpaSla = 2,
    TepatWaktu = 3,
    MendekatiBatas = 4,
    Terlambat = 5,
    SelesaiTepatWaktu = 6,
    SelesaiTerlambat = 7,
}

/// <summary>A pause while the step waits on an external party: from <c>mulai</c> until the day it resumed (<c>selesai</c>).</summary>
public sealed record PeriodeJeda(LocalDate Mulai, LocalDate? Selesai, string Alasan);

/// <summary>Where a step stands against its Mutu Baku.</summary>
public sealed record SlaLangkah(StatusSla Status, int? HkBudget, int? HkTerpakai, int? HkTersisa, LocalDate? JatuhTempo, LocalDate? RencanaSelesai);
