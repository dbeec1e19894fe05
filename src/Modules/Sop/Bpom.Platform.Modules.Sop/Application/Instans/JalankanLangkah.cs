using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>Runs an action on a step: Mulai, Jeda, Lanjutkan, Ajukan, Kembalikan, Setujui or Lewati.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="Kode">Step code (must be the current step).</param>
/// <param name="Aksi">The action.</param>
/// <param name="Alasan">Reason: required to pause (Jeda), return (Kembalikan) and skip (Lewati).</param>
internal sealed record JalankanLangkahCommand(Guid InstansId, string Kode, PemicuLangkah? Aksi, string? Alasan) : ICommand<InstansDto>;

internal sealed class JalankanLangkahCommandValidator : AbstractValidator<JalankanLangkahCommand>
{
    public JalankanLangkahCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.")
            .Must(a => a != PemicuLangkah.Batalkan).WithMessage("Gunakan pembatalan kegiatan untuk membatalkan.");
        RuleFor(x => x.Alasan).MaximumLength(1000);
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan wajib diisi untuk menjeda, mengembalikan atau melewati langkah.")
            .When(x => x.Aksi is PemicuLangkah.Jeda or PemicuLangkah.Kembalikan or PemicuLangkah.Lewati);
    }
}

internal sealed class JalankanLangkahCommandHandler(
    SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IKalenderHariKerjaSource kalenderSource, IClock clock,
    IIntegrationEvents events, PengaturPenugasan penugasan)
    : IRequestHandler<JalankanLangkahCommand, InstansDto>
{
    public async Task<InstansDto> Handle(JalankanLangkahCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var langkah = PembacaInstans.CariLangkah(instans, request.Kode);
        var aksi = request.Aksi!.Value;
        akses.PastikanBolehMenjalankan(instans, langkah, aksi);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var konteks = await pembaca.KonteksAsync(instans, cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var perubahan = instans.Jalankan(langkah.Kode, aksi, sekarang, kalender, konteks, request.Alasan);
        foreach (var p in perubahan)
        {
            var keterangan = p.Langkah.JatuhTempo is { } jt && p.Ke == StatusLangkah.Berjalan
                ? $"Jatuh tempo {jt:yyyy-MM-dd} ({p.Langkah.WaktuHk} HK)"
                : null;
            audit.Catat(instans, p.Langkah.Kode, p.Aksi, p.Dari.ToString(), p.Ke.ToString(), p.Aksi == "MulaiOtomatis" ? null : request.Alasan?.Trim(), keterangan);
            await TerbitkanAsync(instans, p, kalender, sekarang, cancellationToken);
        }

        await penugasan.BeritahuAsync(instans, perubahan, cancellationToken);
        if (instans.Status == StatusInstans.Selesai)
        {
            audit.Catat(instans, null, "KegiatanSelesai", nameof(StatusInstans.Berjalan), nameof(StatusInstans.Selesai));
            await events.PublishAsync(new KegiatanSopSelesai(Asal(instans), sekarang), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }

    internal static AsalKegiatan Asal(InstansSop i) => new(i.Id, i.KodeSop, i.Modul, i.ReferensiId, i.UnitId, i.Tahun);

    private Task TerbitkanAsync(InstansSop instans, PerubahanLangkah p, KalenderHariKerja kalender, Instant sekarang, CancellationToken ct)
    {
        var l = p.Langkah;
        IIntegrationEvent? n = p.Ke switch
        {
            StatusLangkah.Berjalan when p.Dari == StatusLangkah.Menunggu => new LangkahDimulai(Asal(instans), l.Kode, l.TanggalMulai!.Value, l.JatuhTempo, sekarang, l.WaktuHk),
            StatusLangkah.Diajukan => new LangkahDiajukan(Asal(instans), l.Kode, l.TanggalDiajukan!.Value, sekarang),
            StatusLangkah.Selesai => Selesai(l),
            StatusLangkah.Dilewati => new LangkahDilewati(Asal(instans), l.Kode, sekarang),
            _ => null,
        };
        return n is null ? Task.CompletedTask : events.PublishAsync(n, ct);

        LangkahSelesai Selesai(LangkahSop langkah)
        {
            var sla = langkah.JatuhTempo is null ? null : langkah.Sla(langkah.TanggalSelesai!.Value, kalender);
            return new LangkahSelesai(
                Asal(instans), langkah.Kode, langkah.TanggalSelesai!.Value, langkah.JatuhTempo, sla is null ? null : sla.Status == StatusSla.SelesaiTepatWaktu,
                sekarang, sla?.HkTerpakai, langkah.WaktuHk);
        }
    }
}
