using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Kinerja.Domain;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Impor;

/// <summary>Reads an import CSV: the rows as text, each row parsed and checked (every bad cell named
/// <c>baris[n].kolom</c>), and the rows checked against each other.</summary>
internal static class PembacaImpor
{
    private const NumberStyles Gaya = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public static List<(int Nomor, Dictionary<string, string> Nilai)> Baca(string teks)
    {
        using var reader = new StringReader(teks.TrimStart('\uFEFF'));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, DetectColumnCountChanges = false });
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new ValidationException([new ValidationFailure("berkas", "CSV tidak memiliki baris judul kolom.")]);
        }

        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var kurang = FormatImpor.Kolom.Except(header).ToList();
        if (kurang.Count > 0 || header.Length != header.Distinct().Count())
        {
            throw new ValidationException([new ValidationFailure(
                "berkas", $"Judul kolom harus: {string.Join(",", FormatImpor.Kolom)}." + (kurang.Count > 0 ? $" Tidak ada: {string.Join(", ", kurang)}." : " Ada kolom berulang."))]);
        }

        var rows = new List<(int, Dictionary<string, string>)>();
        while (csv.Read())
        {
            var nilai = header.Select((h, i) => (h, v: csv.TryGetField<string>(i, out var f) ? f ?? string.Empty : string.Empty))
                .ToDictionary(x => x.h, x => x.v.Trim());
            if (csv.Parser.Count != header.Length)
            {
                nilai["__kolom"] = csv.Parser.Count.ToString(CultureInfo.InvariantCulture);
            }

            rows.Add((csv.Parser.RawRow, nilai));
            if (rows.Count > 20000)
            {
                throw new ValidationException([new ValidationFailure("berkas", "Paling banyak 20000 baris per impor.")]);
            }
        }

        if (rows.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", "CSV tidak berisi baris data.")]);
        }

        return rows;
    }

    public static BarisImpor? Urai(int nomor, Dictionary<string, string> r, IReadOnlyDictionary<string, UnitOrganisasi> unit, List<ValidationFailure> gagal)
    {
        var awal = gagal.Count;
        void Gagal(string kolom, string pesan) => gagal.Add(new ValidationFailure($"baris[{nomor}].{kolom}", pesan));

        if (r.TryGetValue("__kolom", out var jumlah))
        {
            Gagal("kolom", $"Baris berisi {jumlah} kolom; harus {FormatImpor.Kolom.Length} (desimal memakai titik, teks berkoma diapit tanda kutip).");
            return null;
        }

        string Teks(string kolom, int maks)
        {
            var v = r[kolom];
            if (v.Length == 0)
            {
                Gagal(kolom, $"{kolom} wajib diisi.");
            }
            else if (v.Length > maks)
            {
                Gagal(kolom, $"{kolom} paling panjang {maks} karakter.");
            }

            return v;
        }

        decimal? Angka(string kolom, bool wajib)
        {
            var v = r[kolom];
            if (v.Length == 0)
            {
                if (wajib)
                {
                    Gagal(kolom, $"{kolom} wajib diisi.");
                }

                return null;
            }

            if (!decimal.TryParse(v, Gaya, CultureInfo.InvariantCulture, out var d))
            {
                Gagal(kolom, $"{kolom} \"{v}\" bukan angka (pakai titik sebagai pemisah desimal, tanpa pemisah ribuan).");
                return null;
            }

            return d;
        }

        var namaUnit = r["unit"];
        UnitOrganisasi? u = null;
        if (namaUnit.Length == 0)
        {
            Gagal("unit", "unit wajib diisi (nama unit persis).");
        }
        else if (!unit.TryGetValue(namaUnit, out u))
        {
            Gagal("unit", $"Unit \"{namaUnit}\" tidak dikenal (tulis nama unit persis seperti di data organisasi).");
        }

        var tahunOk = int.TryParse(r["tahun"], NumberStyles.None, CultureInfo.InvariantCulture, out var tahun) && tahun is >= 2000 and <= 2100;
        if (!tahunOk)
        {
            Gagal("tahun", "tahun harus angka 2000–2100.");
        }

        var periode = KodePeriode.Normalisasi(r["periode"]);
        if (periode is null)
        {
            Gagal("periode", "periode harus TW1–TW4 atau B01–B12.");
        }

        var perspektif = Teks("perspektif", 200);
        var kodeSasaran = Teks("kode_sasaran", 20);
        var namaSasaran = Teks("nama_sasaran", 500);
        var nko = r["hitung_nko"].ToLowerInvariant();
        if (nko is not ("ya" or "tidak"))
        {
            Gagal("hitung_nko", "hitung_nko harus ya atau tidak.");
        }

        var kodeIndikator = Teks("kode_indikator", 20);
        var namaIndikator = Teks("nama_indikator", 500);
        var satuan = Teks("satuan", 30);
        var arah = r["arah"].ToLowerInvariant() switch
        {
            "naik" => ArahIndikator.Naik,
            "turun" => ArahIndikator.Turun,
            _ => (ArahIndikator?)null,
        };
        if (arah is null)
        {
            Gagal("arah", "arah harus naik atau turun.");
        }

        var targetTahunan = Angka("target_tahunan", false);
        var targetPeriode = Angka("target_periode", false);
        var realisasi = Angka("realisasi", false);
        if (targetTahunan < 0)
        {
            Gagal("target_tahunan", "target_tahunan tidak boleh negatif.");
        }

        if (targetPeriode < 0)
        {
            Gagal("target_periode", "target_periode tidak boleh negatif.");
        }

        bool? direktif = (r.GetValueOrDefault(FormatImpor.KolomDirektif) ?? string.Empty).ToLowerInvariant() switch
        {
            "" => null,
            "ya" => true,
            "tidak" => false,
            _ => Salah(),
        };

        return gagal.Count > awal
            ? null
            : new BarisImpor(
                nomor, u!, tahun, periode!, perspektif, kodeSasaran, namaSasaran, nko == "ya", kodeIndikator, namaIndikator, satuan, arah!.Value, targetTahunan,
                targetPeriode, realisasi)
            {
                PenugasanDirektif = direktif,
            };

        bool? Salah()
        {
            Gagal(FormatImpor.KolomDirektif, $"{FormatImpor.KolomDirektif} harus ya, tidak, atau kosong.");
            return null;
        }
    }

    /// <summary>Within a unit and year a sasaran or indicator code means one thing; an indicator appears once per period.</summary>
    public static void PeriksaKonsistensi(List<BarisImpor> baris, List<ValidationFailure> gagal)
    {
        foreach (var pk in baris.GroupBy(b => (b.Unit.Id, b.Tahun)))
        {
            var sasaran = new Dictionary<string, BarisImpor>(StringComparer.OrdinalIgnoreCase);
            var indikator = new Dictionary<string, BarisImpor>(StringComparer.OrdinalIgnoreCase);
            var periode = new HashSet<(string, string)>();
            foreach (var b in pk)
            {
                void Gagal(string kolom, string pesan) => gagal.Add(new ValidationFailure($"baris[{b.Nomor}].{kolom}", pesan));

                if (sasaran.TryGetValue(b.KodeSasaran, out var s))
                {
                    if (s.NamaSasaran != b.NamaSasaran)
                    {
                        Gagal("nama_sasaran", $"Sasaran {b.KodeSasaran} bernama lain di baris {s.Nomor}.");
                    }

                    if (s.Perspektif != b.Perspektif)
                    {
                        Gagal("perspektif", $"Sasaran {b.KodeSasaran} berada di perspektif lain di baris {s.Nomor}.");
                    }

                    if (s.HitungNko != b.HitungNko)
                    {
                        Gagal("hitung_nko", $"hitung_nko sasaran {b.KodeSasaran} berbeda dengan baris {s.Nomor}.");
                    }
                }
                else
                {
                    sasaran[b.KodeSasaran] = b;
                }

                if (indikator.TryGetValue(b.KodeIndikator, out var i))
                {
                    if (!string.Equals(i.KodeSasaran, b.KodeSasaran, StringComparison.OrdinalIgnoreCase))
                    {
                        Gagal("kode_sasaran", $"Indikator {b.KodeIndikator} berada di sasaran {i.KodeSasaran} pada baris {i.Nomor}.");
                    }

                    if (i.NamaIndikator != b.NamaIndikator || i.Satuan != b.Satuan || i.Arah != b.Arah || i.TargetTahunan != b.TargetTahunan)
                    {
                        Gagal("kode_indikator", $"Indikator {b.KodeIndikator} memiliki nama, satuan, arah atau target tahunan berbeda dengan baris {i.Nomor}.");
                    }

                    if (i.PenugasanDirektif is { } d && b.PenugasanDirektif is { } e && d != e)
                    {
                        Gagal(FormatImpor.KolomDirektif, $"{FormatImpor.KolomDirektif} indikator {b.KodeIndikator} berbeda dengan baris {i.Nomor}.");
                    }
                }
                else
                {
                    indikator[b.KodeIndikator] = b;
                }

                if (!periode.Add((b.Periode, b.KodeIndikator.ToUpperInvariant())))
                {
                    Gagal("kode_indikator", $"Indikator {b.KodeIndikator} periode {b.Periode} sudah ada di baris sebelumnya.");
                }
            }
        }
    }
}
