using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;

namespace Bpom.Platform.Modules.Kinerja.Application.Impor;

/// <summary>How an import changes a PK's structure.</summary>
internal static class GabungStrukturPk
{
    /// <summary>The PK structure with the file's perspectives, sasaran and indicators added or updated (others kept).</summary>
    internal static List<PerspektifPk> Gabung(IReadOnlyList<PerspektifPk> lama, IReadOnlyList<BarisImpor> baris)
    {
        var perspektif = lama.Select(p => (p.Nama, Sasaran: p.Sasaran.Select(s => (s.Kode, s.Nama, s.HitungNko, Indikator: s.Indikator.ToList())).ToList())).ToList();

        foreach (var b in baris)
        {
            // Sasaran: found anywhere by code (moved when its perspective changed), else added.
            var pIndex = perspektif.FindIndex(p => p.Nama == b.Perspektif);
            if (pIndex < 0)
            {
                perspektif.Add((b.Perspektif, []));
                pIndex = perspektif.Count - 1;
            }

            (string Kode, string Nama, bool HitungNko, List<IndikatorPk> Indikator)? ss = null;
            foreach (var p in perspektif)
            {
                var i = p.Sasaran.FindIndex(s => string.Equals(s.Kode, b.KodeSasaran, StringComparison.OrdinalIgnoreCase));
                if (i >= 0)
                {
                    ss = p.Sasaran[i];
                    p.Sasaran.RemoveAt(i);
                    break;
                }
            }

            var sasaran = (Kode: b.KodeSasaran, Nama: b.NamaSasaran, b.HitungNko, Indikator: ss?.Indikator ?? []);
            perspektif[pIndex].Sasaran.Add(sasaran);

            // Indicator: found anywhere by code (moved to this sasaran), else added; the period's target set or cleared.
            IndikatorPk? lamaInd = null;
            foreach (var s in perspektif.SelectMany(p => p.Sasaran))
            {
                var i = s.Indikator.FindIndex(x => string.Equals(x.Kode, b.KodeIndikator, StringComparison.OrdinalIgnoreCase));
                if (i >= 0)
                {
                    lamaInd = s.Indikator[i];
                    s.Indikator.RemoveAt(i);
                    break;
                }
            }

            var target = new SortedDictionary<string, decimal>(lamaInd?.Target.ToDictionary() ?? [], StringComparer.Ordinal);
            if (b.TargetPeriode is { } t)
            {
                target[b.Periode] = t;
            }
            else
            {
                target.Remove(b.Periode);
            }

            sasaran.Indikator.Add(lamaInd is null
                ? new IndikatorPk(
                    b.KodeIndikator, b.NamaIndikator, b.Satuan, b.Arah, null, null, null, b.TargetTahunan, target, false, SumberRealisasi.Manual, null, b.PenugasanDirektif ?? false)
                : lamaInd with
                {
                    Kode = b.KodeIndikator, Nama = b.NamaIndikator, Satuan = b.Satuan, Arah = b.Arah, TargetTahunan = b.TargetTahunan, Target = target,
                    PenugasanDirektif = b.PenugasanDirektif ?? lamaInd.PenugasanDirektif,
                });
        }

        // Sasaran and perspectives left empty because the file moved their indicators elsewhere are dropped.
        return perspektif
            .Select(p => new PerspektifPk(p.Nama, p.Sasaran.Where(s => s.Indikator.Count > 0).Select(s => new SasaranPk(s.Kode, s.Nama, s.HitungNko, s.Indikator.ToList())).ToList()))
            .Where(p => p.Sasaran.Count > 0)
            .ToList();
    }
}
