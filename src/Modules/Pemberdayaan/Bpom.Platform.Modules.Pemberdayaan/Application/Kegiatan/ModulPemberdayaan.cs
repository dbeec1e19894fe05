using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan;

/// <summary>The filters of the Kegiatan Pemberdayaan list.</summary>
/// <param name="Program">Only this programme.</param>
internal sealed record SaringanPemberdayaan(ProgramPemberdayaan? Program);

internal sealed class SaringanPemberdayaanValidator : AbstractValidator<SaringanPemberdayaan>
{
    public SaringanPemberdayaanValidator() => RuleFor(x => x.Program).IsInEnum();
}

/// <summary>What SOP C adds to the shared activity use cases: communities and kader, its audit summary, detail and
/// list row.</summary>
internal sealed class ModulPemberdayaan
    : IModulKegiatanSop<KegiatanPemberdayaan, DataKegiatanPemberdayaan, KegiatanPemberdayaanDto>,
      IIndeksKegiatanSop<KegiatanPemberdayaan>,
      IDaftarKegiatanSop<KegiatanPemberdayaan, SaringanPemberdayaan, KegiatanPemberdayaanRingkasDto>
{
    public DeskripsiSop Sop => SopPemberdayaan.Deskripsi;

    public KegiatanPemberdayaan Baru(KegiatanBaru baru) => new(baru.Id, baru.UnitId, baru.OlehId, baru.Pada);

    public Task<RuteKegiatan?> IsiAsync(KegiatanPemberdayaan kegiatan, DataKegiatanPemberdayaan d, CancellationToken cancellationToken)
    {
        kegiatan.Isi(
            d.Judul, d.Program!.Value, d.ProgramLainnya, d.Komunitas!, d.Bentuk!.Value,
            (d.Kader ?? []).Select(x => new Kader(Guid.CreateVersion7(), x.Nama, x.Peran!.Value, x.Komunitas, x.Kontak)),
            d.JumlahPeserta!.Value, d.Lokasi, d.TanggalRencanaMulai!.Value, d.TanggalRencanaSelesai!.Value, d.DasarKegiatan);
        return Task.FromResult<RuteKegiatan?>(null);
    }

    public Task<string> RingkasAsync(KegiatanPemberdayaan kegiatan, CancellationToken cancellationToken) => Task.FromResult(kegiatan.Ringkas());

    public Task<KegiatanPemberdayaanDto> DetailAsync(KegiatanPemberdayaan k, InstansDto instans, CancellationToken cancellationToken) =>
        Task.FromResult(new KegiatanPemberdayaanDto(
            k.Id, k.Judul, k.Program, k.ProgramLainnya, k.Komunitas, k.Bentuk,
            k.Kader.OrderBy(x => x.Nama, StringComparer.Ordinal).Select(x => new KaderDto(x.Id, x.Nama, x.Peran, x.Komunitas, x.Kontak)).ToList(),
            k.JumlahPeserta, k.Lokasi, k.TanggalRencanaMulai, k.TanggalRencanaSelesai, k.DasarKegiatan, k.Tahun, k.DibuatPada, instans.BolehMengelola, instans));

    /// <summary>Lists sort by the planned start, filter by programme; search looks in the title.</summary>
    public IndeksKegiatan Indeks(KegiatanPemberdayaan kegiatan) =>
        new(kegiatan.TanggalRencanaMulai, Atribut: new Dictionary<string, string> { ["program"] = kegiatan.Program.ToString() });

    public IReadOnlyDictionary<string, string>? Atribut(SaringanPemberdayaan saringan) =>
        saringan.Program is { } program ? new Dictionary<string, string> { ["program"] = program.ToString() } : null;

    public Task<IReadOnlyList<KegiatanPemberdayaanRingkasDto>> BarisAsync(
        IReadOnlyList<BarisKegiatan<KegiatanPemberdayaan>> halaman, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KegiatanPemberdayaanRingkasDto>>(halaman.Select(b => new KegiatanPemberdayaanRingkasDto(
            b.Kegiatan.Id, b.Kegiatan.InstansId, b.Kegiatan.Judul, b.Kegiatan.Program, b.Kegiatan.Bentuk, b.Kegiatan.UnitId, b.NamaUnit, b.Kegiatan.Tahun,
            b.Kegiatan.TanggalRencanaMulai, b.Kegiatan.Komunitas.Count, b.Kegiatan.Kader.Count, b.Kegiatan.JumlahPeserta, b.Sop.Status, b.Sop.LangkahAktif,
            b.Sop.NamaLangkahAktif, b.Sop.StatusLangkahAktif, b.Sop.JatuhTempo, b.Sop.HkTersisa, b.Sop.Sla, b.Sop.Terlambat)).ToList());
}
