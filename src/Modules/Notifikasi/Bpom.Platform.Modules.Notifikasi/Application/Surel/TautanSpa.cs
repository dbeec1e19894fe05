using Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;
using Bpom.Platform.Modules.Sop.Contracts;
using Microsoft.Extensions.Options;

namespace Bpom.Platform.Modules.Notifikasi.Application.Surel;

/// <summary>
/// Links from a mail into the SPA, the same places the in-app inbox opens: an SOP activity's page (from the SOP
/// modules' descriptors), the annual cycle, Kinerja; narrowed by the notification's parameters and step
/// (<c>#langkah-A2</c>). Absolute, from <see cref="OpsiEmail.AlamatAplikasi"/>.
/// </summary>
internal sealed class TautanSpa(IEnumerable<DeskripsiSop> deskripsi, IOptions<OpsiEmail> opsi)
{
    public const string JalurPreferensi = "/pengaturan/pemberitahuan";

    private string Dasar => opsi.Value.AlamatAplikasi.TrimEnd('/');

    public string Absolut(string jalur) => Dasar + jalur;

    public string Preferensi => Absolut(JalurPreferensi);

    public string Tugas => Absolut("/tugas");

    public string? Untuk(string? modul, Guid? referensiId, string? parameter, Guid? instansId, string? langkahKode)
    {
        var jalur = modul switch
        {
            null => null,
            "Kalender" => "/kalender",
            "Kinerja" => referensiId is null ? "/kinerja/nasional" : "/kinerja/realisasi",
            "SiklusTahunan" => referensiId is { } r ? $"/siklus-tahunan/ref/{r}" : "/siklus-tahunan",
            _ => referensiId is { } id ? deskripsi.FirstOrDefault(d => d.Modul == modul)?.TautanUntuk(id) : null,
        };
        if (jalur is null)
        {
            return null;
        }

        var q = string.IsNullOrEmpty(parameter) ? string.Empty : (jalur.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;
        var langkah = instansId is not null && !string.IsNullOrEmpty(langkahKode) ? $"#langkah-{langkahKode}" : string.Empty;
        return Absolut(jalur + q + langkah);
    }
}
