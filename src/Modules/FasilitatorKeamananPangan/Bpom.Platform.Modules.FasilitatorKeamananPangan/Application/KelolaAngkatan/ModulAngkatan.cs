using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;

/// <summary>What SOP D adds to the shared activity use cases for a cohort: participating UPTs routed to recruitment
/// (D2), its audit summary, the detail with participants and the list row with participant counts.</summary>
internal sealed class ModulAngkatan(FasilitatorDbContext db, PembacaAngkatan pembaca, IDirektoriOrganisasi direktori)
    : IModulKegiatanSop<Angkatan, DataAngkatan, AngkatanDto>,
      IIndeksKegiatanSop<Angkatan>,
      IDaftarKegiatanSop<Angkatan, TanpaSaringan, AngkatanRingkasDto>
{
    public DeskripsiSop Sop => SopFasilitator.Deskripsi;

    public Angkatan Baru(KegiatanBaru baru) => new(baru.Id, baru.UnitId, baru.OlehId, baru.Pada);

    public async Task<RuteKegiatan?> IsiAsync(Angkatan angkatan, DataAngkatan data, CancellationToken cancellationToken)
    {
        angkatan.Isi(data.Nama, data.DasarKegiatan, data.UptIds ?? [], data.PendaftaranMulai!.Value, data.PendaftaranSelesai!.Value, data.LembagaPelatihan);
        return new RuteKegiatan(await RuteAngkatan.UntukAsync(angkatan, direktori, cancellationToken));
    }

    public Task<string> RingkasAsync(Angkatan angkatan, CancellationToken cancellationToken) => Task.FromResult(angkatan.Ringkas());

    public Task<AngkatanDto> DetailAsync(Angkatan angkatan, InstansDto instans, CancellationToken cancellationToken) =>
        pembaca.DetailAsync(angkatan, cancellationToken, instans);

    /// <summary>Search in the name; newest registration first.</summary>
    /// <summary>Lists sort by the registration start; search looks in the cohort's name.</summary>
    public IndeksKegiatan Indeks(Angkatan kegiatan) => new(kegiatan.PendaftaranMulai);

    /// <summary>No filters of its own.</summary>
    public IReadOnlyDictionary<string, string>? Atribut(TanpaSaringan saringan) => null;

    /// <summary>The rows of the page, with how many participants each cohort has and how many were recognised.</summary>
    public async Task<IReadOnlyList<AngkatanRingkasDto>> BarisAsync(IReadOnlyList<BarisKegiatan<Angkatan>> halaman, CancellationToken cancellationToken)
    {
        var ids = halaman.Select(b => b.Kegiatan.Id).ToList();
        var hitung = await db.Peserta.AsNoTracking().Where(p => ids.Contains(p.AngkatanId))
            .GroupBy(p => p.AngkatanId)
            .Select(g => new { AngkatanId = g.Key, Semua = g.Count(), Diakui = g.Count(p => p.Status == StatusPeserta.Diakui) })
            .ToDictionaryAsync(x => x.AngkatanId, cancellationToken);
        return halaman.Select(b => new AngkatanRingkasDto(
            b.Kegiatan.Id, b.Kegiatan.InstansId, b.Kegiatan.Nama, b.Kegiatan.UnitId, b.NamaUnit, b.Kegiatan.Tahun, b.Kegiatan.PendaftaranMulai,
            hitung.GetValueOrDefault(b.Kegiatan.Id)?.Semua ?? 0, hitung.GetValueOrDefault(b.Kegiatan.Id)?.Diakui ?? 0, b.Sop.Status, b.Sop.LangkahAktif,
            b.Sop.NamaLangkahAktif, b.Sop.StatusLangkahAktif, b.Sop.JatuhTempo, b.Sop.HkTersisa, b.Sop.Sla, b.Sop.Terlambat)).ToList();
    }
}
