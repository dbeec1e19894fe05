using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Dokumen;

/// <summary>
/// Editable Word reports (OpenXML) in the house style: A4 portrait, a header naming the report on every page, page
/// "n dari N" in the footer, centred title, numbered section headings, bordered tables with a bold header row. Text is
/// stripped of the characters XML 1.0 cannot carry. The modules' documents (annual SOP report, Laporan Kinerja) are
/// built with it so they look alike.
/// </summary>
public sealed class DokumenWord
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    private readonly Body body;

    private DokumenWord(Body body) => this.body = body;

    /// <summary>Builds a document; <paramref name="kepala"/> is the running header.</summary>
    public static byte[] Buat(string kepala, Action<DokumenWord> isi)
    {
        ArgumentNullException.ThrowIfNull(isi);
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new FontSize { Val = "16" }), new Text(Bersih(kepala)))));
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
            isi(new DokumenWord(body));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1134U, Bottom = 1440, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document.Save();
        }

        return ms.ToArray();
    }

    /// <summary>The centred, bold title.</summary>
    public DokumenWord Judul(string teks)
    {
        body.Append(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(new Bold(), new FontSize { Val = "28" }), new Text(Bersih(teks)))));
        return this;
    }

    /// <summary>A bold section heading.</summary>
    public DokumenWord Subjudul(string teks)
    {
        body.Append(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }),
            new Run(new RunProperties(new Bold()), new Text(Bersih(teks)))));
        return this;
    }

    /// <summary>One paragraph per line of <paramref name="teks"/>.</summary>
    public DokumenWord Paragraf(string teks)
    {
        ArgumentNullException.ThrowIfNull(teks);
        foreach (var baris in teks.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            body.Append(new Paragraph(new Run(new Text(Bersih(baris)) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return this;
    }

    /// <summary>A label in bold followed by its value, on one line.</summary>
    public DokumenWord Butir(string label, string nilai)
    {
        body.Append(new Paragraph(
            new Run(new RunProperties(new Bold()), new Text(Bersih(label) + ": ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new Text(Bersih(nilai)) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A bordered table over the page width; <paramref name="lebar"/> are relative column widths (equal when
    /// null). An empty table gets one "Tidak ada data" row.</summary>
    public DokumenWord Tabel(string[] kolom, IEnumerable<string[]> baris, int[]? lebar = null)
    {
        ArgumentNullException.ThrowIfNull(kolom);
        ArgumentNullException.ThrowIfNull(baris);

        // Schema order: top, left, bottom, right, insideH, insideV.
        var garis = new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var g in garis)
        {
            g.Val = BorderValues.Single;
            g.Size = 4;
        }

        var bobot = lebar is { Length: > 0 } && lebar.Length == kolom.Length ? lebar : [.. kolom.Select(_ => 1)];
        var total = bobot.Sum();
        var tabel = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(garis.Select(g => (OpenXmlElement)g))));
        tabel.Append(new TableGrid(bobot.Select(b => new GridColumn { Width = (9638 * b / total).ToString(Id) })));
        tabel.Append(new TableRow([new TableRowProperties(new TableHeader()), .. kolom.Select(k => Sel(k, tebal: true))]));
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
        return this;
    }

    /// <summary>A number as Indonesian reports print it: two decimals, comma as decimal separator, dot for thousands
    /// (94,69; 1.234,50); "-" when there is none.</summary>
    public static string Angka(decimal? nilai, int desimal = 2) =>
        nilai is { } n ? Math.Round(n, desimal, MidpointRounding.AwayFromZero).ToString("N" + desimal.ToString(CultureInfo.InvariantCulture), Id) : "-";

    private static TableCell Sel(string teks, bool tebal)
    {
        var run = tebal ? new Run(new RunProperties(new Bold()), new Text(Bersih(teks))) : new Run(new Text(Bersih(teks)));
        return new TableCell(new Paragraph(run));
    }

    /// <summary>Characters XML 1.0 cannot carry are dropped (a control character typed into a narrative).</summary>
    private static string Bersih(string teks) => new(teks.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());
}
