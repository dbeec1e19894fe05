using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Application.Perjanjian;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Nasional;

/// <summary>The national PK as stored (version 0, empty, while none has been made for the year).</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Versi">Its version (0: not made yet).</param>
/// <param name="Perspektif">Perspectives → sasaran → indicators.</param>
/// <param name="Aturan">One roll-up rule per indicator.</param>
/// <param name="DiubahPada">Last change.</param>
/// <param name="DiubahOleh">Who made it.</param>
/// <param name="BolehUbah">Whether the caller may create or revise it (the planning unit, Admin).</param>
internal sealed record PkNasionalDto(
    int Tahun, int Versi, IReadOnlyList<PerspektifPk> Perspektif, IReadOnlyList<AturanIndikatorNasional> Aturan, Instant? DiubahPada, string? DiubahOleh, bool BolehUbah);

/// <summary>Creates or revises BPOM's national PK: the structure (as a unit's PK) and one roll-up rule per indicator.
/// The planning unit and Admin only; a revision needs a reason and is audited.</summary>
internal sealed record SimpanPkNasionalCommand(int Tahun, IReadOnlyList<PerspektifPk>? Perspektif, IReadOnlyList<AturanIndikatorNasional>? Aturan, string? Alasan)
    : ICommand<PkNasionalDto>;

internal sealed class SimpanPkNasionalCommandValidator : AbstractValidator<SimpanPkNasionalCommand>
{
    private static readonly SimpanPerjanjianKinerjaCommandValidator Struktur = new();

    public SimpanPkNasionalCommandValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Alasan).MaximumLength(1000);
        RuleFor(x => x.Perspektif).NotEmpty().WithMessage("Sekurang-kurangnya satu perspektif.");
        RuleFor(x => x.Aturan).NotNull().WithMessage("Aturan agregasi wajib diisi untuk setiap indikator.");
        RuleForEach(x => x.Aturan).ChildRules(a =>
        {
            a.RuleFor(x => x.Kode).NotEmpty().MaximumLength(20);
            a.RuleFor(x => x.Aturan).IsInEnum().NotEqual((AturanAgregasi)0).WithMessage("aturan harus Jumlah, RataRata atau Rasio.");
            a.RuleFor(x => x.KodeSumber).MaximumLength(20);
        });
        // The structure obeys the same rules as a unit's PK, reported with the rest.
        RuleFor(x => x).Custom((x, ctx) =>
        {
            foreach (var galat in Struktur.Validate(new SimpanPerjanjianKinerjaCommand(Guid.NewGuid(), x.Tahun, x.Perspektif, x.Alasan)).Errors
                .Where(e => e.PropertyName.StartsWith(nameof(x.Perspektif) + "[", StringComparison.Ordinal)))
            {
                ctx.AddFailure(galat);
            }
        });
        RuleFor(x => x).Custom((x, ctx) =>
        {
            if (x.Perspektif is null || x.Aturan is null)
            {
                return;
            }

            // Every indicator has exactly one rule, and every rule names an indicator of the structure.
            var kode = x.Perspektif.SelectMany(p => p.Sasaran ?? []).SelectMany(s => s.Indikator ?? []).Select(i => i.Kode?.Trim()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var aturan = x.Aturan.Select(a => a.Kode?.Trim()).OfType<string>().ToList();
            foreach (var k in kode.Except(aturan))
            {
                ctx.AddFailure("aturan", $"Indikator {k} belum memiliki aturan agregasi.");
            }

            foreach (var k in aturan.Except(kode).Concat(aturan.GroupBy(a => a).Where(g => g.Count() > 1).Select(g => g.Key)).Distinct())
            {
                ctx.AddFailure("aturan", $"Aturan {k} tidak cocok dengan satu indikator PK nasional.");
            }
        });
    }
}

internal sealed class SimpanPkNasionalCommandHandler(KinerjaDbContext db, AksesKinerja akses) : IRequestHandler<SimpanPkNasionalCommand, PkNasionalDto>
{
    public async Task<PkNasionalDto> Handle(SimpanPkNasionalCommand request, CancellationToken cancellationToken)
    {
        await PembacaNasional.PastikanPerencanaanAsync(akses, cancellationToken);

        var pk = await db.PkNasional.SingleOrDefaultAsync(p => p.Tahun == request.Tahun, cancellationToken);
        if (pk is not null && string.IsNullOrWhiteSpace(request.Alasan))
        {
            throw new ValidationException([new ValidationFailure("alasan", "Alasan revisi PK nasional wajib diisi.")]);
        }

        if (pk is null)
        {
            pk = new PkNasional(request.Tahun);
            db.PkNasional.Add(pk);
        }

        pk.Ubah(
            [.. request.Perspektif!],
            [.. request.Aturan!.Select(a => a with { Kode = a.Kode.Trim(), KodeSumber = string.IsNullOrWhiteSpace(a.KodeSumber) ? null : a.KodeSumber.Trim() })],
            akses.Sekarang, akses.Pengguna.Username);
        db.Audit.Add(new AuditKinerja(
            Guid.Empty, request.Tahun, null, pk.Versi == 1 ? "BuatPkNasional" : "RevisiPkNasional", $"PK nasional {request.Tahun} versi {pk.Versi}: {pk.Aturan.Count} indikator.",
            request.Alasan?.Trim(), false, akses.Sekarang, akses.Pengguna.Username));
        await db.SaveChangesAsync(cancellationToken);
        return PembacaNasional.Dto(pk, true);
    }
}

/// <summary>The national PK of a year (version 0 and empty when none yet).</summary>
internal sealed record GetPkNasionalQuery(int Tahun) : IQuery<PkNasionalDto>;

internal sealed class GetPkNasionalQueryValidator : AbstractValidator<GetPkNasionalQuery>
{
    public GetPkNasionalQueryValidator() => RuleFor(x => x.Tahun).TahunKinerja();
}

internal sealed class GetPkNasionalQueryHandler(KinerjaDbContext db, AksesKinerja akses) : IRequestHandler<GetPkNasionalQuery, PkNasionalDto>
{
    public async Task<PkNasionalDto> Handle(GetPkNasionalQuery request, CancellationToken cancellationToken)
    {
        await PembacaNasional.PastikanNasionalAsync(akses, cancellationToken);
        var pk = await db.PkNasional.AsNoTracking().SingleOrDefaultAsync(p => p.Tahun == request.Tahun, cancellationToken);
        var boleh = await akses.BolehUbahNasionalAsync(cancellationToken);
        return pk is null ? new PkNasionalDto(request.Tahun, 0, [], [], null, null, boleh) : PembacaNasional.Dto(pk, boleh);
    }
}

/// <summary>How one national indicator was computed: its rule, the units' indicator it reads and how many units gave a
/// value (for Rasio: both pembilang and penyebut).</summary>
internal sealed record RincianNasionalDto(string Kode, AturanAgregasi Aturan, string KodeSumber, int UnitDihitung, decimal? Realisasi, decimal? Pembilang, decimal? Penyebut);

/// <summary>BPOM's national scores for a period: the national PK scored like a unit's (NKO, predikat, sasaran,
/// indicators) on realisation rolled up from every unit's PK, with how each figure was computed.</summary>
internal sealed record KinerjaNasionalDto(NilaiKinerjaDto Nilai, IReadOnlyList<RincianNasionalDto> Rincian, int UnitDenganPk);

/// <summary>The national roll-up of a period (Pimpinan, the planning unit, Admin).</summary>
internal sealed record KinerjaNasionalQuery(int Tahun, string? Periode) : IQueryRekap<KinerjaNasionalDto>;

internal sealed class KinerjaNasionalQueryValidator : AbstractValidator<KinerjaNasionalQuery>
{
    public KinerjaNasionalQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

/// <summary>Three reads whatever the number of units (the year's PKs, their latest reports of the period, the SOP counts
/// grouped by unit), as the national comparison; the roll-up and the scores are computed here.</summary>
internal sealed class KinerjaNasionalQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung, AksesKinerja akses, KepatuhanSop kepatuhan)
    : IRequestHandler<KinerjaNasionalQuery, KinerjaNasionalDto>
{
    public const string NamaNasional = "Badan Pengawas Obat dan Makanan";

    private sealed record NilaiUnit(decimal? Nilai, decimal? Pembilang, decimal? Penyebut);

    public async Task<KinerjaNasionalDto> Handle(KinerjaNasionalQuery request, CancellationToken cancellationToken)
    {
        await PembacaNasional.PastikanNasionalAsync(akses, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var nasional = await db.PkNasional.AsNoTracking().SingleOrDefaultAsync(p => p.Tahun == request.Tahun, cancellationToken)
            ?? throw new NotFoundException($"PK nasional {request.Tahun} belum ada.");
        var pks = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == request.Tahun).ToListAsync(cancellationToken);
        var laporan = await penghitung.LaporanTerkiniAsync(pks.Select(p => p.Id).ToList(), periode, cancellationToken);
        var (dari, sampai) = KepatuhanSop.RentangRealisasi(request.Tahun, periode);
        var agregat = (await kepatuhan.AgregatAsync(null, dari, sampai, cancellationToken)).ToLookup(a => a.UnitId);

        // Per unit and indicator code: the value (entered or from SOP data) and, when entered so, pembilang/penyebut.
        var nilaiUnit = pks.Select(pk =>
        {
            var isi = laporan.GetValueOrDefault(pk.Id)?.Isi.ToDictionary(r => r.Kode, StringComparer.Ordinal) ?? [];
            var otomatis = KepatuhanSop.RealisasiOtomatis(pk, agregat[pk.UnitId]);
            return pk.SemuaIndikator.ToDictionary(
                i => i.Kode,
                i => i.Sumber == SumberRealisasi.Manual
                    ? new NilaiUnit(isi.GetValueOrDefault(i.Kode)?.Nilai, isi.GetValueOrDefault(i.Kode)?.Pembilang, isi.GetValueOrDefault(i.Kode)?.Penyebut)
                    : new NilaiUnit(otomatis.GetValueOrDefault(i.Kode), null, null),
                StringComparer.Ordinal);
        }).ToList();

        var indikator = nasional.Struktur.SelectMany(p => p.Sasaran).SelectMany(s => s.Indikator).ToDictionary(i => i.Kode, StringComparer.Ordinal);
        var rincian = new List<RincianNasionalDto>();
        var isiNasional = new List<RealisasiIndikator>();
        foreach (var a in nasional.Aturan.Where(a => indikator.ContainsKey(a.Kode)))
        {
            var data = nilaiUnit.Select(u => u.GetValueOrDefault(a.Sumber)).OfType<NilaiUnit>().ToList();
            decimal? realisasi = null, pembilang = null, penyebut = null;
            int dihitung;
            if (a.Aturan == AturanAgregasi.Rasio)
            {
                var pasangan = data.Where(d => d.Pembilang is not null && d.Penyebut is not null).ToList();
                dihitung = pasangan.Count;
                pembilang = pasangan.Sum(d => d.Pembilang!.Value);
                penyebut = pasangan.Sum(d => d.Penyebut!.Value);
                realisasi = dihitung == 0 || penyebut == 0 ? null : pembilang / penyebut * (indikator[a.Kode].Satuan.Trim() == "%" ? 100m : 1m);
            }
            else
            {
                var ada = data.Where(d => d.Nilai is not null).Select(d => d.Nilai!.Value).ToList();
                dihitung = ada.Count;
                realisasi = dihitung == 0 ? null : a.Aturan == AturanAgregasi.Jumlah ? ada.Sum() : ada.Average();
            }

            rincian.Add(new RincianNasionalDto(a.Kode, a.Aturan, a.Sumber, dihitung, Penilaian.Bulatkan(realisasi), pembilang, penyebut));
            isiNasional.Add(new RealisasiIndikator(a.Kode, realisasi, pembilang, penyebut, null, null, []));
        }

        // Scored like a unit's PK: a transient PK and report carrying the rolled-up realisation (unrounded).
        var pkNasional = new PerjanjianKinerja(Guid.Empty, nasional.Tahun, nasional.DiubahPada, nasional.DiubahOleh);
        pkNasional.Revisi([.. nasional.Struktur.Select(p => p with { Sasaran = [.. p.Sasaran.Select(s => s with { Indikator = [.. s.Indikator.Select(i => i with { Sumber = SumberRealisasi.Manual })] })] })], nasional.DiubahPada, nasional.DiubahOleh, null);
        var lap = new LaporanRealisasi(pkNasional, periode, 1, isiNasional, nasional.DiubahPada, nasional.DiubahOleh);
        var nilai = penghitung.Hitung(pkNasional, NamaNasional, periode, lap, new Dictionary<string, decimal?>()) with { StatusLaporan = null, VersiLaporan = null, VersiPk = nasional.Versi };
        return new KinerjaNasionalDto(nilai, rincian, pks.Count);
    }
}

internal static class PembacaNasional
{
    public static PkNasionalDto Dto(PkNasional p, bool bolehUbah) => new(p.Tahun, p.Versi, p.Struktur, p.Aturan, p.DiubahPada, p.DiubahOleh, bolehUbah);

    /// <summary>National figures are for those who read every unit: Pimpinan, the planning unit, Admin.</summary>
    public static async Task PastikanNasionalAsync(AksesKinerja akses, CancellationToken ct)
    {
        if (!await akses.NasionalAsync(ct))
        {
            throw new ForbiddenException("Kinerja nasional dibaca oleh Pimpinan, unit perencanaan dan Admin.");
        }
    }

    /// <summary>The national PK is kept by the planning unit (its staff) and Admin.</summary>
    public static async Task PastikanPerencanaanAsync(AksesKinerja akses, CancellationToken ct)
    {
        if (!await akses.BolehUbahNasionalAsync(ct))
        {
            throw new ForbiddenException("PK nasional disusun oleh unit perencanaan atau Admin.");
        }
    }
}
