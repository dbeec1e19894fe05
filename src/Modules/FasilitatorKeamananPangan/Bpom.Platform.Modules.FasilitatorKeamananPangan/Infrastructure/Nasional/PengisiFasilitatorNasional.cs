using System.Globalization;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Nasional;

/// <summary>Cohorts of the national dataset: three a year run by Dit. PMPU Pangan Olahan (× scale), five participating
/// UPTs each (routed to recruitment, D2), 25 participants registered by those UPTs — recruited and trained in cohorts
/// of past years (most competent).</summary>
internal sealed class PengisiFasilitatorNasional(FasilitatorDbContext db, IIndeksKegiatanSop<Angkatan> modul) : IPengisiDataNasional
{
    public int Urutan => 23;

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Unit.FirstOrDefault(u => u.Nama == SopFasilitator.DitPmpuPangan) is not { } dit)
        {
            return;
        }

        var acak = data.Acak($"fasilitator/{tahun}");
        var upt = data.Unit.Where(u => u.Upt).ToList();
        var oleh = data.Staf(dit.Id);
        var angkatan = new List<Angkatan>();
        var fasilitator = new List<Fasilitator>();
        var peserta = new List<PesertaAngkatan>();
        var zona = ZonaWaktuUnit.Nasional;
        for (var n = 1; n <= acak.Jumlah(data, 3); n++)
        {
            var mulai = acak.Tanggal(tahun, data.HariIni);
            var pada = mulai.At(new LocalTime(9, 0)).InZoneLeniently(zona).ToInstant();
            var uptIds = Enumerable.Range(0, 5).Select(_ => acak.Pilih(upt).Id).Distinct().ToList();
            var a = new Angkatan(data.Id($"fasilitator/{tahun}/{n}"), dit.Id, oleh?.Id ?? Guid.Empty, pada);
            a.Isi($"Angkatan {n} Tahun {tahun} Fasilitator Keamanan Pangan", $"SK Direktur No. {acak.Next(10, 99)}/{tahun}", uptIds, mulai, mulai.PlusDays(30),
                "PPSDM Pengawas Obat dan Makanan");
            a.AturUnitTerlibat(uptIds);
            a.HubungkanInstans(data.Id($"fasilitator/{tahun}/{n}/instans"));
            angkatan.Add(a);
            var penugasan = uptIds.Select(u => new PenugasanBaru("D2", u, JenisPenugasan.Pelaksana, "UPT peserta angkatan: rekrutmen fasilitator di wilayahnya.")).ToList();
            data.Tas<KegiatanNasional>().Add(new KegiatanNasional(
                SopFasilitator.Kode, SopFasilitator.Modul, a.Id, a.InstansId, dit.Id, a.Tahun, a.Nama, mulai, modul.Indeks(a), penugasan, null, oleh?.Id ?? Guid.Empty));

            var lampau = tahun < data.TahunAkhir;
            for (var p = 0; p < 25; p++)
            {
                var uptId = acak.Pilih(uptIds);
                var u = data.Unit.First(x => x.Id == uptId);
                var staf = data.Staf(u.Id);
                var f = new Fasilitator(data.Id($"fasilitator/{tahun}/{n}/{p}"), Nik(acak, u, ((tahun % 100) * 100) + (n * 30) + p), pada);
                f.Isi(acak.Nama(), $"08{acak.Next(100_000_000, 999_999_999)}", null, u.Provinsi, AcakNasional.Tempat(u), $"Dinas Kesehatan {AcakNasional.Tempat(u)}", null);
                fasilitator.Add(f);
                var ps = new PesertaAngkatan(data.Id($"fasilitator/{tahun}/{n}/{p}/peserta"), a.Id, f.Id, u.Id, staf?.Id ?? Guid.Empty, staf?.Username ?? "sistem", pada);
                if (lampau)
                {
                    ps.Rekrut(staf?.Id ?? Guid.Empty, staf?.Username ?? "sistem", pada.Plus(Duration.FromDays(10)));
                    ps.CatatPelatihan(acak.NextDouble() < 0.85 ? HasilPelatihan.Kompeten : HasilPelatihan.BelumKompeten, null, Guid.Empty, "ppsdm", pada.Plus(Duration.FromDays(60)));
                }

                peserta.Add(ps);
            }
        }

        await db.SalinAsync(angkatan, cancellationToken);
        await db.SalinAsync(fasilitator, cancellationToken);
        await db.SalinAsync(peserta, cancellationToken);
    }

    /// <summary>A well-formed NIK: the unit's province code, a birth date, a serial unique in the dataset.</summary>
    private static string Nik(Random acak, UnitNasional unit, int serial)
    {
        var provinsi = 11 + (unit.Nomor % 80);
        var lahir = new LocalDate(1970 + acak.Next(30), 1 + acak.Next(12), 1 + acak.Next(28));
        return string.Create(CultureInfo.InvariantCulture, $"{provinsi:00}{acak.Next(1, 80):00}{acak.Next(1, 40):00}{lahir.Day:00}{lahir.Month:00}{lahir.Year % 100:00}{serial % 10000:0000}");
    }
}
