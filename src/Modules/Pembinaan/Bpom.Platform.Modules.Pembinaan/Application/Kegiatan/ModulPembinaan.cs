using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;

namespace Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;

/// <summary>The filters of the Kegiatan Pembinaan list.</summary>
/// <param name="Komoditas">Only this commodity.</param>
/// <param name="Fungsi">Only this function.</param>
internal sealed record SaringanPembinaan(KomoditasPembinaan? Komoditas, FungsiPembinaan? Fungsi);

internal sealed class SaringanPembinaanValidator : AbstractValidator<SaringanPembinaan>
{
    public SaringanPembinaanValidator()
    {
        RuleFor(x => x.Komoditas).IsInEnum();
        RuleFor(x => x.Fungsi).IsInEnum();
    }
}

/// <summary>What SOP B adds to the shared activity use cases: the parties guided (registry), the local UPT, the
/// routing by commodity and function, its audit summary, detail and list row.</summary>
internal sealed class ModulPembinaan(PembinaanDbContext db, PengisiKegiatanPembinaan pengisi, IDirektoriOrganisasi direktori)
    : IModulKegiatanSop<KegiatanPembinaan, DataKegiatanPembinaan, KegiatanPembinaanDto>,
      IIndeksKegiatanSop<KegiatanPembinaan>,
      IDaftarKegiatanSop<KegiatanPembinaan, SaringanPembinaan, KegiatanPembinaanRingkasDto>
{
    public DeskripsiSop Sop => SopPembinaan.Deskripsi;

    public KegiatanPembinaan Baru(KegiatanBaru baru) => new(baru.Id, baru.UnitId, baru.OlehId, baru.Pada);

    public async Task<RuteKegiatan?> IsiAsync(KegiatanPembinaan kegiatan, DataKegiatanPembinaan data, CancellationToken cancellationToken) =>
        await pengisi.IsiAsync(kegiatan, data, cancellationToken);

    public Task<string> RingkasAsync(KegiatanPembinaan kegiatan, CancellationToken cancellationToken) =>
        KegiatanPembinaanMapping.RingkasAsync(kegiatan, db, cancellationToken);

    public async Task<KegiatanPembinaanDto> DetailAsync(KegiatanPembinaan k, InstansDto instans, CancellationToken cancellationToken)
    {
        var sasaran = await KegiatanPembinaanMapping.SasaranAsync(db, k.SasaranIds, cancellationToken);
        var upt = await direktori.NamaUnitAsync([k.UptSetempatId], cancellationToken);
        return new KegiatanPembinaanDto(
            k.Id, k.Judul, k.Asal, k.DasarKegiatan, k.Komoditas, k.Fungsi, k.Bentuk,
            k.SasaranIds.Where(sasaran.ContainsKey).Select(id => KegiatanPembinaanMapping.KeDto(sasaran[id])).ToList(), k.JumlahPeserta, k.Lokasi,
            k.TanggalRencanaMulai, k.TanggalRencanaSelesai, k.UptSetempatId, upt.GetValueOrDefault(k.UptSetempatId, "-"), k.Tahun, k.DibuatPada,
            instans.BolehMengelola, instans);
    }

    /// <summary>Lists sort by the planned start, filter by commodity and function; search looks in the title.</summary>
    public IndeksKegiatan Indeks(KegiatanPembinaan kegiatan) => new(
        kegiatan.TanggalRencanaMulai,
        Atribut: new Dictionary<string, string> { ["komoditas"] = kegiatan.Komoditas.ToString(), ["fungsi"] = kegiatan.Fungsi.ToString() });

    public IReadOnlyDictionary<string, string>? Atribut(SaringanPembinaan saringan)
    {
        var atribut = new Dictionary<string, string>();
        if (saringan.Komoditas is { } komoditas)
        {
            atribut["komoditas"] = komoditas.ToString();
        }

        if (saringan.Fungsi is { } fungsi)
        {
            atribut["fungsi"] = fungsi.ToString();
        }

        return atribut;
    }

    public Task<IReadOnlyList<KegiatanPembinaanRingkasDto>> BarisAsync(IReadOnlyList<BarisKegiatan<KegiatanPembinaan>> halaman, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KegiatanPembinaanRingkasDto>>(halaman.Select(b => new KegiatanPembinaanRingkasDto(
            b.Kegiatan.Id, b.Kegiatan.InstansId, b.Kegiatan.Judul, b.Kegiatan.Komoditas, b.Kegiatan.Fungsi, b.Kegiatan.Bentuk, b.Kegiatan.UnitId, b.NamaUnit,
            b.Kegiatan.Tahun, b.Kegiatan.TanggalRencanaMulai, b.Kegiatan.SasaranIds.Count, b.Kegiatan.JumlahPeserta, b.Sop.Status, b.Sop.LangkahAktif,
            b.Sop.NamaLangkahAktif, b.Sop.StatusLangkahAktif, b.Sop.JatuhTempo, b.Sop.HkTersisa, b.Sop.Sla, b.Sop.Terlambat)).ToList());
}
