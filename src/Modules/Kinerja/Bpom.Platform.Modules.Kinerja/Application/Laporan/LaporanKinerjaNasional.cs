using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Dokumen;
using Bpom.Platform.Modules.Kinerja.Application.Nasional;
using Bpom.Platform.Modules.Kinerja.Application.Skm;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Laporan;

/// <summary>BPOM's Laporan Kinerja for a quarter or the year (on the TW4 figures) as an editable Word document: the
/// national PK, capaian, NKO and predikat, the tally per kriteria, how each figure was rolled up from the units, and
/// the national SKM. Pimpinan, the planning unit and Admin.</summary>
internal sealed record GetLaporanKinerjaNasionalQuery(int Tahun, string? Periode) : IQuery<BerkasLaporanKinerja>;

internal sealed class GetLaporanKinerjaNasionalQueryValidator : AbstractValidator<GetLaporanKinerjaNasionalQuery>
{
    public GetLaporanKinerjaNasionalQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeLaporan.Normalisasi(p) is not null).WithMessage("periode harus TW1, TW2, TW3, TW4 atau TAHUN.");
    }
}

internal sealed class GetLaporanKinerjaNasionalQueryHandler(IMediator mediator, KinerjaDbContext db) : IRequestHandler<GetLaporanKinerjaNasionalQuery, BerkasLaporanKinerja>
{
    public async Task<BerkasLaporanKinerja> Handle(GetLaporanKinerjaNasionalQuery request, CancellationToken cancellationToken)
    {
        var periode = PeriodeLaporan.Normalisasi(request.Periode)!;
        var data = PeriodeLaporan.Data(periode);

        // The same figures as GET /api/kinerja/nasional and /skm/rekap (and their authorisation).
        var nasional = await mediator.Send(new KinerjaNasionalQuery(request.Tahun, data), cancellationToken);
        var pk = await db.PkNasional.AsNoTracking().SingleAsync(p => p.Tahun == request.Tahun, cancellationToken);
        var periodeSkm = periode == PeriodeLaporan.Tahun ? "TAHUNAN" : int.Parse(data.AsSpan(2), CultureInfo.InvariantCulture) <= 2 ? "S1" : "S2";
        var skm = await mediator.Send(new RekapSkmQuery(request.Tahun, periodeSkm), cancellationToken);
        var angka = await mediator.Send(new KinerjaDalamAngkaQuery(request.Tahun, periode), cancellationToken);
        var nilai = nasional.Nilai;
        var nama = KinerjaNasionalQueryHandler.NamaNasional;
        var bytes = DokumenWord.Buat($"{nama} · Laporan Kinerja {PeriodeLaporan.Nama(periode)} {request.Tahun}", d =>
        {
            d.Judul($"LAPORAN KINERJA {PeriodeLaporan.Nama(periode).ToUpperInvariant()} TAHUN {request.Tahun}");
            d.Judul(nama.ToUpperInvariant());
            d.Subjudul("I. Identitas dan dasar hukum");
            d.Butir("Instansi", nama);
            d.Butir("Periode", $"{PeriodeLaporan.Nama(periode)} {request.Tahun} (realisasi kumulatif s.d. {CultureInfo.GetCultureInfo("id-ID").DateTimeFormat.GetMonthName(KodePeriode.BulanAkhir(data))} {request.Tahun})");
            d.Butir("Perjanjian Kinerja", $"versi {pk.Versi}; realisasi dihimpun dari PK {nasional.UnitDenganPk} unit");
            BagianLaporanKinerja.DasarHukum(d, $"Perjanjian Kinerja Kepala Badan POM Tahun {request.Tahun}");
            d.Subjudul($"II. Perjanjian Kinerja Badan POM Tahun {request.Tahun}");
            BagianLaporanKinerja.TabelPk(d, pk.Struktur);
            d.Subjudul("III. Capaian kinerja per sasaran dan indikator");
            BagianLaporanKinerja.TabelCapaian(d, nilai);
            d.Subjudul("IV. Nilai kinerja organisasi");
            BagianLaporanKinerja.Nko(d, nilai);
            d.Subjudul("V. Jumlah indikator per kriteria");
            BagianLaporanKinerja.TabelKriteria(d, nilai);
            d.Subjudul("VI. Penghimpunan realisasi dari unit");
            d.Tabel(
                ["Kode", "Aturan", "Indikator unit", "Unit dihitung", "Pembilang", "Penyebut", "Realisasi nasional"],
                nasional.Rincian.Select(r => new[]
                {
                    r.Kode, r.Aturan switch { AturanAgregasi.Jumlah => "Jumlah", AturanAgregasi.RataRata => "Rata-rata", _ => "Σpembilang ÷ Σpenyebut" },
                    r.KodeSumber, r.UnitDihitung.ToString(CultureInfo.InvariantCulture), DokumenWord.Angka(r.Pembilang), DokumenWord.Angka(r.Penyebut), DokumenWord.Angka(r.Realisasi),
                }),
                [1, 3, 2, 2, 2, 2, 2]);
            d.Subjudul($"VII. Indeks Kepuasan Masyarakat ({periodeSkm} {request.Tahun})");
            if (skm.Nasional is { } n)
            {
                d.Butir("IKM nasional", $"{DokumenWord.Angka(n.Ikm)} — mutu {n.Mutu}; {n.JumlahResponden.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))} responden, {n.Layanan} layanan");
                d.Butir("Dibanding tahun lalu", n.IkmTahunLalu is null ? "-" : $"{DokumenWord.Angka(n.IkmTahunLalu)} (selisih {DokumenWord.Angka(n.Selisih)})");
                d.Butir("Target", n.Target is null ? "-" : $"{DokumenWord.Angka(n.Target)} ({(n.MemenuhiTarget == true ? "tercapai" : "belum tercapai")})");
                d.Tabel(["Unsur", "Nilai (25–100)", "Mutu"], n.Unsur.Select(u => new[] { $"{u.Kode} {u.Nama}", DokumenWord.Angka(u.Nilai), u.Mutu }), [4, 1, 2]);
            }
            else
            {
                d.Paragraf("Hasil SKM periode ini belum tercatat.");
            }

            d.Subjudul($"VIII. Kinerja BPOM dalam angka (kumulatif s.d. {string.Join(", ", angka.Triwulan)})");
            BagianDalamAngka(d, angka);

            d.Subjudul("Pengesahan");
            d.Paragraf("Kepala Badan Pengawas Obat dan Makanan\n\n\n\n(nama dan tanda tangan)");
        });
        return new BerkasLaporanKinerja(bytes, $"laporan-kinerja-bpom-{request.Tahun}-{periode}.docx");
    }

    /// <summary>Per SOP one table: activities completed, its figures and its activities per property, a column per quarter.</summary>
    private static void BagianDalamAngka(DokumenWord d, KinerjaDalamAngkaDto angka)
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        string[] kolom = ["Uraian", .. angka.Triwulan.Select(t => $"s.d. {t}")];
        int[] lebar = [4, .. angka.Triwulan.Select(_ => 1)];
        foreach (var s in angka.Sop)
        {
            d.Paragraf($"{s.KodeSop} {s.NamaSop}");
            IEnumerable<string[]> baris =
            [
                ["Kegiatan selesai", .. s.KegiatanSelesai.Select(n => n.ToString("N0", id))],
                .. s.Angka.Select(a => (string[])[a.Nama, .. a.PerTriwulan.Select(n => n.ToString("N0", id))]),
                .. s.Rincian.Select(r => (string[])[$"{r.Dimensi}: {r.Nilai}", .. r.PerTriwulan.Select(n => n.ToString("N0", id))]),
            ];
            d.Tabel(kolom, baris, lebar);
        }
    }
}
