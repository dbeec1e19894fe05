using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;

namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;

/// <summary>A rendered mail.</summary>
internal sealed record IsiSurel(string Subjek, string Teks, string Html);

/// <summary>What a notification's mail shows.</summary>
internal sealed record ModelNotifikasi(
    string Subjek, string Judul, string Pesan, string NamaPenerima, string Jenis, string JenisLabel, string? JatuhTempo, string? SisaWaktu,
    string? Tautan, string TautanPreferensi);

/// <summary>One open step in a digest.</summary>
internal sealed record ModelTugas(string Langkah, string Judul, string Sop, string Unit, string Peran, string JatuhTempo, string Sisa, bool Terlambat, string Tautan);

/// <summary>One notification collected into a digest.</summary>
internal sealed record ModelKabar(string Judul, string Pesan, string Waktu, string? Tautan);

/// <summary>What a daily digest shows.</summary>
internal sealed record ModelRingkasan(
    string Subjek, string NamaPenerima, string Tanggal, int JumlahTugas, int JumlahTerlambat, IReadOnlyList<ModelTugas> Tugas, bool LebihBanyak,
    IReadOnlyList<ModelTugas> BaruTerlambat, IReadOnlyList<ModelKabar> Kabar, string TautanTugas, string TautanPreferensi);

/// <summary>
/// The mail templates (Liquid, rendered with Fluid): embedded resources <c>Templat/{nama}.html.liquid</c> and
/// <c>{nama}.txt.liquid</c> in Bahasa Indonesia, so wording changes without code. Values are HTML-encoded in the
/// HTML part; only the model types below are readable from a template.
/// </summary>
internal static class TemplatSurel
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Opsi = BuatOpsi();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Cache = new(StringComparer.Ordinal);

    public static IsiSurel Notifikasi(ModelNotifikasi model) => Render("notifikasi", model.Subjek, model);

    public static IsiSurel Ringkasan(ModelRingkasan model) => Render("ringkasan", model.Subjek, model);

    private static IsiSurel Render(string nama, string subjek, object model)
    {
        var html = Templat($"{nama}.html").Render(new TemplateContext(model, Opsi), HtmlEncoder.Default);
        var teks = Templat($"{nama}.txt").Render(new TemplateContext(model, Opsi), NullEncoder.Default);
        return new IsiSurel(subjek, teks.Trim() + "\n", html);
    }

    private static IFluidTemplate Templat(string nama) => Cache.GetOrAdd(nama, n =>
    {
        var sumber = typeof(TemplatSurel).Assembly.GetManifestResourceNames().Single(r => r.EndsWith($".Templat.{n}.liquid", StringComparison.Ordinal));
        using var stream = typeof(TemplatSurel).Assembly.GetManifestResourceStream(sumber)!;
        using var reader = new StreamReader(stream);
        return Parser.TryParse(reader.ReadToEnd(), out var templat, out var galat)
            ? templat
            : throw new InvalidOperationException($"Templat surel {n} tidak valid: {galat}");
    });

    private static TemplateOptions BuatOpsi()
    {
        var opsi = new TemplateOptions();
        opsi.MemberAccessStrategy.Register<ModelNotifikasi>();
        opsi.MemberAccessStrategy.Register<ModelRingkasan>();
        opsi.MemberAccessStrategy.Register<ModelTugas>();
        opsi.MemberAccessStrategy.Register<ModelKabar>();
        return opsi;
    }
}
