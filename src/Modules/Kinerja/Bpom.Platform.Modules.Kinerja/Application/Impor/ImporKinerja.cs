using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Impor;

/// <summary>What an import created or changed, per unit and year.</summary>
internal sealed record HasilImporUnitDto(Guid UnitId, string Unit, int Tahun, IReadOnlyList<string> Periode, int VersiPk, int JumlahIndikator);

/// <summary>The result of an import.</summary>
internal sealed record HasilImporKinerjaDto(int Baris, IReadOnlyList<HasilImporUnitDto> Unit);

/// <summary>
/// Imports PK structure and realisation from CSV (UTF-8, comma, header row) with the columns
/// <c>unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi</c>.
/// Creates or updates each unit's PK (indicators are added or updated, others kept; a changed structure is a new
/// version) and replaces its realisation for each period in the file — the file is that period's whole report (a
/// submitted report gets a new draft version). Any bad row → 400 naming every bad <c>baris[n].kolom</c> (n = the
/// file's row, header = 1); nothing is written.
/// </summary>
/// <param name="Csv">The file's text.</param>
/// <param name="Alasan">Reason recorded in the audit when a period's entry has already closed.</param>
internal sealed record ImporKinerjaCommand(string? Csv, string? Alasan) : ICommand<HasilImporKinerjaDto>;

internal sealed class ImporKinerjaCommandValidator : AbstractValidator<ImporKinerjaCommand>
{
    public ImporKinerjaCommandValidator()
    {
        RuleFor(x => x.Csv).NotEmpty().WithMessage("Isi CSV kosong.").OverridePropertyName("berkas")
            .Must(c => c is null || c.Length <= 5 * 1024 * 1024).WithMessage("CSV lebih dari 5 MB.");
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class ImporKinerjaCommandHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<ImporKinerjaCommand, HasilImporKinerjaDto>
{
    public async Task<HasilImporKinerjaDto> Handle(ImporKinerjaCommand request, CancellationToken cancellationToken)
    {
        var mentah = PembacaImpor.Baca(request.Csv!);
        var unit = await direktori.UnitBerdasarkanNamaAsync(mentah.Select(r => r.Nilai.GetValueOrDefault("unit", string.Empty)).Distinct().ToList(), cancellationToken);
        var gagal = new List<ValidationFailure>();
        var baris = new List<BarisImpor>();
        foreach (var (nomor, r) in mentah)
        {
            if (PembacaImpor.Urai(nomor, r, unit, gagal) is { } b)
            {
                baris.Add(b);
            }
        }

        PembacaImpor.PeriksaKonsistensi(baris, gagal);
        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        await akses.PastikanUbahSemuaAsync(baris.Select(b => b.Unit), "data kinerja", cancellationToken);

        var hasil = new List<HasilImporUnitDto>();
        foreach (var g in baris.GroupBy(b => (b.Unit.Id, b.Tahun)))
        {
            hasil.Add(await SimpanAsync(g.First().Unit, g.Key.Tahun, g.ToList(), request.Alasan?.Trim(), cancellationToken));
        }

        return new HasilImporKinerjaDto(baris.Count, hasil);
    }

    private async Task<HasilImporUnitDto> SimpanAsync(UnitOrganisasi unit, int tahun, List<BarisImpor> baris, string? alasan, CancellationToken ct)
    {
        var oleh = akses.Pengguna.Username;
        var sekarang = akses.Sekarang;
        var pk = await db.PerjanjianKinerja.SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Tahun == tahun, ct);
        if (pk is null)
        {
            pk = new PerjanjianKinerja(unit.Id, tahun, sekarang, oleh);
            db.PerjanjianKinerja.Add(pk);
        }

        if (pk.Revisi(GabungStrukturPk.Gabung(pk.Struktur, baris), sekarang, oleh, alasan ?? "Impor CSV") is { } versi)
        {
            db.PerjanjianKinerjaVersi.Add(versi);
            db.Audit.Add(new AuditKinerja(unit.Id, tahun, null, pk.Versi == 1 ? "BuatPk" : "RevisiPk", $"PK {tahun} versi {pk.Versi} dari impor CSV.", alasan, false, sekarang, oleh));
        }

        foreach (var g in baris.GroupBy(b => b.Periode))
        {
            var laporan = await db.LaporanRealisasi.Where(l => l.PkId == pk.Id && l.Periode == g.Key).OrderByDescending(l => l.Versi).FirstOrDefaultAsync(ct);
            if (laporan is null || laporan.Beku)
            {
                laporan = laporan is null ? new LaporanRealisasi(pk, g.Key, 1, [], sekarang, oleh) : laporan.VersiBerikut(pk, sekarang, oleh);
                db.LaporanRealisasi.Add(laporan);
            }

            laporan.Isikan(
                g.Select(b => laporan.Isi.FirstOrDefault(x => x.Kode == b.KodeIndikator) is { } ada
                    ? ada with { Nilai = b.Realisasi, Pembilang = null, Penyebut = null }
                    : new RealisasiIndikator(b.KodeIndikator, b.Realisasi, null, null, null, null, [])).ToList(),
                sekarang, oleh, seluruhnya: true);
            var (batas, ditutup) = await akses.PenutupanAsync(unit.Id, tahun, g.Key, ct);
            db.Audit.Add(new AuditKinerja(
                unit.Id, tahun, g.Key, "Impor", $"Realisasi {g.Count()} indikator diimpor ke versi {laporan.Versi} (batas entri {batas:yyyy-MM-dd}).",
                ditutup ? alasan ?? "Impor CSV setelah batas entri" : alasan, ditutup, sekarang, oleh));
        }

        return new HasilImporUnitDto(unit.Id, unit.Nama, tahun, baris.Select(b => b.Periode).Distinct().OrderBy(KodePeriode.Urutan).ToList(), pk.Versi, pk.SemuaIndikator.Count());
    }
}
