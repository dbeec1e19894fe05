using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Dokumen;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Skm;
using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;
using MediatR;
using MiniExcelLibs;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

/// <summary>The semester monitoring report's two annexes as XLSX: <b>Lampiran 1</b> per unit (recommendations, action
/// plans, plans "sesuai", %, SKM elements not yet met = elements of items still Open) and <b>Lampiran 2</b> per
/// recommendation (its plan with kondisi sebelum/sesudah, timeline, Open/Close, sesuai and notes).</summary>
internal sealed record LampiranMonitoringQuery(int Tahun, int Semester) : IQuery<byte[]>;

internal sealed class LampiranMonitoringQueryValidator : AbstractValidator<LampiranMonitoringQuery>
{
    public LampiranMonitoringQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
    }
}

internal sealed class LampiranMonitoringQueryHandler(PembacaRencanaAksi pembaca, IDirektoriOrganisasi direktori) : IRequestHandler<LampiranMonitoringQuery, byte[]>
{
    public async Task<byte[]> Handle(LampiranMonitoringQuery request, CancellationToken cancellationToken)
    {
        var (lampiran1, lampiran2) = await BuatAsync(pembaca, direktori, request.Tahun, request.Semester, cancellationToken);
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(
            new Dictionary<string, object>
            {
                ["Lampiran 1"] = BerkasAman.Baris(lampiran1),
                ["Lampiran 2"] = BerkasAman.Baris(lampiran2),
            },
            cancellationToken: cancellationToken);
        return ms.ToArray();
    }

    /// <summary>The two annexes' rows (column → value, in column order), over the units the user may read.</summary>
    internal static async Task<(List<Dictionary<string, object?>> Lampiran1, List<Dictionary<string, object?>> Lampiran2)> BuatAsync(
        PembacaRencanaAksi pembaca, IDirektoriOrganisasi direktori, int tahun, int semester, CancellationToken cancellationToken)
    {
        var rows = await pembaca.SaringAsync(tahun, semester, null, cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        string Unit(Guid id) => nama.GetValueOrDefault(id, "-");
        string Unsur(string? u) => u is null ? "-" : $"{u} {RekapSkmQueryHandler.NamaUnsur[int.Parse(u.AsSpan(1), CultureInfo.InvariantCulture) - 1]}";

        var lampiran1 = rows.GroupBy(r => r.UnitId).OrderBy(g => Unit(g.Key), StringComparer.Ordinal).Select(g =>
        {
            var rencana = g.Count(r => !string.IsNullOrWhiteSpace(r.Rencana));
            var sesuai = g.Count(r => r.SesuaiRekomendasi == true);
            return new Dictionary<string, object?>
            {
                ["Unit"] = Unit(g.Key),
                ["Jumlah rekomendasi"] = g.Select(r => r.NomorRekomendasi).Distinct().Count(),
                ["Jumlah rencana aksi"] = rencana,
                ["Rencana aksi sesuai"] = sesuai,
                ["% sesuai"] = g.Count() == 0 ? null : Penilaian.Bulatkan(sesuai * 100m / g.Count()),
                ["Open"] = g.Count(r => r.Status == StatusRencanaAksi.Open),
                ["Close"] = g.Count(r => r.Status == StatusRencanaAksi.Close),
                ["Unsur belum terpenuhi"] = string.Join("; ", g.Where(r => r.Status == StatusRencanaAksi.Open && r.Unsur is not null).Select(r => r.Unsur!).Distinct().Order(StringComparer.Ordinal).Select(Unsur)),
            };
        }).ToList();
        var total = rows.Count;
        var totalSesuai = rows.Count(r => r.SesuaiRekomendasi == true);
        lampiran1.Add(new Dictionary<string, object?>
        {
            ["Unit"] = "Total",
            ["Jumlah rekomendasi"] = lampiran1.Sum(l => (int)l["Jumlah rekomendasi"]!),
            ["Jumlah rencana aksi"] = lampiran1.Sum(l => (int)l["Jumlah rencana aksi"]!),
            ["Rencana aksi sesuai"] = totalSesuai,
            ["% sesuai"] = total == 0 ? null : Penilaian.Bulatkan(totalSesuai * 100m / total),
            ["Open"] = rows.Count(r => r.Status == StatusRencanaAksi.Open),
            ["Close"] = rows.Count(r => r.Status == StatusRencanaAksi.Close),
            ["Unsur belum terpenuhi"] = string.Join("; ", rows.Where(r => r.Status == StatusRencanaAksi.Open && r.Unsur is not null).Select(r => r.Unsur!).Distinct().Order(StringComparer.Ordinal).Select(Unsur)),
        });

        var id = CultureInfo.GetCultureInfo("id-ID");
        var lampiran2 = rows.OrderBy(r => Unit(r.UnitId), StringComparer.Ordinal).ThenBy(r => r.NomorRekomendasi, StringComparer.Ordinal).Select(r => new Dictionary<string, object?>
        {
            ["Unit"] = Unit(r.UnitId),
            ["No. rekomendasi"] = r.NomorRekomendasi,
            ["Rekomendasi"] = r.Rekomendasi,
            ["Unsur"] = Unsur(r.Unsur),
            ["Rencana aksi"] = r.Rencana ?? "-",
            ["Kondisi sebelum"] = r.KondisiSebelum ?? "-",
            ["Kondisi sesudah"] = r.KondisiSesudah ?? "-",
            ["Timeline"] = r.BatasWaktu?.ToString("d MMMM yyyy", id) ?? "-",
            ["Status"] = r.Status.ToString(),
            ["Sesuai rekomendasi"] = r.SesuaiRekomendasi switch { true => "Ya", false => "Tidak", _ => "Belum dinilai" },
            ["Catatan"] = r.Catatan ?? "-",
        }).ToList();
        return (lampiran1, lampiran2);
    }
}

/// <summary>The semester monitoring report of SKM follow-up as an editable Word document: the recap, Lampiran 1 per
/// unit and Lampiran 2 per recommendation (the same rows as the XLSX annexes).</summary>
internal sealed record LaporanMonitoringQuery(int Tahun, int Semester) : IQuery<byte[]>;

internal sealed class LaporanMonitoringQueryValidator : AbstractValidator<LaporanMonitoringQuery>
{
    public LaporanMonitoringQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
    }
}

internal sealed class LaporanMonitoringQueryHandler(PembacaRencanaAksi pembaca, IDirektoriOrganisasi direktori) : IRequestHandler<LaporanMonitoringQuery, byte[]>
{
    public async Task<byte[]> Handle(LaporanMonitoringQuery request, CancellationToken cancellationToken)
    {
        var (lampiran1, lampiran2) = await LampiranMonitoringQueryHandler.BuatAsync(pembaca, direktori, request.Tahun, request.Semester, cancellationToken);
        var total = lampiran1[^1];
        var semester = request.Semester == 1 ? "I" : "II";
        return DokumenWord.Buat($"Monitoring tindak lanjut · Semester {semester} {request.Tahun}", d =>
        {
            d.Judul($"LAPORAN MONITORING TINDAK LANJUT REKOMENDASI SEMESTER {semester} TAHUN {request.Tahun}");
            d.Subjudul("Ringkasan");
            d.Butir("Rekomendasi", Teks(total["Jumlah rekomendasi"]));
            d.Butir("Rencana aksi sesuai rekomendasi", $"{Teks(total["Rencana aksi sesuai"])} ({Teks(total["% sesuai"])}%)");
            d.Butir("Masih Open", Teks(total["Open"]));
            d.Butir("Unsur SKM belum terpenuhi", Teks(total["Unsur belum terpenuhi"]));
            d.Subjudul("Lampiran 1. Rekapitulasi per unit");
            Tabel(d, lampiran1, [.. lampiran1[0].Keys]);
            d.Subjudul("Lampiran 2. Rincian per rekomendasi");
            Tabel(d, lampiran2, lampiran2.Count > 0 ? [.. lampiran2[0].Keys] : ["Unit", "No. rekomendasi", "Rekomendasi"]);
        });
    }

    private static void Tabel(DokumenWord d, List<Dictionary<string, object?>> baris, string[] kolom) =>
        d.Tabel(kolom, baris.Select(b => kolom.Select(k => Teks(b.GetValueOrDefault(k))).ToArray()));

    private static string Teks(object? v) => v switch
    {
        null => "-",
        decimal m => DokumenWord.Angka(m),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s when s.Length == 0 => "-",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "-",
    };
}
