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
/// <param name="Sistem">Started by the system (the yearly cycle), which supplies the Kelengkapan: no role check.</param>
internal sealed record JalankanLangkahCommand(Guid InstansId, string Kode, PemicuLangkah? Aksi, string? Alasan, bool Sistem = false) : ICommand<InstansDto>;

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
    IIntegrationEvents events, PengaturPenugasan penugasan, PemberitahuLangkah pemberitahu)
    : IRequestHandler<JalankanLangkahCommand, InstansDto>
{
    public async Task<InstansDto> Handle(JalankanLangkahCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken, periksaAkses: !request.Sistem);
        var langkah = PembacaInstans.CariLangkah(instans, request.Kode);
        var aksi = request.Aksi!.Value;
        if (!request.Sistem)
        {
            akses.PastikanBolehMenjalankan(instans, langkah, aksi);
        }

        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var konteksDokumen = await pembaca.KonteksAsync(instans, cancellationToken);
        var konteks = request.Sistem
            ? l => l.Id == langkah.Id ? konteksDokumen(l) with { KelengkapanTersedia = true } : konteksDokumen(l)
            : konteksDokumen;
        var sekarang = clock.GetCurrentInstant();
        var perubahan = instans.Jalankan(langkah.Kode, aksi, sekarang, kalender, konteks, request.Alasan);
        foreach (var p in perubahan)
        {
            var keterangan = p.Langkah.JatuhTempo is { } jt && p.Ke == StatusLangkah.Berjalan
                ? $"Jatuh tempo {jt:yyyy-MM-dd} ({p.Langkah.WaktuHk} HK)"
                : null;
            audit.Catat(
                instans, p.Langkah.Kode, request.Sistem ? "MulaiOtomatis" : p.Aksi, p.Dari.ToString(), p.Ke.ToString(),
                p.Aksi == "MulaiOtomatis" || request.Sistem ? null : request.Alasan?.Trim(),
                request.Sistem ? Teks.Potong($"{request.Alasan}. {keterangan}", 1000) : keterangan);
            await TerbitkanAsync(instans, p, kalender, sekarang, cancellationToken);
        }

        await penugasan.BeritahuAsync(instans, perubahan, cancellationToken);
        await pemberitahu.BeritahuAsync(instans, perubahan, request.Alasan, request.Sistem, cancellationToken);
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

/// <summary>Starts a waiting step on the system's behalf (<see cref="MulaiLangkahSistemCommand"/>); false when it is
/// not waiting any more (started already: nothing changes).</summary>
internal sealed class MulaiLangkahSistemCommandHandler(PembacaInstans pembaca, IMediator mediator) : IRequestHandler<MulaiLangkahSistemCommand, bool>
{
    public async Task<bool> Handle(MulaiLangkahSistemCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken, periksaAkses: false);
        if (instans.LangkahAktif is not { Status: StatusLangkah.Menunggu } aktif || !string.Equals(aktif.Kode, request.Kode, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        await mediator.Send(new JalankanLangkahCommand(request.InstansId, request.Kode, PemicuLangkah.Mulai, request.Keterangan, Sistem: true), cancellationToken);
        return true;
    }
}
