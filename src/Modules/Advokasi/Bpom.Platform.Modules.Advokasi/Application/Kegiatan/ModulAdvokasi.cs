using Bpom.Platform.Modules.Advokasi.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

namespace Bpom.Platform.Modules.Advokasi.Application.Kegiatan;

/// <summary>What SOP A adds to the shared activity use cases: its data, its audit summary, its detail and list row.</summary>
internal sealed class ModulAdvokasi
    : IModulKegiatanSop<KegiatanAdvokasi, DataKegiatanAdvokasi, KegiatanAdvokasiDto>,
      IIndeksKegiatanSop<KegiatanAdvokasi>,
      IDaftarKegiatanSop<KegiatanAdvokasi, TanpaSaringan, KegiatanAdvokasiRingkasDto>
{
    public DeskripsiSop Sop => SopAdvokasi.Deskripsi;

    public KegiatanAdvokasi Baru(KegiatanBaru baru) => new(baru.Id, baru.UnitId, baru.OlehId, baru.Pada);

    public Task<RuteKegiatan?> IsiAsync(KegiatanAdvokasi kegiatan, DataKegiatanAdvokasi data, CancellationToken cancellationToken)
    {
        kegiatan.Isi(
            data.Judul, data.Topik, data.Komoditas!.Value, data.PemangkuKepentingan!, data.Bentuk!.Value, data.BentukLainnya, data.Lokasi,
            data.TanggalRencanaMulai!.Value, data.TanggalRencanaSelesai!.Value, data.DasarKegiatan);
        return Task.FromResult<RuteKegiatan?>(null);
    }

    public Task<string> RingkasAsync(KegiatanAdvokasi kegiatan, CancellationToken cancellationToken) => Task.FromResult(kegiatan.Ringkas());

    public Task<KegiatanAdvokasiDto> DetailAsync(KegiatanAdvokasi k, InstansDto instans, CancellationToken cancellationToken) =>
        Task.FromResult(new KegiatanAdvokasiDto(
            k.Id, k.Judul, k.Topik, k.Komoditas, k.PemangkuKepentingan, k.Bentuk, k.BentukLainnya, k.Lokasi, k.TanggalRencanaMulai,
            k.TanggalRencanaSelesai, k.DasarKegiatan, k.Tahun, k.DibuatPada, instans.BolehMengelola, instans));

    /// <summary>Lists sort by the planned start; search looks in the title and the topic.</summary>
    public IndeksKegiatan Indeks(KegiatanAdvokasi kegiatan) => new(kegiatan.TanggalRencanaMulai, kegiatan.Topik);

    /// <summary>No filters of its own.</summary>
    public IReadOnlyDictionary<string, string>? Atribut(TanpaSaringan saringan) => null;

    public Task<IReadOnlyList<KegiatanAdvokasiRingkasDto>> BarisAsync(IReadOnlyList<BarisKegiatan<KegiatanAdvokasi>> halaman, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KegiatanAdvokasiRingkasDto>>(halaman.Select(b => new KegiatanAdvokasiRingkasDto(
            b.Kegiatan.Id, b.Kegiatan.InstansId, b.Kegiatan.Judul, b.Kegiatan.Komoditas, b.Kegiatan.Bentuk, b.Kegiatan.UnitId, b.NamaUnit, b.Kegiatan.Tahun,
            b.Kegiatan.TanggalRencanaMulai, b.Sop.Status, b.Sop.LangkahAktif, b.Sop.NamaLangkahAktif, b.Sop.StatusLangkahAktif, b.Sop.JatuhTempo,
            b.Sop.HkTersisa, b.Sop.Sla, b.Sop.Terlambat)).ToList());
}
