using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Application.Akses;

/// <summary>Settings of the Kinerja module (section <c>Kinerja</c>).</summary>
internal sealed class KinerjaOptions
{
    /// <summary>The planning unit that reviews every unit's realisation (Pusat planning).</summary>
    public string UnitPerencanaan { get; set; } = "Biro Perencanaan dan Keuangan";

    /// <summary>Entry for month M closes at the end of this day of month M+1.</summary>
    public int HariPenutupanEntri { get; set; } = 5;

    /// <summary>A Loka's realisation is verified by its koordinator Balai (the planning unit may still review).</summary>
    public bool VerifikasiLokaOlehKoordinator { get; set; } = true;

    /// <summary>Reminders start this many days before entry closes.</summary>
    public int PengingatHariSebelum { get; set; } = 2;

    /// <summary>The IKM target SKM results are compared with (25–100 scale); default 88.31, the lower bound of mutu A
    /// (Sangat Baik). Set <c>Kinerja__TargetIkm</c> to the Renstra's target.</summary>
    public decimal? TargetIkm { get; set; } = 88.31m;

    /// <summary>Predikat bands (Keputusan Kepala BPOM 311/2023); the default is provisional (ADR 0011).</summary>
    public PitaPredikatOptions Predikat { get; set; } = new();
}

/// <summary>The lowest NKO of each predikat.</summary>
internal sealed class PitaPredikatOptions
{
    public decimal Istimewa { get; set; } = PitaPredikat.Sementara.Istimewa;

    public decimal Baik { get; set; } = PitaPredikat.Sementara.Baik;

    public decimal ButuhPerbaikan { get; set; } = PitaPredikat.Sementara.ButuhPerbaikan;

    public decimal Kurang { get; set; } = PitaPredikat.Sementara.Kurang;

    public PitaPredikat Pita => new(Istimewa, Baik, ButuhPerbaikan, Kurang);
}
