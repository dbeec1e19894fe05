using System.Globalization;
using Bpom.Platform.BuildingBlocks.Infrastructure.Dokumen;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using MiniExcelLibs;

namespace Bpom.Platform.Modules.SiklusTahunan.Application;

/// <summary>
/// The cycle's documents: a unit's annual report and the national recap as editable Word files (OpenXML: a header
/// naming the unit, SOP and year on every page, the report's tables, page numbers in the footer), and the recap's
/// tables as XLSX. The figures are those of the API (the same DTOs).
/// </summary>
internal static class DokumenSiklus
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static byte[] Laporan(LaporanTahunanDto l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return DokumenWord.Buat($"{l.Unit.NamaUnit} · {l.NamaSop} ({l.KodeSop}) · Tahun {l.Tahun}", d =>
        {
            d.Judul($"LAPORAN TAHUNAN {l.NamaSop.ToUpper(Id)} TAHUN {l.Tahun}");
            d.Paragraf($"Unit kerja: {l.Unit.NamaUnit} ({l.Unit.Provinsi})");
            d.Paragraf($"Status laporan: {l.Unit.Status}{(l.Unit.JatuhTempo is { } jt ? $"; jatuh tempo {jt.ToString("d MMMM yyyy", Id)}" : string.Empty)}");
            d.Subjudul("A. Ringkasan kegiatan");
            d.Tabel(["Uraian", "Jumlah"], Angka(l.Angka).Select(a => new[] { a.Nama, a.Nilai.ToString(Id) }));
            d.Subjudul("B. Rincian kegiatan");
            d.Tabel(["Rincian", "Nilai", "Jumlah kegiatan"], l.Rincian.Select(r => new[] { r.Dimensi, r.Nilai, r.Jumlah.ToString(Id) }));
            d.Subjudul("C. Daftar kegiatan");
            d.Tabel(["No", "Kegiatan", "Tanggal", "Status", "Output terakhir"], l.Kegiatan.Select((k, i) => new[]
            {
                (i + 1).ToString(Id), k.Judul, k.TanggalAcuan.ToString("d MMM yyyy", Id), k.Status.ToString(), k.OutputTerakhir ?? "-",
            }));
            d.Subjudul("D. Rekomendasi dan tindak lanjut");
            d.Tabel(["Kegiatan", "Rekomendasi", "Penanggung jawab", "Target", "Tindak lanjut"], l.Rekomendasi.Select(r => new[]
            {
                r.Kegiatan, r.Uraian, r.PenanggungJawab, r.TargetTanggal.ToString("d MMM yyyy", Id),
                $"{r.TindakLanjutSelesai}/{r.TindakLanjut} selesai{(r.Selesai ? "" : r.TindakLanjut == 0 ? " (belum ada)" : "")}",
            }));
            d.Subjudul("E. Capaian");
            d.Paragraf(Isi(l.Capaian));
            d.Subjudul("F. Kendala");
            d.Paragraf(Isi(l.Kendala));
            d.Subjudul("G. Rencana tindak lanjut");
            d.Paragraf(Isi(l.RencanaTindakLanjut));
            if (l.Lampiran.Count > 0)
            {
                d.Subjudul("Lampiran: laporan tahunan Loka POM yang dikoordinasikan");
                d.Tabel(["Unit", "Jumlah kegiatan", "Selesai", "Diterima", "Terlambat"], l.Lampiran.Select(x => new[]
                {
                    x.NamaUnit, x.JumlahKegiatan.ToString(Id), x.KegiatanSelesai.ToString(Id), x.TanggalDiterima?.ToString("d MMM yyyy", Id) ?? "-", x.Terlambat ? "Ya" : "Tidak",
                }));
            }
        });
    }

    public static byte[] Rekap(SiklusTahunanDto s, string namaSop)
    {
        ArgumentNullException.ThrowIfNull(s);
        var r = s.Rekap ?? throw new InvalidOperationException("Rekap is only built for readers of every unit.");
        return DokumenWord.Buat($"{s.NamaKoordinator ?? "Unit Kerja Pusat"} · {namaSop} ({s.KodeSop}) · Tahun {s.Tahun}", d =>
        {
            d.Judul($"REKAPITULASI LAPORAN TAHUNAN {namaSop.ToUpper(Id)} TAHUN {s.Tahun}");
            d.Paragraf($"Disusun oleh: {s.NamaKoordinator}. Laporan masuk: {r.LaporanMasuk} dari {r.LaporanTotal} unit.");
            d.Subjudul("A. Total nasional");
            d.Tabel(["Uraian", "Jumlah"], Angka(r.Total).Select(a => new[] { a.Nama, a.Nilai.ToString(Id) }));
            d.Subjudul("B. Per unit");
            d.Tabel(KolomRekap("Unit"), r.PerUnit.Select(BarisRekap));
            d.Subjudul("C. Per provinsi");
            d.Tabel(KolomRekap("Provinsi"), r.PerProvinsi.Select(BarisRekap));
            d.Subjudul("D. Unit yang terlambat melapor");
            d.Paragraf(r.UnitTerlambat.Count == 0 ? "Tidak ada." : string.Join("; ", r.UnitTerlambat));
            d.Subjudul("E. Unit yang belum melapor");
            d.Paragraf(r.UnitBelumMelapor.Count == 0 ? "Tidak ada." : string.Join("; ", r.UnitBelumMelapor));
            if (s.Arahan.Count > 0)
            {
                d.Subjudul("F. Arahan pimpinan dan tindak lanjutnya");
                d.Tabel(["No", "Arahan", "Unit", "Target", "Status"], s.Arahan.Select(a => new[]
                {
                    a.Nomor.ToString(Id), a.Uraian, a.PenanggungJawab, a.TargetTanggal.ToString("d MMM yyyy", Id),
                    a.Selesai ? "Selesai" : a.Terlambat ? "Terlambat" : "Berjalan",
                }));
            }
        });
    }

    /// <summary>The recap's tables as a workbook: per unit, per province, units not in.</summary>
    public static byte[] RekapXlsx(SiklusTahunanDto s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var r = s.Rekap ?? throw new InvalidOperationException("Rekap is only built for readers of every unit.");
        var lembar = new Dictionary<string, object>
        {
            ["Per unit"] = r.PerUnit.Select(b => Baris("Unit", b)).ToList(),
            ["Per provinsi"] = r.PerProvinsi.Select(b => Baris("Provinsi", b)).ToList(),
            ["Total"] = new List<Dictionary<string, object>> { Baris("Nama", new BarisRekapDto("Total nasional", null, null, false, r.Total)) },
            ["Belum melapor"] = s.LaporanUnit.Where(l => l.Status != StatusLaporan.Diterima)
                .Select(l => new Dictionary<string, object> { ["Unit"] = l.NamaUnit, ["Status"] = l.Status.ToString(), ["Terlambat"] = l.Terlambat ? "Ya" : "Tidak" })
                .ToList(),
        };
        using var ms = new MemoryStream();
        ms.SaveAs(lembar.ToDictionary(l => l.Key, l => (object)BerkasAman.Baris((IEnumerable<IDictionary<string, object?>>)l.Value)));
        return ms.ToArray();
    }

    private static Dictionary<string, object> Baris(string kolom, BarisRekapDto b)
    {
        var d = new Dictionary<string, object> { [kolom] = b.Nama };
        foreach (var (nama, nilai) in Angka(b.Angka))
        {
            d[nama] = nilai;
        }

        return d;
    }

    private static string[] KolomRekap(string pertama) => [pertama, "Kegiatan", "Selesai", "Berjalan", "Langkah tepat waktu", "Langkah terlambat", "Rekomendasi"];

    private static string[] BarisRekap(BarisRekapDto b) =>
    [
        b.Nama, b.Angka.JumlahKegiatan.ToString(Id), b.Angka.KegiatanSelesai.ToString(Id), b.Angka.KegiatanBerjalan.ToString(Id),
        b.Angka.LangkahTepatWaktu.ToString(Id), b.Angka.LangkahTerlambat.ToString(Id), b.Angka.Rekomendasi.ToString(Id),
    ];

    /// <summary>Every figure of a report with its label, in the order the documents show them.</summary>
    public static IReadOnlyList<(string Nama, int Nilai)> Angka(AngkaLaporanDto a) =>
    [
        ("Jumlah kegiatan", a.JumlahKegiatan),
        ("Kegiatan selesai", a.KegiatanSelesai),
        ("Kegiatan berjalan", a.KegiatanBerjalan),
        ("Kegiatan dibatalkan", a.KegiatanDibatalkan),
        ("Langkah selesai (ber-HK)", a.LangkahSelesai),
        ("Langkah tepat waktu", a.LangkahTepatWaktu),
        ("Langkah terlambat", a.LangkahTerlambat),
        ("Langkah masih terlambat", a.LangkahMasihTerlambat),
        ("Rekomendasi", a.Rekomendasi),
        ("Rekomendasi selesai ditindaklanjuti", a.RekomendasiSelesai),
        ("Tindak lanjut terbuka", a.TindakLanjutTerbuka),
        ("Tindak lanjut selesai", a.TindakLanjutSelesai),
        .. a.AngkaSop.Select(x => (x.Nama, x.Nilai)),
    ];

    private static string Isi(string teks) => string.IsNullOrWhiteSpace(teks) ? "(belum diisi)" : teks;
}
