using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Holiday data per year.</summary>
internal sealed record TahunKalenderDto(int Tahun, int LiburNasional, int CutiBersama);

/// <summary>Which years have holiday data, and warnings for admins (e.g. next year's calendar is missing).</summary>
internal sealed record StatusKalenderResponse(
    LocalDate HariIni, IReadOnlyList<TahunKalenderDto> Tahun, bool TahunDepanTersedia, bool CutiBersamaSebagaiHariKerja,
    IReadOnlyList<string> Peringatan);

internal sealed record StatusKalenderQuery : IQuery<StatusKalenderResponse>;

internal sealed class StatusKalenderQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<StatusKalenderQuery, StatusKalenderResponse>
{
    public async Task<StatusKalenderResponse> Handle(StatusKalenderQuery request, CancellationToken cancellationToken)
    {
        var hariIni = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[KalenderRules.ZonaDefault]).Date;
        var perTahun = await db.TanggalLibur.AsNoTracking()
            .GroupBy(t => t.Tanggal.Year)
            .OrderBy(g => g.Key)
            .Select(g => new TahunKalenderDto(g.Key, g.Count(t => t.Jenis == JenisHariLibur.LiburNasional), g.Count(t => t.Jenis == JenisHariLibur.CutiBersama)))
            .ToListAsync(cancellationToken);
        var cuti = await db.PengaturanKalender.AsNoTracking().Where(p => p.Id == PengaturanKalender.SingletonId)
            .Select(p => p.CutiBersamaSebagaiHariKerja).SingleOrDefaultAsync(cancellationToken);
        var peringatan = new List<string>();
        if (perTahun.All(t => t.Tahun != hariIni.Year))
        {
            peringatan.Add($"Data hari libur tahun berjalan ({hariIni.Year}) belum dimuat.");
        }

        var tahunDepan = perTahun.Any(t => t.Tahun == hariIni.Year + 1);
        if (!tahunDepan)
        {
            peringatan.Add($"Data hari libur tahun {hariIni.Year + 1} belum dimuat. Impor SKB hari libur nasional dan cuti bersama tahun {hariIni.Year + 1} agar tenggat tidak dihitung dari akhir pekan saja.");
        }

        return new StatusKalenderResponse(hariIni, perTahun, tahunDepan, cuti, peringatan);
    }
}
