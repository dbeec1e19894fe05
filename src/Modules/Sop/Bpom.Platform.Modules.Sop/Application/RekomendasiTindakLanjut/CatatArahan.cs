using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

internal sealed class CatatArahanCommandValidator : AbstractValidator<CatatArahanCommand>
{
    public CatatArahanCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.LangkahArahan).NotEmpty().MaximumLength(10);
        RuleFor(x => x.LangkahMonev).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian arahan wajib diisi.").MaximumLength(2000);
        RuleFor(x => x.UnitTujuan).NotEmpty().WithMessage("Pilih minimal satu unit tujuan arahan.")
            .Must(u => u.Count <= 120).WithMessage("Paling banyak 120 unit tujuan per arahan.");
        RuleForEach(x => x.UnitTujuan).NotEmpty();
    }
}

/// <summary>
/// A directive of the leadership step: one recommendation per addressed unit (owner = that unit, its target date),
/// and the monitoring step routed to those units so the directive reaches their Tugas Saya when monitoring starts.
/// Only while the leadership step runs, by whoever may perform it (Pimpinan).
/// </summary>
internal sealed class CatatArahanCommandHandler(
    SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, PengaturPenugasan penugasan, IDirektoriOrganisasi direktori, IClock clock)
    : IRequestHandler<CatatArahanCommand, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(CatatArahanCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var langkah = PembacaInstans.CariLangkah(instans, request.LangkahArahan);
        PembacaInstans.CariLangkah(instans, request.LangkahMonev);
        if (!akses.BolehMelaksanakan(instans, langkah))
        {
            throw new ForbiddenException($"Arahan ditulis oleh pelaksana langkah {langkah.Kode} ({string.Join(", ", langkah.Pelaksana)}).");
        }

        if (instans.LangkahAktif?.Id != langkah.Id || langkah.Status is not (StatusLangkah.Berjalan or StatusLangkah.Dikembalikan))
        {
            throw new DomainException($"Arahan hanya dapat ditulis selama langkah {langkah.Kode} ({langkah.Nama}) berjalan.");
        }

        var tujuan = request.UnitTujuan.Distinct().ToList();
        var nama = await direktori.NamaUnitAsync(tujuan, cancellationToken);
        var tidakAda = tujuan.Where(u => !nama.ContainsKey(u)).ToList();
        if (tidakAda.Count > 0)
        {
            throw new NotFoundException($"Unit tujuan tidak ditemukan: {string.Join(", ", tidakAda)}.");
        }

        var nomor = await db.Rekomendasi.Where(r => r.InstansId == instans.Id).MaxAsync(r => (int?)r.Nomor, cancellationToken) ?? 0;
        var sekarang = clock.GetCurrentInstant();
        var ids = new List<Guid>();
        foreach (var unit in tujuan)
        {
            var r = new Rekomendasi(
                Guid.CreateVersion7(), instans.Id, ++nomor, request.Uraian, nama[unit], request.TargetTanggal, sekarang, akses.Pengguna.UserId, unit);
            db.Rekomendasi.Add(r);
            ids.Add(r.Id);
            audit.Catat(instans, langkah.Kode, "Arahan", keterangan: Teks.Potong($"Arahan {nomor} untuk {nama[unit]} (target {request.TargetTanggal:yyyy-MM-dd}): {request.Uraian.Trim()}", 1000));
        }

        var ada = await db.Penugasan.AsNoTracking().Where(p => p.InstansId == instans.Id)
            .Select(p => new PenugasanBaru(p.LangkahKode, p.UnitId, p.Jenis, p.Keterangan)).ToListAsync(cancellationToken);
        var baru = tujuan.Where(u => !ada.Any(a => a.LangkahKode == request.LangkahMonev && a.UnitId == u))
            .Select(u => new PenugasanBaru(request.LangkahMonev, u, JenisPenugasan.Pelaksana, $"Tindak lanjut arahan Pimpinan {langkah.Kode}"));
        await penugasan.AturAsync(instans, [.. ada, .. baru], null, cancellationToken);
        instans.Sentuh(sekarang);
        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }
}
