using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.BuildingBlocks.Infrastructure.Impor;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Anggaran;

/// <summary>The budget file's columns (what a finance export is mapped to): one row per rincian output.</summary>
internal static class FormatAnggaran
{
    public static readonly string[] Bulan = [.. Enumerable.Range(1, 12).Select(b => $"b{b:00}")];

    public static readonly string[] Kolom =
    [
        "unit", "tahun", "kode_program", "nama_program", "kode_kegiatan", "nama_kegiatan", "kode_output", "nama_output", "kode_sasaran", "pagu", .. Bulan,
    ];

    public const int MaksBaris = 20000;
}

/// <summary>What an import stored, per unit and year.</summary>
internal sealed record HasilImporAnggaranDto(int Baris, IReadOnlyList<HasilImporAnggaranUnitDto> Unit);

/// <summary>One unit-year of an import: lines stored and removed (the file is that unit-year's whole budget).</summary>
internal sealed record HasilImporAnggaranUnitDto(Guid UnitId, string Unit, int Tahun, int Baris, int Dihapus, decimal Pagu, decimal Realisasi);

/// <summary>Imports budget lines (pagu and monthly realisation per RO) from the CSV or XLSX a finance system exports,
/// mapped to <see cref="FormatAnggaran.Kolom"/>. Each unit-year in the file is replaced by the file's lines. Any bad
/// row rejects the whole file, naming every bad row and column (<c>baris[n].kolom</c>); nothing is stored.</summary>
/// <param name="Isi">The file.</param>
/// <param name="Alasan">Why (audited with the import).</param>
internal sealed record ImporAnggaranCommand(byte[] Isi, string? Alasan) : ICommand<HasilImporAnggaranDto>;

internal sealed class ImporAnggaranCommandValidator : AbstractValidator<ImporAnggaranCommand>
{
    public ImporAnggaranCommandValidator()
    {
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= 20 * 1024 * 1024).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 20 MB.");
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class ImporAnggaranCommandHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<ImporAnggaranCommand, HasilImporAnggaranDto>
{
    private sealed record Baris(
        int Nomor, UnitOrganisasi Unit, int Tahun, string KodeProgram, string NamaProgram, string KodeKegiatan, string NamaKegiatan, string KodeOutput,
        string NamaOutput, string? KodeSasaran, decimal Pagu, decimal[] Realisasi);

    public async Task<HasilImporAnggaranDto> Handle(ImporAnggaranCommand request, CancellationToken cancellationToken)
    {
        var mentah = TabelImpor.Baca(request.Isi, FormatAnggaran.Kolom, FormatAnggaran.MaksBaris);
        var unit = await direktori.UnitBerdasarkanNamaAsync(mentah.Select(r => r.Nilai.GetValueOrDefault("unit", string.Empty)).Distinct().ToList(), cancellationToken);
        var gagal = new List<ValidationFailure>();
        var baris = mentah.Select(m => Urai(m.Nomor, m.Nilai, unit, gagal)).OfType<Baris>().ToList();

        // One line per RO and unit-year; a linked sasaran must be in that year's PK.
        foreach (var g in baris.GroupBy(b => (b.Unit.Id, b.Tahun, b.KodeProgram, b.KodeKegiatan, b.KodeOutput)).Where(g => g.Count() > 1))
        {
            foreach (var b in g.Skip(1))
            {
                gagal.Add(new ValidationFailure($"baris[{b.Nomor}].kode_output", $"Output {b.KodeOutput} sudah ada di baris {g.First().Nomor}."));
            }
        }

        var pasangan = baris.Select(b => (b.Unit.Id, b.Tahun)).Distinct().ToList();
        var unitIds = pasangan.Select(p => p.Id).Distinct().ToList();
        var tahun = pasangan.Select(p => p.Tahun).Distinct().ToList();
        var pk = (await db.PerjanjianKinerja.AsNoTracking().Where(p => unitIds.Contains(p.UnitId) && tahun.Contains(p.Tahun)).ToListAsync(cancellationToken))
            .ToDictionary(p => (p.UnitId, p.Tahun), p => p.Struktur.SelectMany(x => x.Sasaran).Select(s => s.Kode).ToHashSet(StringComparer.OrdinalIgnoreCase));
        foreach (var b in baris.Where(b => b.KodeSasaran is not null))
        {
            if (!pk.TryGetValue((b.Unit.Id, b.Tahun), out var ss))
            {
                gagal.Add(new ValidationFailure($"baris[{b.Nomor}].kode_sasaran", $"PK {b.Tahun} {b.Unit.Nama} belum ada; kosongkan kode_sasaran atau buat PK dulu."));
            }
            else if (!ss.Contains(b.KodeSasaran!))
            {
                gagal.Add(new ValidationFailure($"baris[{b.Nomor}].kode_sasaran", $"Sasaran {b.KodeSasaran} tidak ada di PK {b.Tahun} {b.Unit.Nama}."));
            }
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal.OrderBy(g => g.PropertyName.Length).ThenBy(g => g.PropertyName, StringComparer.Ordinal));
        }

        await akses.PastikanUbahSemuaAsync(baris.Select(b => b.Unit), "anggaran", cancellationToken);

        var oleh = akses.Pengguna.Username;
        var hasil = new List<HasilImporAnggaranUnitDto>();
        foreach (var g in baris.GroupBy(b => (b.Unit.Id, b.Tahun)))
        {
            var ada = await db.Anggaran.Where(a => a.UnitId == g.Key.Id && a.Tahun == g.Key.Tahun).ToListAsync(cancellationToken);
            var kunci = ada.ToDictionary(a => (a.KodeProgram, a.KodeKegiatan, a.KodeOutput));
            foreach (var b in g)
            {
                if (!kunci.Remove((b.KodeProgram, b.KodeKegiatan, b.KodeOutput), out var a))
                {
                    a = new AnggaranOutput(b.Unit.Id, b.Tahun, b.KodeProgram, b.KodeKegiatan, b.KodeOutput, akses.Sekarang, oleh);
                    db.Anggaran.Add(a);
                }

                a.Isi(b.NamaProgram, b.NamaKegiatan, b.NamaOutput, b.KodeSasaran, b.Pagu, b.Realisasi, akses.Sekarang, oleh);
            }

            db.Anggaran.RemoveRange(kunci.Values);
            var pagu = g.Sum(b => b.Pagu);
            var realisasi = g.Sum(b => b.Realisasi.Sum());
            db.Audit.Add(new AuditKinerja(
                g.Key.Id, g.Key.Tahun, null, "ImporAnggaran",
                $"Anggaran {g.Key.Tahun}: {g.Count()} output diimpor, {kunci.Count} dihapus; pagu {pagu.ToString("N2", CultureInfo.GetCultureInfo("id-ID"))}, realisasi {realisasi.ToString("N2", CultureInfo.GetCultureInfo("id-ID"))}.",
                string.IsNullOrWhiteSpace(request.Alasan) ? null : request.Alasan.Trim(), false, akses.Sekarang, oleh));
            hasil.Add(new HasilImporAnggaranUnitDto(g.Key.Id, g.First().Unit.Nama, g.Key.Tahun, g.Count(), kunci.Count, pagu, realisasi));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new HasilImporAnggaranDto(baris.Count, hasil);
    }

    private static Baris? Urai(int nomor, Dictionary<string, string> r, IReadOnlyDictionary<string, UnitOrganisasi> unit, List<ValidationFailure> gagal)
    {
        var awal = gagal.Count;
        void Gagal(string kolom, string pesan) => gagal.Add(new ValidationFailure($"baris[{nomor}].{kolom}", pesan));

        if (r.TryGetValue("__kolom", out var jumlah))
        {
            Gagal("kolom", $"Baris berisi {jumlah} kolom; harus {FormatAnggaran.Kolom.Length} (desimal memakai titik, teks berkoma diapit tanda kutip).");
        }

        string Teks(string kolom, int maks, bool wajib = true)
        {
            var v = r.GetValueOrDefault(kolom, string.Empty);
            if (wajib && v.Length == 0)
            {
                Gagal(kolom, $"{kolom} wajib diisi.");
            }
            else if (v.Length > maks)
            {
                Gagal(kolom, $"{kolom} paling panjang {maks} karakter.");
            }

            return v;
        }

        decimal Rupiah(string kolom, bool wajib)
        {
            var v = r.GetValueOrDefault(kolom, string.Empty);
            if (v.Length == 0)
            {
                if (wajib)
                {
                    Gagal(kolom, $"{kolom} wajib diisi.");
                }

                return 0m;
            }

            if (!decimal.TryParse(v, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
            {
                Gagal(kolom, $"{kolom} \"{v}\" bukan angka (rupiah, titik sebagai pemisah desimal, tanpa pemisah ribuan).");
                return 0m;
            }

            if (d < 0)
            {
                Gagal(kolom, $"{kolom} tidak boleh negatif.");
            }

            return Math.Round(d, 2, MidpointRounding.AwayFromZero);
        }

        var namaUnit = r.GetValueOrDefault("unit", string.Empty);
        var u = unit.GetValueOrDefault(namaUnit);
        if (namaUnit.Length == 0)
        {
            Gagal("unit", "unit wajib diisi (nama unit persis).");
        }
        else if (u is null)
        {
            Gagal("unit", $"Unit \"{namaUnit}\" tidak dikenal (tulis nama unit persis seperti di data organisasi).");
        }

        if (!int.TryParse(r.GetValueOrDefault("tahun"), NumberStyles.None, CultureInfo.InvariantCulture, out var tahun) || tahun is < 2000 or > 2100)
        {
            Gagal("tahun", "tahun harus angka 2000–2100.");
        }

        var kodeProgram = Teks("kode_program", 40);
        var namaProgram = Teks("nama_program", 500);
        var kodeKegiatan = Teks("kode_kegiatan", 40);
        var namaKegiatan = Teks("nama_kegiatan", 500);
        var kodeOutput = Teks("kode_output", 40);
        var namaOutput = Teks("nama_output", 500);
        var kodeSasaran = Teks("kode_sasaran", 20, wajib: false);
        var pagu = Rupiah("pagu", wajib: true);
        var realisasi = FormatAnggaran.Bulan.Select(b => Rupiah(b, wajib: false)).ToArray();
        if (gagal.Count == awal && realisasi.Sum() > pagu)
        {
            Gagal("pagu", $"Realisasi Januari–Desember ({realisasi.Sum().ToString(CultureInfo.InvariantCulture)}) melebihi pagu ({pagu.ToString(CultureInfo.InvariantCulture)}).");
        }

        return gagal.Count > awal
            ? null
            : new Baris(nomor, u!, tahun, kodeProgram, namaProgram, kodeKegiatan, namaKegiatan, kodeOutput, namaOutput, kodeSasaran.Length == 0 ? null : kodeSasaran, pagu, realisasi);
    }
}
