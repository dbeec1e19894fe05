using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Perjanjian;

/// <summary>Creates or revises a unit's PK (the whole structure). A revision that changes anything becomes a new
/// frozen version with its reason.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Perspektif">Perspectives → sasaran → indicators.</param>
/// <param name="Alasan">Why it is revised (required from version 2).</param>
internal sealed record SimpanPerjanjianKinerjaCommand(Guid UnitId, int Tahun, IReadOnlyList<PerspektifPk>? Perspektif, string? Alasan) : ICommand<PerjanjianKinerjaDto>;

internal sealed class SimpanPerjanjianKinerjaCommandValidator : AbstractValidator<SimpanPerjanjianKinerjaCommand>
{
    public SimpanPerjanjianKinerjaCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Alasan).MaximumLength(1000);
        RuleFor(x => x.Perspektif).NotEmpty().WithMessage("Sekurang-kurangnya satu perspektif.");
        RuleForEach(x => x.Perspektif).Cascade(CascadeMode.Continue).ChildRules(p =>
        {
            p.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama perspektif wajib diisi.").MaximumLength(200);
            p.RuleFor(x => x.Sasaran).NotEmpty().WithMessage("Sekurang-kurangnya satu sasaran.");
            p.RuleForEach(x => x.Sasaran).Cascade(CascadeMode.Continue).ChildRules(s =>
            {
                s.RuleFor(x => x.Kode).NotEmpty().WithMessage("Kode sasaran wajib diisi.").MaximumLength(20);
                s.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama sasaran wajib diisi.").MaximumLength(500);
                s.RuleFor(x => x.Indikator).NotEmpty().WithMessage("Sekurang-kurangnya satu indikator.");
                s.RuleForEach(x => x.Indikator).Cascade(CascadeMode.Continue).ChildRules(i =>
                {
                    i.RuleFor(x => x.Kode).NotEmpty().WithMessage("Kode indikator wajib diisi.").MaximumLength(20);
                    i.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama indikator wajib diisi.").MaximumLength(500);
                    i.RuleFor(x => x.Satuan).NotEmpty().WithMessage("Satuan wajib diisi.").MaximumLength(30);
                    i.RuleFor(x => x.Arah).IsInEnum().WithMessage("arah harus Naik atau Turun.");
                    i.RuleFor(x => x.Sumber).IsInEnum();
                    i.RuleFor(x => x.Definisi).MaximumLength(2000);
                    i.RuleFor(x => x.Pembilang).MaximumLength(500);
                    i.RuleFor(x => x.Penyebut).MaximumLength(500);
                    i.RuleFor(x => x.KodeSop).MaximumLength(30);
                    i.RuleFor(x => x.Target).Must(t => t is null || t.Keys.All(k => KodePeriode.Normalisasi(k) == k))
                        .WithMessage("Kode periode target harus B01–B12 atau TW1–TW4.");
                    i.RuleFor(x => x.Target).Must(t => AturanAngka.SemuaWajar(t?.Values)).WithMessage("Target harus antara 0 dan 1.000.000.000.000.000.");
                    i.RuleFor(x => x.TargetTahunan).NilaiWajar();
                });
            });
        });
        RuleFor(x => x.Perspektif).Must(p => p is null || KodeUnik(p.SelectMany(x => x.Sasaran ?? []).Select(s => s.Kode)))
            .WithMessage("Kode sasaran harus unik dalam satu PK.");
        RuleFor(x => x.Perspektif).Must(p => p is null || KodeUnik(p.SelectMany(x => x.Sasaran ?? []).SelectMany(s => s.Indikator ?? []).Select(i => i.Kode)))
            .WithMessage("Kode indikator harus unik dalam satu PK.");
    }

    private static bool KodeUnik(IEnumerable<string?> kode)
    {
        var k = kode.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()).ToList();
        return k.Count == k.Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }
}

internal sealed class SimpanPerjanjianKinerjaCommandHandler(KinerjaDbContext db, AksesKinerja akses, PenghitungNilai penghitung, IPrasyaratVersi prasyarat)
    : IRequestHandler<SimpanPerjanjianKinerjaCommand, PerjanjianKinerjaDto>
{
    public async Task<PerjanjianKinerjaDto> Handle(SimpanPerjanjianKinerjaCommand request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        await akses.PastikanUbahAsync(unit.Id, cancellationToken);
        var pk = await db.PerjanjianKinerja.SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Tahun == request.Tahun, cancellationToken);
        if (pk is not null)
        {
            prasyarat.Pastikan(VersiKinerja.SumberPk(pk.Id), VersiKinerja.Pk(pk));
        }
        if (pk is { Versi: > 0 } && string.IsNullOrWhiteSpace(request.Alasan))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("alasan", "Alasan revisi PK wajib diisi.")]);
        }

        var baru = pk is null;
        pk ??= new PerjanjianKinerja(unit.Id, request.Tahun, akses.Sekarang, akses.Pengguna.Username);
        var struktur = request.Perspektif!.Select(Rapikan).ToList();
        if (pk.Revisi(struktur, akses.Sekarang, akses.Pengguna.Username, request.Alasan?.Trim()) is { } versi)
        {
            if (baru)
            {
                db.PerjanjianKinerja.Add(pk);
            }

            db.PerjanjianKinerjaVersi.Add(versi);
            db.Audit.Add(new AuditKinerja(
                unit.Id, request.Tahun, null, baru ? "BuatPk" : "RevisiPk", $"PK {request.Tahun} versi {versi.Versi}: {pk.SemuaIndikator.Count()} indikator.",
                request.Alasan?.Trim(), false, akses.Sekarang, akses.Pengguna.Username));
        }

        return new PerjanjianKinerjaDto(pk.Id, pk.UnitId, unit.Nama, pk.Tahun, pk.Versi, pk.Struktur, pk.DiubahPada, pk.DiubahOleh, true);
    }

    private static PerspektifPk Rapikan(PerspektifPk p) => new(
        p.Nama.Trim(),
        p.Sasaran.Select(s => new SasaranPk(
            s.Kode.Trim(), s.Nama.Trim(), s.HitungNko,
            s.Indikator.Select(i => i with
            {
                Kode = i.Kode.Trim(),
                Nama = i.Nama.Trim(),
                Satuan = i.Satuan.Trim(),
                Target = new SortedDictionary<string, decimal>(i.Target?.ToDictionary() ?? [], StringComparer.Ordinal),
                KodeSop = string.IsNullOrWhiteSpace(i.KodeSop) ? null : i.KodeSop.Trim(),
            }).ToList())).ToList());
}
