using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PeriodeLaporan = Bpom.Platform.Modules.Kinerja.Application.Laporan.PeriodeLaporan;

namespace Bpom.Platform.Modules.Kinerja.Application.Nasional;

/// <summary>One figure of an SOP, cumulative from 1 January to the end of each quarter (s.d. TW1, s.d. TW2, …).</summary>
/// <param name="Nama">The figure, as the SOP module titles it ("Desa", "Kader/duta", "Tersertifikasi kompetensi", …).</param>
/// <param name="PerTriwulan">Its national value s.d. each quarter of <see cref="KinerjaDalamAngkaDto.Triwulan"/>.</param>
internal sealed record AngkaOperasionalDto(string Nama, IReadOnlyList<int> PerTriwulan);

/// <summary>Activities of an SOP by one property (form, programme, commodity, …), cumulative per quarter.</summary>
internal sealed record RincianOperasionalDto(string Dimensi, string Nilai, IReadOnlyList<int> PerTriwulan);

/// <summary>What one SOP reached nationally: activities completed, its own figures and its activities by property.</summary>
/// <param name="KodeSop">POM-04.01-A … D.</param>
/// <param name="NamaSop">Its name.</param>
/// <param name="KegiatanSelesai">Activities whose last step was finished, s.d. each quarter.</param>
/// <param name="Angka">The SOP's own figures.</param>
/// <param name="Rincian">Its activities (planned to start by the quarter's end) per property value.</param>
internal sealed record SopDalamAngkaDto(string KodeSop, string NamaSop, IReadOnlyList<int> KegiatanSelesai, IReadOnlyList<AngkaOperasionalDto> Angka, IReadOnlyList<RincianOperasionalDto> Rincian);

/// <summary>"Kinerja BPOM Dalam Angka": the national operational figures of the SOP modules for a year, per quarter
/// up to the period asked.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or TAHUN.</param>
/// <param name="Triwulan">The quarters shown (TW1 … the period's).</param>
/// <param name="Sampai">The last day each quarter counts.</param>
/// <param name="Sop">One entry per SOP, in code order.</param>
internal sealed record KinerjaDalamAngkaDto(int Tahun, string Periode, IReadOnlyList<string> Triwulan, IReadOnlyList<LocalDate> Sampai, IReadOnlyList<SopDalamAngkaDto> Sop);

/// <summary>The national operational figures of a year up to a quarter (Pimpinan, the planning unit, Admin).</summary>
internal sealed record KinerjaDalamAngkaQuery(int Tahun, string? Periode) : IQueryRekap<KinerjaDalamAngkaDto>;

internal sealed class KinerjaDalamAngkaQueryValidator : AbstractValidator<KinerjaDalamAngkaQuery>
{
    public KinerjaDalamAngkaQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeLaporan.Normalisasi(p) is not null).WithMessage("periode harus TW1, TW2, TW3, TW4 atau TAHUN.");
    }
}

/// <summary>Asks every SOP module (<see cref="IRincianTahunan"/>, grouped in SQL over all units) once per quarter and
/// counts completed activities from Kinerja's own record of them; a unit's figures are summed into the national one.</summary>
internal sealed class KinerjaDalamAngkaQueryHandler(IEnumerable<IRincianTahunan> modul, IDirektoriOrganisasi direktori, KinerjaDbContext db, AksesKinerja akses)
    : IRequestHandler<KinerjaDalamAngkaQuery, KinerjaDalamAngkaDto>
{
    public async Task<KinerjaDalamAngkaDto> Handle(KinerjaDalamAngkaQuery request, CancellationToken cancellationToken)
    {
        await PembacaNasional.PastikanNasionalAsync(akses, cancellationToken);
        var periode = PeriodeLaporan.Normalisasi(request.Periode)!;
        var jumlahTriwulan = PeriodeLaporan.Data(periode)[2] - '0';
        var triwulan = Enumerable.Range(1, jumlahTriwulan).Select(t => $"TW{t}").ToList();
        var sampai = Enumerable.Range(1, jumlahTriwulan).Select(t => new LocalDate(request.Tahun, t * 3, 1).PlusMonths(1).PlusDays(-1)).ToList();
        var unit = (await direktori.SemuaUnitAsync(cancellationToken)).Select(u => u.Id).ToList();

        var dari = new LocalDate(request.Tahun, 1, 1);
        var akhir = sampai[^1];
        var selesai = await db.KegiatanSop.AsNoTracking()
            .Where(k => k.TanggalSelesai >= dari && k.TanggalSelesai <= akhir)
            .GroupBy(k => new { k.KodeSop, Bulan = k.TanggalSelesai.Month })
            .Select(g => new { g.Key.KodeSop, g.Key.Bulan, Jumlah = g.Count() })
            .ToListAsync(cancellationToken);

        var hasil = new List<SopDalamAngkaDto>();
        foreach (var m in modul.OrderBy(m => m.KodeSop, StringComparer.Ordinal))
        {
            var perTriwulan = new List<DataTahunanModul>();
            foreach (var batas in sampai)
            {
                perTriwulan.Add(await m.BacaAsync(request.Tahun, unit, batas, cancellationToken));
            }

            var angka = m.NamaAngka.Select(n => new AngkaOperasionalDto(n, perTriwulan.Select(d => d.Angka.Where(a => a.Nama == n).Sum(a => a.Nilai)).ToList())).ToList();
            var rincian = perTriwulan.SelectMany(d => d.Rincian).Select(r => (r.Dimensi, r.Nilai)).Distinct()
                .Select(k => new RincianOperasionalDto(k.Dimensi, k.Nilai, perTriwulan.Select(d => d.Rincian.Where(r => r.Dimensi == k.Dimensi && r.Nilai == k.Nilai).Sum(r => r.Jumlah)).ToList()))
                .OrderBy(r => r.Dimensi, StringComparer.Ordinal).ThenByDescending(r => r.PerTriwulan[^1]).ThenBy(r => r.Nilai, StringComparer.Ordinal)
                .ToList();
            var kegiatan = sampai.Select(s => selesai.Where(x => x.KodeSop == m.KodeSop && x.Bulan <= s.Month).Sum(x => x.Jumlah)).ToList();
            hasil.Add(new SopDalamAngkaDto(m.KodeSop, m.NamaSop, kegiatan, angka, rincian));
        }

        return new KinerjaDalamAngkaDto(request.Tahun, periode, triwulan, sampai, hasil);
    }
}
