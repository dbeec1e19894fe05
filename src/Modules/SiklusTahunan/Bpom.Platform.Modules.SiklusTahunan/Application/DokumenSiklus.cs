using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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
        return Word($"{l.Unit.NamaUnit} · {l.NamaSop} ({l.KodeSop}) · Tahun {l.Tahun}", body =>
        {
            Judul(body, $"LAPORAN TAHUNAN {l.NamaSop.ToUpper(Id)} TAHUN {l.Tahun}");
            Paragraf(body, $"Unit kerja: {l.Unit.NamaUnit} ({l.Unit.Provinsi})");
            Paragraf(body, $"Status laporan: {l.Unit.Status}{(l.Unit.JatuhTempo is { } jt ? $"; jatuh tempo {jt.ToString("d MMMM yyyy", Id)}" : string.Empty)}");
            Subjudul(body, "A. Ringkasan kegiatan");
            Tabel(body, ["Uraian", "Jumlah"], Angka(l.Angka).Select(a => new[] { a.Nama, a.Nilai.ToString(Id) }));
            Subjudul(body, "B. Rincian kegiatan");
            Tabel(body, ["Rincian", "Nilai", "Jumlah kegiatan"], l.Rincian.Select(r => new[] { r.Dimensi, r.Nilai, r.Jumlah.ToString(Id) }));
            Subjudul(body, "C. Daftar kegiatan");
            Tabel(body, ["No", "Kegiatan", "Tanggal", "Status", "Output terakhir"], l.Kegiatan.Select((k, i) => new[]
            {
                (i + 1).ToString(Id), k.Judul, k.TanggalAcuan.ToString("d MMM yyyy", Id), k.Status.ToString(), k.OutputTerakhir ?? "-",
            }));
            Subjudul(body, "D. Rekomendasi dan tindak lanjut");
            Tabel(body, ["Kegiatan", "Rekomendasi", "Penanggung jawab", "Target", "Tindak lanjut"], l.Rekomendasi.Select(r => new[]
            {
                r.Kegiatan, r.Uraian, r.PenanggungJawab, r.TargetTanggal.ToString("d MMM yyyy", Id),
                $"{r.TindakLanjutSelesai}/{r.TindakLanjut} selesai{(r.Selesai ? "" : r.TindakLanjut == 0 ? " (belum ada)" : "")}",
            }));
            Subjudul(body, "E. Capaian");
            Paragraf(body, Isi(l.Capaian));
            Subjudul(body, "F. Kendala");
            Paragraf(body, Isi(l.Kendala));
            Subjudul(body, "G. Rencana tindak lanjut");
            Paragraf(body, Isi(l.RencanaTindakLanjut));
            if (l.Lampiran.Count > 0)
            {
                Subjudul(body, "Lampiran: laporan tahunan Loka POM yang dikoordinasikan");
                Tabel(body, ["Unit", "Jumlah kegiatan", "Selesai", "Diterima", "Terlambat"], l.Lampiran.Select(x => new[]
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
        return Word($"{s.NamaKoordinator ?? "Unit Kerja Pusat"} · {namaSop} ({s.KodeSop}) · Tahun {s.Tahun}", body =>
        {
            Judul(body, $"REKAPITULASI LAPORAN TAHUNAN {namaSop.ToUpper(Id)} TAHUN {s.Tahun}");
            Paragraf(body, $"Disusun oleh: {s.NamaKoordinator}. Laporan masuk: {r.LaporanMasuk} dari {r.LaporanTotal} unit.");
            Subjudul(body, "A. Total nasional");
            Tabel(body, ["Uraian", "Jumlah"], Angka(r.Total).Select(a => new[] { a.Nama, a.Nilai.ToString(Id) }));
            Subjudul(body, "B. Per unit");
            Tabel(body, KolomRekap("Unit"), r.PerUnit.Select(BarisRekap));
            Subjudul(body, "C. Per provinsi");
            Tabel(body, KolomRekap("Provinsi"), r.PerProvinsi.Select(BarisRekap));
            Subjudul(body, "D. Unit yang terlambat melapor");
            Paragraf(body, r.UnitTerlambat.Count == 0 ? "Tidak ada." : string.Join("; ", r.UnitTerlambat));
            Subjudul(body, "E. Unit yang belum melapor");
            Paragraf(body, r.UnitBelumMelapor.Count == 0 ? "Tidak ada." : string.Join("; ", r.UnitBelumMelapor));
            if (s.Arahan.Count > 0)
            {
                Subjudul(body, "F. Arahan pimpinan dan tindak lanjutnya");
                Tabel(body, ["No", "Arahan", "Unit", "Target", "Status"], s.Arahan.Select(a => new[]
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

    private static byte[] Word(string kepala, Action<Body> isi)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new FontSize { Val = "16" }), new Text(kepala))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new Text("Halaman ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                new Run(new Text(" dari ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" NUMPAGES ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
            isi(body);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1134U, Bottom = 1440, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document.Save();
        }

        return ms.ToArray();
    }

    private static void Judul(Body body, string teks) => body.Append(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new Bold(), new FontSize { Val = "28" }), new Text(teks))));

    private static void Subjudul(Body body, string teks) => body.Append(new Paragraph(
        new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }),
        new Run(new RunProperties(new Bold()), new Text(teks))));

    private static void Paragraf(Body body, string teks)
    {
        foreach (var baris in teks.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            body.Append(new Paragraph(new Run(new Text(Bersih(baris)) { Space = SpaceProcessingModeValues.Preserve })));
        }
    }

    private static void Tabel(Body body, string[] kolom, IEnumerable<string[]> baris)
    {
        // Schema order: top, left, bottom, right, insideH, insideV.
        var garis = new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var g in garis)
        {
            g.Val = BorderValues.Single;
            g.Size = 4;
        }

        var tabel = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(garis.Select(g => (OpenXmlElement)g))));
        tabel.Append(new TableGrid(kolom.Select(_ => new GridColumn { Width = (9638 / kolom.Length).ToString(Id) })));
        tabel.Append(new TableRow(kolom.Select(k => Sel(k, tebal: true))));
        var ada = false;
        foreach (var b in baris)
        {
            tabel.Append(new TableRow(b.Select(k => Sel(k, tebal: false))));
            ada = true;
        }

        if (!ada)
        {
            tabel.Append(new TableRow(kolom.Select((_, i) => Sel(i == 0 ? "Tidak ada data" : string.Empty, tebal: false))));
        }

        body.Append(tabel);
        body.Append(new Paragraph());
    }

    private static TableCell Sel(string teks, bool tebal)
    {
        var run = tebal ? new Run(new RunProperties(new Bold()), new Text(Bersih(teks))) : new Run(new Text(Bersih(teks)));
        return new TableCell(new Paragraph(run));
    }

    /// <summary>Characters XML 1.0 cannot carry are dropped (a control character typed into a narrative).</summary>
    private static string Bersih(string teks) => new(teks.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());
}
