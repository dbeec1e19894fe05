using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>The entry form of a unit's period.</summary>
internal sealed record GetFormRealisasiQuery(Guid UnitId, int Tahun, string? Periode) : IQuery<FormRealisasiDto>;

internal sealed class GetFormRealisasiQueryValidator : AbstractValidator<GetFormRealisasiQuery>
{
    public GetFormRealisasiQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

internal sealed class GetFormRealisasiQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung, KepatuhanSop kepatuhan, AksesKinerja akses)
    : IRequestHandler<GetFormRealisasiQuery, FormRealisasiDto>
{
    public async Task<FormRealisasiDto> Handle(GetFormRealisasiQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        return await BuatAsync(db, pk, unit, KodePeriode.Normalisasi(request.Periode)!, kepatuhan, akses, cancellationToken);
    }

    internal static async Task<FormRealisasiDto> BuatAsync(
        KinerjaDbContext db, PerjanjianKinerja pk, UnitOrganisasi unit, string periode, KepatuhanSop kepatuhan, AksesKinerja akses, CancellationToken ct)
    {
        var versi = await db.LaporanRealisasi.AsNoTracking().Where(l => l.PkId == pk.Id && l.Periode == periode).OrderByDescending(l => l.Versi).ToListAsync(ct);
        var kini = versi.FirstOrDefault();
        var otomatis = await kepatuhan.RealisasiOtomatisAsync(pk, periode, ct);
        var (batas, ditutup) = await akses.PenutupanAsync(unit.Id, pk.Tahun, periode, ct);
        var indikator = pk.Struktur.SelectMany(p => p.Sasaran).SelectMany(s => s.Indikator.Select(i => new IsianIndikatorDto(
            i.Kode, i.Nama, i.Satuan, s.Kode, i.Pembilang, i.Penyebut, i.TargetUntuk(periode), i.TargetTahunan, i.Sumber, otomatis.GetValueOrDefault(i.Kode),
            kini?.Isi.FirstOrDefault(r => r.Kode == i.Kode)))).ToList();
        var aksi = new List<AksiRealisasi>();
        if (kini is { Status: StatusRealisasi.Dikembalikan } && await akses.BolehUbahAsync(unit.Id, ct))
        {
            aksi.Add(AksiRealisasi.Ajukan); // resubmit as it is, without saving a new version first
        }

        if (kini is not null)
        {
            foreach (var a in kini.AksiTersedia())
            {
                var boleh = a switch
                {
                    AksiRealisasi.Ajukan => await akses.BolehUbahAsync(unit.Id, ct),
                    AksiRealisasi.Sahkan => await akses.BolehSahkanAsync(unit.Id, ct),
                    _ => await akses.BolehTinjauAsync(unit.Id, ct),
                };
                if (boleh)
                {
                    aksi.Add(a);
                }
            }
        }

        return new FormRealisasiDto(
            unit.Id, unit.Nama, pk.Tahun, periode, batas, ditutup, kini?.Versi, kini?.Status, indikator,
            versi.Select(v => new VersiLaporanDto(v.Versi, v.Status, v.DiubahPada, v.DiubahOleh, v.Riwayat)).ToList(),
            await akses.BolehUbahAsync(unit.Id, ct), aksi, VersiKinerja.Laporan(pk.Id, periode, kini));
    }
}
