using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Dokumen;
using Bpom.Platform.Modules.Kinerja.Application.Anggaran;
using Bpom.Platform.Modules.Kinerja.Application.MultiTahun;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Laporan;

/// <summary>A generated document and the name it downloads under.</summary>
internal sealed record BerkasLaporanKinerja(byte[] Isi, string NamaBerkas);

/// <summary>A unit's Laporan Kinerja for a quarter (interim report) or the year (TAHUN, on the figures of TW4) as an
/// editable Word document with the sections of a BPOM report; the figures are those of <c>GET /api/kinerja/nilai</c>.</summary>
/// <param name="Unit">The unit's exact name (or <paramref name="UnitId"/>).</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or TAHUN.</param>
internal sealed record GetLaporanKinerjaQuery(string? Unit, Guid? UnitId, int Tahun, string? Periode) : IQuery<BerkasLaporanKinerja>;

internal sealed class GetLaporanKinerjaQueryValidator : AbstractValidator<GetLaporanKinerjaQuery>
{
    public GetLaporanKinerjaQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeLaporan.Normalisasi(p) is not null).WithMessage("periode harus TW1, TW2, TW3, TW4 atau TAHUN.");
        RuleFor(x => x).Must(x => x.UnitId is not null || !string.IsNullOrWhiteSpace(x.Unit)).WithName("unit").WithMessage("Sebutkan unit atau unitId.");
    }
}

/// <summary>Report periods: the quarters and the year.</summary>
internal static class PeriodeLaporan
{
    public const string Tahun = "TAHUN";

    public static string? Normalisasi(string? periode)
    {
        var p = periode?.Trim().ToUpperInvariant();
        return p is "TW1" or "TW2" or "TW3" or "TW4" or Tahun ? p : null;
    }

    /// <summary>The realisation period whose figures the report shows (the year: TW4).</summary>
    public static string Data(string periode) => periode == Tahun ? "TW4" : periode;

    public static string Nama(string periode) => periode == Tahun ? "Tahunan" : $"Triwulan {Romawi(periode[2] - '0')}";

    private static string Romawi(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}

internal sealed class GetLaporanKinerjaQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung)
    : IRequestHandler<GetLaporanKinerjaQuery, BerkasLaporanKinerja>
{
    public async Task<BerkasLaporanKinerja> Handle(GetLaporanKinerjaQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(request.Unit, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = PeriodeLaporan.Normalisasi(request.Periode)!;
        var data = PeriodeLaporan.Data(periode);
        var laporan = await penghitung.LaporanTerkiniAsync(pk.Id, data, cancellationToken);
        var nilai = await penghitung.HitungAsync(pk, unit.Nama, data, laporan, cancellationToken);

        // Earlier quarters of the year, and the same period of the year before (when that PK exists).
        var sebelumnya = new List<(string Periode, NilaiKinerjaDto Nilai)>();
        for (var tw = 1; tw < int.Parse(data.AsSpan(2), CultureInfo.InvariantCulture); tw++)
        {
            sebelumnya.Add(($"TW{tw}", await penghitung.HitungAsync(pk, unit.Nama, $"TW{tw}", cancellationToken)));
        }

        var pkLalu = await db.PerjanjianKinerja.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Tahun == pk.Tahun - 1, cancellationToken);
        var tahunLalu = pkLalu is null ? null : await penghitung.HitungAsync(pkLalu, unit.Nama, data, cancellationToken);
        var rencanaAksi = await db.RencanaAksi.AsNoTracking()
            .Where(r => r.UnitId == unit.Id && (r.Tahun == pk.Tahun || (r.Tahun < pk.Tahun && r.Status == StatusRencanaAksi.Open)))
            .OrderBy(r => r.Tahun).ThenBy(r => r.Semester).ThenBy(r => r.NomorRekomendasi)
            .Select(r => new { r.Tahun, r.Semester, r.NomorRekomendasi, r.Rekomendasi, r.Rencana, r.BatasWaktu, r.Status, r.Catatan })
            .Take(500)
            .ToListAsync(cancellationToken);

        var barisAnggaran = await db.Anggaran.AsNoTracking().Where(a => a.UnitId == unit.Id && a.Tahun == pk.Tahun)
            .OrderBy(a => a.KodeProgram).ThenBy(a => a.KodeKegiatan).ThenBy(a => a.KodeOutput).ToListAsync(cancellationToken);
        var anggaran = GetAnggaranQueryHandler.Hitung(unit.Id, unit.Nama, pk.Tahun, data, barisAnggaran, nilai);
        var multiTahun = await MultiTahunQueryHandler.BuatAsync(db, penghitung, unit.Id, unit.Nama, pk.Tahun, data, 4, cancellationToken);
        var isi = laporan?.Isi.ToDictionary(r => r.Kode, StringComparer.Ordinal) ?? [];
        var bytes = DokumenWord.Buat($"{unit.Nama} · Laporan Kinerja {PeriodeLaporan.Nama(periode)} {pk.Tahun}", d =>
        {
            d.Judul($"LAPORAN KINERJA {PeriodeLaporan.Nama(periode).ToUpperInvariant()} TAHUN {pk.Tahun}");
            d.Judul(unit.Nama.ToUpperInvariant());

            d.Subjudul("I. Identitas dan dasar hukum");
            d.Butir("Unit kerja", unit.Nama);
            d.Butir("Jenis unit", unit.Jenis);
            d.Butir("Periode", $"{PeriodeLaporan.Nama(periode)} {pk.Tahun} (realisasi kumulatif s.d. {NamaBulan(KodePeriode.BulanAkhir(data))} {pk.Tahun})");
            d.Butir("Perjanjian Kinerja", $"versi {pk.Versi}");
            d.Butir("Status laporan realisasi", laporan is null ? "belum ada realisasi" : $"{TeksStatus(laporan.Status)} (versi {laporan.Versi})");
            BagianLaporanKinerja.DasarHukum(d, $"Perjanjian Kinerja {unit.Nama} Tahun {pk.Tahun}");

            d.Subjudul($"II. Perjanjian Kinerja Tahun {pk.Tahun}");
            BagianLaporanKinerja.TabelPk(d, pk.Struktur);
            d.Subjudul("III. Capaian kinerja per sasaran dan indikator");
            BagianLaporanKinerja.TabelCapaian(d, nilai);
            d.Subjudul("IV. Nilai kinerja organisasi");
            BagianLaporanKinerja.Nko(d, nilai);
            d.Subjudul("V. Jumlah indikator per kriteria");
            BagianLaporanKinerja.TabelKriteria(d, nilai);

            d.Subjudul("VI. Analisis capaian per indikator");
            foreach (var i in nilai.Indikator)
            {
                var r = isi.GetValueOrDefault(i.Kode);
                d.Butir($"{i.Kode} {i.Nama}", $"capaian {DokumenWord.Angka(i.Capaian)}% ({i.Kriteria ?? "tidak terukur"})");
                d.Tabel(["Uraian", "Analisis"], AnalisisIndikator.Kolom.Select(k => new[] { k.Label, k.Nilai(r) ?? "-" }), [1, 3]);
            }

            d.Subjudul("VII. Realisasi anggaran dan efisiensi");
            if (anggaran.Baris.Count == 0)
            {
                d.Paragraf($"Anggaran {pk.Tahun} unit ini belum diimpor ke sistem.");
            }
            else
            {
                d.Butir("Pagu", $"Rp{DokumenWord.Angka(anggaran.Pagu)}");
                d.Butir($"Realisasi s.d. {NamaBulan(KodePeriode.BulanAkhir(data))}", $"Rp{DokumenWord.Angka(anggaran.Realisasi)} ({DokumenWord.Angka(anggaran.Persen)}%)");
                d.Tabel(
                    ["Triwulan", "Realisasi triwulan (Rp)", "Realisasi kumulatif (Rp)", "% pagu"],
                    anggaran.PerTriwulan.Where(t => int.Parse(t.Periode.AsSpan(2), CultureInfo.InvariantCulture) * 3 <= KodePeriode.BulanAkhir(data))
                        .Select(t => new[] { t.Periode, DokumenWord.Angka(t.Realisasi), DokumenWord.Angka(t.RealisasiKumulatif), DokumenWord.Angka(t.PersenKumulatif) }),
                    [1, 2, 2, 1]);
                d.Tabel(
                    ["Sasaran", "Pagu (Rp)", "Realisasi (Rp)", "Realisasi anggaran (%)", "Capaian kinerja (%)", "Indeks efisiensi"],
                    anggaran.PerSasaran.Select(s => new[]
                    {
                        s.KodeSasaran is null ? "Tidak terkait sasaran" : $"{s.KodeSasaran} {s.NamaSasaran}", DokumenWord.Angka(s.Pagu), DokumenWord.Angka(s.Realisasi),
                        DokumenWord.Angka(s.PersenAnggaran), DokumenWord.Angka(s.CapaianKinerja), DokumenWord.Angka(s.IndeksEfisiensi),
                    }),
                    [4, 2, 2, 2, 2, 2]);
                d.Paragraf("Indeks efisiensi = capaian kinerja sasaran ÷ persentase realisasi anggaran sasaran; di atas 1 berarti capaian melampaui porsi anggaran yang terserap.");
            }

            d.Subjudul("VIII. Perbandingan dengan periode dan tahun sebelumnya");
            d.Tabel(
                ["Periode", "NKO", "Predikat"],
                sebelumnya.Select(s => new[] { $"{s.Periode} {pk.Tahun}", DokumenWord.Angka(s.Nilai.NilaiKinerjaOrganisasi), s.Nilai.Predikat ?? "-" })
                    .Append([$"{data} {pk.Tahun} (periode ini)", DokumenWord.Angka(nilai.NilaiKinerjaOrganisasi), nilai.Predikat ?? "-"])
                    .Concat(tahunLalu is null ? [] : [[$"{data} {pk.Tahun - 1}", DokumenWord.Angka(tahunLalu.NilaiKinerjaOrganisasi), tahunLalu.Predikat ?? "-"]]),
                [2, 1, 2]);
            if (tahunLalu is not null)
            {
                var lalu = tahunLalu.Indikator.ToDictionary(i => i.Kode, StringComparer.Ordinal);
                d.Tabel(
                    ["Kode", "Indikator", $"Realisasi {pk.Tahun - 1}", $"Capaian {pk.Tahun - 1} (%)", $"Realisasi {pk.Tahun}", $"Capaian {pk.Tahun} (%)"],
                    nilai.Indikator.Select(i => new[]
                    {
                        i.Kode, i.Nama, DokumenWord.Angka(lalu.GetValueOrDefault(i.Kode)?.Realisasi), DokumenWord.Angka(lalu.GetValueOrDefault(i.Kode)?.Capaian),
                        DokumenWord.Angka(i.Realisasi), DokumenWord.Angka(i.Capaian),
                    }),
                    [1, 5, 2, 2, 2, 2]);
            }
            else
            {
                d.Paragraf($"Perjanjian kinerja {pk.Tahun - 1} unit ini tidak tercatat di sistem.");
            }

            if (multiTahun.RenstraAwal is { } awal)
            {
                d.Paragraf($"Capaian terhadap target Renstra {awal}–{multiTahun.RenstraAkhir}:");
                d.Tabel(
                    ["Kode", "Indikator", $"Target Renstra {pk.Tahun}", $"Realisasi {pk.Tahun}", "Capaian thd Renstra (%)", $"Target akhir Renstra ({multiTahun.RenstraAkhir})", "Capaian thd target akhir (%)"],
                    multiTahun.Indikator.Where(i => i.TahunAkhirRenstra is not null).Select(i =>
                    {
                        var kini = i.Tahun[^1];
                        return new[]
                        {
                            i.Kode, i.Nama, DokumenWord.Angka(kini.TargetRenstra), DokumenWord.Angka(kini.Realisasi), DokumenWord.Angka(kini.CapaianRenstra),
                            DokumenWord.Angka(i.TargetAkhirRenstra), DokumenWord.Angka(i.CapaianAkhirRenstra),
                        };
                    }),
                    [1, 4, 2, 2, 2, 2, 2]);
            }
            else
            {
                d.Paragraf("Target Renstra unit ini belum tercatat di sistem.");
            }

            d.Subjudul("IX. Tindak lanjut rekomendasi sebelumnya");
            d.Tabel(
                ["No. rekomendasi", "Rekomendasi", "Rencana aksi", "Batas waktu", "Status", "Catatan"],
                rencanaAksi.Select(r => new[]
                {
                    $"{r.NomorRekomendasi} (S{r.Semester}/{r.Tahun})", r.Rekomendasi, r.Rencana ?? "-",
                    r.BatasWaktu?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")) ?? "-", r.Status.ToString(), r.Catatan ?? "-",
                }),
                [2, 4, 4, 2, 1, 3]);

            d.Subjudul("Pengesahan");
            d.Paragraf($"Kepala {unit.Nama}\n\n\n\n(nama dan tanda tangan)");
        });

        return new BerkasLaporanKinerja(bytes, $"laporan-kinerja-{Berkas(unit.Nama)}-{pk.Tahun}-{periode}.docx");
    }

    private static string NamaBulan(int bulan) => CultureInfo.GetCultureInfo("id-ID").DateTimeFormat.GetMonthName(bulan);

    private static string TeksStatus(StatusRealisasi s) => s switch
    {
        StatusRealisasi.Draft => "draf",
        StatusRealisasi.Diajukan => "diajukan",
        StatusRealisasi.Diverifikasi => "diverifikasi",
        StatusRealisasi.Dikembalikan => "dikembalikan",
        _ => "disahkan",
    };

    private static string Berkas(string nama) =>
        string.Concat(nama.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}

/// <summary>The per-indicator analysis of a report, in its order, with the labels the document and the form use.</summary>
internal static class AnalisisIndikator
{
    public static readonly IReadOnlyList<(string Label, Func<RealisasiIndikator?, string?> Nilai)> Kolom =
    [
        ("Penyebab keberhasilan/kegagalan", r => r?.Penyebab),
        ("Upaya yang dilakukan", r => r?.Upaya),
        ("Program/kegiatan pendukung", r => r?.ProgramPendukung),
        ("Kendala", r => r?.Kendala),
        ("Rencana tindak lanjut", r => r?.RencanaTindakLanjut),
        ("Efisiensi penggunaan sumber daya", r => r?.Efisiensi),
    ];
}

/// <summary>The sections a unit's and BPOM's Laporan Kinerja share, so both print the same figures the same way.</summary>
internal static class BagianLaporanKinerja
{
    public static void DasarHukum(DokumenWord d, string perjanjian)
    {
        d.Paragraf("Dasar hukum:");
        d.Paragraf(
            "1. Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;\n" +
            "2. Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;\n" +
            "3. Keputusan Kepala BPOM Nomor 311 Tahun 2023 (predikat kinerja organisasi);\n" +
            $"4. {perjanjian}.");
    }

    public static void TabelPk(DokumenWord d, IEnumerable<PerspektifPk> struktur) => d.Tabel(
        ["Perspektif", "Sasaran", "Kode", "Indikator", "Satuan", "Target tahunan"],
        struktur.SelectMany(p => p.Sasaran.SelectMany(s => s.Indikator.Select(i => new[]
        {
            p.Nama, $"{s.Kode} {s.Nama}", i.Kode, i.Nama + (i.PenugasanDirektif ? " (penugasan direktif)" : string.Empty), i.Satuan,
            DokumenWord.Angka(i.TargetTahunan),
        }))),
        [3, 4, 1, 6, 2, 2]);

    public static void TabelCapaian(DokumenWord d, NilaiKinerjaDto nilai)
    {
        var indikator = nilai.Indikator.ToLookup(i => i.KodeSasaran, StringComparer.Ordinal);
        d.Tabel(
            ["Kode", "Sasaran / indikator", "Target s.d. periode", "Realisasi", "Capaian (%)", "Capaian thd target tahunan (%)", "Kriteria"],
            nilai.Sasaran.SelectMany(s => new[]
            {
                new[] { s.Kode, s.Nama + (s.Dihitung ? string.Empty : " (tidak dihitung dalam NKO)"), string.Empty, string.Empty, DokumenWord.Angka(s.Nilai), string.Empty, s.Kriteria ?? "Tidak terukur" },
            }.Concat(indikator[s.Kode].Select(i => new[]
            {
                i.Kode, i.Nama, DokumenWord.Angka(i.TargetPeriode), DokumenWord.Angka(i.Realisasi), DokumenWord.Angka(i.Capaian),
                DokumenWord.Angka(i.CapaianTahunan), i.Kriteria ?? "Tidak terukur",
            }))),
            [1, 6, 2, 2, 2, 2, 2]);
    }

    public static void Nko(DokumenWord d, NilaiKinerjaDto nilai)
    {
        d.Tabel(["Perspektif", "Nilai"], nilai.Perspektif.Select(p => new[] { p.Nama, DokumenWord.Angka(p.Nilai) }), [4, 1]);
        d.Butir("Nilai Kinerja Organisasi (NKO)", DokumenWord.Angka(nilai.NilaiKinerjaOrganisasi));
        d.Butir("Predikat", nilai.Predikat ?? "-");
    }

    public static void TabelKriteria(DokumenWord d, NilaiKinerjaDto nilai) => d.Tabel(
        ["Kriteria", "IKU", "Penugasan direktif", "Jumlah"],
        nilai.JumlahKriteria.Where(j => j.Kriteria is not null || j.Iku + j.PenugasanDirektif > 0).Select(j => new[]
        {
            j.Kriteria ?? "Tidak terukur", j.Iku.ToString(CultureInfo.InvariantCulture), j.PenugasanDirektif.ToString(CultureInfo.InvariantCulture),
            (j.Iku + j.PenugasanDirektif).ToString(CultureInfo.InvariantCulture),
        }),
        [3, 1, 2, 1]);
}
