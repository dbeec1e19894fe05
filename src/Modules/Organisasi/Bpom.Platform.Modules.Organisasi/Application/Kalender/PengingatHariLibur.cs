using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>
/// Tells the admins (in-app, and by e-mail per their preference) when holiday data is missing: the current year at
/// any time, next year's from 1 October — once a month per missing year (claim key
/// <c>kalender:libur-{tahun}:{bulan}</c>), so October, November and December each remind until the SKB is imported.
/// Daily, 08:00 WIB.
/// </summary>
internal sealed class PengingatHariLibur(IMediator mediator, IDirektoriOrganisasi direktori) : IJobBerulang
{
    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        var status = await mediator.Send(new StatusKalenderQuery(), cancellationToken);
        var hariIni = status.HariIni;
        var kurang = new List<int>();
        if (status.Tahun.All(t => t.Tahun != hariIni.Year))
        {
            kurang.Add(hariIni.Year);
        }

        if (!status.TahunDepanTersedia && hariIni.Month >= 10)
        {
            kurang.Add(hariIni.Year + 1);
        }

        if (kurang.Count == 0)
        {
            return;
        }

        var admin = (await direktori.PenggunaAsync([], [Peran.Admin], cancellationToken)).Select(p => p.Id).ToList();
        if (admin.Count == 0)
        {
            return;
        }

        foreach (var tahun in kurang)
        {
            await mediator.Send(
                new KirimNotifikasiCommand(
                    $"kalender:libur-{tahun}:{hariIni:yyyy-MM}", admin, tahun == hariIni.Year ? JenisNotifikasi.Eskalasi : JenisNotifikasi.Pengingat,
                    $"Data hari libur {tahun} belum dimuat",
                    $"Hari libur nasional dan cuti bersama tahun {tahun} belum ada di kalender hari kerja. Tenggat Mutu Baku yang jatuh di tahun {tahun} " +
                    "dihitung dari akhir pekan saja sampai SKB hari libur diimpor (Kalender › Impor hari libur, CSV atau XLSX dengan nomor SKB per baris).",
                    Modul: "Kalender", JatuhTempo: tahun > hariIni.Year ? new LocalDate(tahun, 1, 1) : null),
                cancellationToken);
        }
    }
}
