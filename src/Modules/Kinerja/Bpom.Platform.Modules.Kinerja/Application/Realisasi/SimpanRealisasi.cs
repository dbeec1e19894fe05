using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>One indicator's entry. Give <c>nilai</c>, or <c>pembilang</c> and <c>penyebut</c> (nilai = pembilang ÷
/// penyebut, × 100 for %); empty = not measured yet. The analysis fields (penyebab, upaya, programPendukung, kendala,
/// rencanaTindakLanjut, efisiensi) are the report's per-indicator analysis.</summary>
internal sealed record IsianRealisasi(
    string Kode, decimal? Nilai, decimal? Pembilang, decimal? Penyebut, string? Kendala, string? RencanaTindakLanjut, IReadOnlyList<Guid>? Bukti,
    string? Penyebab = null, string? Upaya = null, string? ProgramPendukung = null, string? Efisiensi = null);

/// <summary>Saves realisation of a period (the unit's staff). A draft is edited in place; a submitted version is frozen,
/// so the change starts a new draft version. After entry closed (day N of the next month) a written reason is required
/// and the change is audited.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">B01–B12 or TW1–TW4.</param>
/// <param name="Isian">Indicators to set.</param>
/// <param name="Alasan">Reason (required after entry closed).</param>
internal sealed record SimpanRealisasiCommand(Guid UnitId, int Tahun, string? Periode, IReadOnlyList<IsianRealisasi>? Isian, string? Alasan) : ICommand<FormRealisasiDto>;

internal sealed class SimpanRealisasiCommandValidator : AbstractValidator<SimpanRealisasiCommand>
{
    public SimpanRealisasiCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
        RuleFor(x => x.Isian).NotEmpty().WithMessage("Isi sekurang-kurangnya satu indikator.")
            .Must(i => i is null || i.Count <= 200).WithMessage("Paling banyak 200 indikator per laporan.")
            .Must(i => i is null || i.Where(x => x?.Kode is not null).GroupBy(x => x.Kode.Trim(), StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1))
            .WithMessage("Setiap kode indikator hanya boleh diisi sekali.");
        RuleForEach(x => x.Isian).Cascade(CascadeMode.Continue).ChildRules(i =>
        {
            i.RuleFor(x => x.Kode).NotEmpty().WithMessage("Kode indikator wajib diisi.").MaximumLength(20);
            i.RuleFor(x => x.Penyebut).NotNull().WithMessage("Penyebut wajib diisi bila pembilang diisi.").When(x => x.Pembilang is not null);
            i.RuleFor(x => x.Pembilang).NotNull().WithMessage("Pembilang wajib diisi bila penyebut diisi.").When(x => x.Penyebut is not null);
            i.RuleFor(x => x.Penyebut).NotEqual(0m).WithMessage("Penyebut tidak boleh 0.");
            i.RuleFor(x => x.Nilai).NilaiWajar();
            i.RuleFor(x => x.Pembilang).NilaiWajar();
            i.RuleFor(x => x.Penyebut).NilaiWajar();
            i.RuleFor(x => x.Nilai).Null().WithMessage("Isi nilai atau pembilang/penyebut, bukan keduanya.").When(x => x.Pembilang is not null);
            i.RuleFor(x => x.Kendala).MaximumLength(2000);
            i.RuleFor(x => x.RencanaTindakLanjut).MaximumLength(2000);
            i.RuleFor(x => x.Penyebab).MaximumLength(2000);
            i.RuleFor(x => x.Upaya).MaximumLength(2000);
            i.RuleFor(x => x.ProgramPendukung).MaximumLength(2000);
            i.RuleFor(x => x.Efisiensi).MaximumLength(2000);
            i.RuleFor(x => x.Bukti).Must(b => b is null || b.Count <= 20).WithMessage("Paling banyak 20 data dukung per indikator.");
        });
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class SimpanRealisasiCommandHandler(KinerjaDbContext db, PenghitungNilai penghitung, KepatuhanSop kepatuhan, AksesKinerja akses, IPrasyaratVersi prasyarat)
    : IRequestHandler<SimpanRealisasiCommand, FormRealisasiDto>
{
    public async Task<FormRealisasiDto> Handle(SimpanRealisasiCommand request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        await akses.PastikanUbahAsync(unit.Id, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var indikator = pk.SemuaIndikator.ToDictionary(i => i.Kode, StringComparer.Ordinal);
        var gagal = new List<ValidationFailure>();
        var isian = request.Isian!.ToList();
        for (var n = 0; n < isian.Count; n++)
        {
            if (!indikator.TryGetValue(isian[n].Kode.Trim(), out var ind))
            {
                gagal.Add(new ValidationFailure($"isian[{n}].kode", $"Indikator {isian[n].Kode} tidak ada di PK {pk.Tahun}."));
            }
            else if (ind.Sumber != SumberRealisasi.Manual && (isian[n].Nilai is not null || isian[n].Pembilang is not null))
            {
                gagal.Add(new ValidationFailure($"isian[{n}].nilai", $"Realisasi indikator {ind.Kode} terisi otomatis dari data SOP."));
            }
        }

        var bukti = isian.SelectMany(i => i.Bukti ?? []).Distinct().ToList();
        if (bukti.Count > 0)
        {
            var ada = await db.Dokumen.Where(d => bukti.Contains(d.Id) && d.UnitId == unit.Id).Select(d => d.Id).ToListAsync(cancellationToken);
            foreach (var (i, n) in isian.Select((i, n) => (i, n)).Where(x => (x.i.Bukti ?? []).Except(ada).Any()))
            {
                gagal.Add(new ValidationFailure($"isian[{n}].bukti", "Data dukung tidak ditemukan (unggah dulu untuk unit ini)."));
            }
        }

        var (batas, ditutup) = await akses.PenutupanAsync(unit.Id, pk.Tahun, periode, cancellationToken);
        if (ditutup && string.IsNullOrWhiteSpace(request.Alasan))
        {
            gagal.Add(new ValidationFailure("alasan", $"Entri periode {periode} sudah ditutup {batas:d MMMM yyyy}; tuliskan alasan perubahan."));
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        var oleh = akses.Pengguna.Username;
        var laporan = await db.LaporanRealisasi.Where(l => l.PkId == pk.Id && l.Periode == periode).OrderByDescending(l => l.Versi).FirstOrDefaultAsync(cancellationToken);
        prasyarat.Pastikan(VersiKinerja.SumberLaporan(pk.Id, periode), VersiKinerja.Laporan(pk.Id, periode, laporan));
        if (laporan is { Status: StatusRealisasi.Disahkan })
        {
            throw new DomainException(
                "Laporan periode ini sudah disahkan; perubahan hanya setelah dibuka kembali oleh unit perencanaan (aksi BukaKembali dengan alasan).");
        }

        if (laporan is { Status: StatusRealisasi.Diajukan })
        {
            throw new DomainException("Laporan sedang ditinjau; tunggu hasil verifikasi atau pengembalian sebelum mengubahnya.");
        }

        if (laporan is null || laporan.Beku)
        {
            laporan = laporan is null ? new LaporanRealisasi(pk, periode, 1, [], akses.Sekarang, oleh) : laporan.VersiBerikut(pk, akses.Sekarang, oleh);
            db.LaporanRealisasi.Add(laporan);
        }

        laporan.Isikan(isian.Select(i => Hitung(indikator[i.Kode.Trim()], i)), akses.Sekarang, oleh);
        if (ditutup)
        {
            db.Audit.Add(new AuditKinerja(
                unit.Id, pk.Tahun, periode, "UbahSetelahBatas",
                $"Realisasi {string.Join(", ", isian.Select(i => i.Kode.Trim()))} diubah pada versi {laporan.Versi} setelah batas {batas:yyyy-MM-dd}.",
                request.Alasan!.Trim(), true, akses.Sekarang, oleh));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetFormRealisasiQueryHandler.BuatAsync(db, pk, unit, periode, kepatuhan, akses, cancellationToken);
    }

    private static RealisasiIndikator Hitung(IndikatorPk ind, IsianRealisasi i)
    {
        var nilai = i.Nilai;
        if (i.Pembilang is { } p && i.Penyebut is { } q && q != 0)
        {
            nilai = Penilaian.Bulatkan(p / q * (ind.Satuan.Trim() == "%" ? 100m : 1m));
        }

        return new RealisasiIndikator(ind.Kode, nilai, i.Pembilang, i.Penyebut, Kosong(i.Kendala), Kosong(i.RencanaTindakLanjut), i.Bukti?.Distinct().ToList() ?? [],
            Kosong(i.Penyebab), Kosong(i.Upaya), Kosong(i.ProgramPendukung), Kosong(i.Efisiensi));
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
