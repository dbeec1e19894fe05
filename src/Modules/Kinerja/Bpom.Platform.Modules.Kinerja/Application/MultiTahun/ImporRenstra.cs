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

namespace Bpom.Platform.Modules.Kinerja.Application.MultiTahun;

/// <summary>What a Renstra import stored.</summary>
internal sealed record HasilImporRenstraDto(int Baris, IReadOnlyList<HasilImporRenstraUnitDto> Unit);

/// <summary>One unit's plan in an import: its years and the indicators stored.</summary>
internal sealed record HasilImporRenstraUnitDto(Guid UnitId, string Unit, int TahunAwal, int TahunAkhir, int Indikator);

/// <summary>Imports Renstra targets (CSV or XLSX, one row per indicator and year) with the columns unit, tahun_awal,
/// kode_indikator, nama_indikator, satuan, arah, tahun, target. A plan runs five years (tahun_awal … tahun_awal + 4);
/// an indicator in the file gets exactly the file's years (others of that plan are kept). Any bad row rejects the
/// whole file with <c>baris[n].kolom</c>.</summary>
internal sealed record ImporRenstraCommand(byte[] Isi) : ICommand<HasilImporRenstraDto>;

internal sealed class ImporRenstraCommandValidator : AbstractValidator<ImporRenstraCommand>
{
    public ImporRenstraCommandValidator() =>
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= 5 * 1024 * 1024).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 5 MB.");
}

internal sealed class ImporRenstraCommandHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<ImporRenstraCommand, HasilImporRenstraDto>
{
    public static readonly string[] Kolom = ["unit", "tahun_awal", "kode_indikator", "nama_indikator", "satuan", "arah", "tahun", "target"];

    private sealed record Baris(int Nomor, UnitOrganisasi Unit, int TahunAwal, string Kode, string Nama, string Satuan, ArahIndikator Arah, int Tahun, decimal Target);

    public async Task<HasilImporRenstraDto> Handle(ImporRenstraCommand request, CancellationToken cancellationToken)
    {
        var mentah = TabelImpor.Baca(request.Isi, Kolom, 10000);
        var unit = await direktori.UnitBerdasarkanNamaAsync(mentah.Select(r => r.Nilai.GetValueOrDefault("unit", string.Empty)).Distinct().ToList(), cancellationToken);
        var gagal = new List<ValidationFailure>();
        var baris = mentah.Select(m => Urai(m.Nomor, m.Nilai, unit, gagal)).OfType<Baris>().ToList();
        foreach (var g in baris.GroupBy(b => (b.Unit.Id, b.TahunAwal, b.Kode)))
        {
            var pertama = g.First();
            foreach (var b in g.Skip(1))
            {
                if (b.Nama != pertama.Nama || b.Satuan != pertama.Satuan || b.Arah != pertama.Arah)
                {
                    gagal.Add(new ValidationFailure($"baris[{b.Nomor}].kode_indikator", $"Indikator {b.Kode} memiliki nama, satuan atau arah berbeda dengan baris {pertama.Nomor}."));
                }
            }

            foreach (var t in g.GroupBy(b => b.Tahun).Where(t => t.Count() > 1))
            {
                gagal.Add(new ValidationFailure($"baris[{t.Skip(1).First().Nomor}].tahun", $"Target {t.Key} indikator {pertama.Kode} sudah ada di baris {t.First().Nomor}."));
            }
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        await akses.PastikanUbahSemuaAsync(baris.Select(b => b.Unit), "Renstra", cancellationToken);

        var hasil = new List<HasilImporRenstraUnitDto>();
        foreach (var g in baris.GroupBy(b => (b.Unit.Id, b.TahunAwal)))
        {
            var ada = await db.Renstra.Where(r => r.UnitId == g.Key.Id && r.TahunAwal == g.Key.TahunAwal).ToDictionaryAsync(r => r.KodeIndikator, cancellationToken);
            foreach (var i in g.GroupBy(b => b.Kode))
            {
                if (!ada.TryGetValue(i.Key, out var r))
                {
                    r = new TargetRenstra(g.Key.Id, g.Key.TahunAwal, i.Key, akses.Sekarang, akses.Pengguna.Username);
                    db.Renstra.Add(r);
                }

                var b = i.First();
                r.Isi(g.Key.TahunAwal + 4, b.Nama, b.Satuan, b.Arah, i.ToDictionary(x => x.Tahun, x => x.Target), akses.Sekarang, akses.Pengguna.Username);
            }

            var jumlah = g.Select(b => b.Kode).Distinct().Count();
            db.Audit.Add(new AuditKinerja(
                g.Key.Id, g.Key.TahunAwal, null, "ImporRenstra", $"Target Renstra {g.Key.TahunAwal}–{g.Key.TahunAwal + 4}: {jumlah} indikator diimpor.", null, false,
                akses.Sekarang, akses.Pengguna.Username));
            hasil.Add(new HasilImporRenstraUnitDto(g.Key.Id, g.First().Unit.Nama, g.Key.TahunAwal, g.Key.TahunAwal + 4, jumlah));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new HasilImporRenstraDto(baris.Count, hasil);
    }

    private static Baris? Urai(int nomor, Dictionary<string, string> r, IReadOnlyDictionary<string, UnitOrganisasi> unit, List<ValidationFailure> gagal)
    {
        var awal = gagal.Count;
        void Gagal(string kolom, string pesan) => gagal.Add(new ValidationFailure($"baris[{nomor}].{kolom}", pesan));
        string Teks(string kolom, int maks)
        {
            var v = r.GetValueOrDefault(kolom, string.Empty);
            if (v.Length == 0)
            {
                Gagal(kolom, $"{kolom} wajib diisi.");
            }
            else if (v.Length > maks)
            {
                Gagal(kolom, $"{kolom} paling panjang {maks} karakter.");
            }

            return v;
        }

        int Tahun(string kolom)
        {
            if (!int.TryParse(r.GetValueOrDefault(kolom), NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t is < 2000 or > 2100)
            {
                Gagal(kolom, $"{kolom} harus angka 2000–2100.");
            }

            return t;
        }

        var namaUnit = r.GetValueOrDefault("unit", string.Empty);
        var u = unit.GetValueOrDefault(namaUnit);
        if (u is null)
        {
            Gagal("unit", namaUnit.Length == 0 ? "unit wajib diisi (nama unit persis)." : $"Unit \"{namaUnit}\" tidak dikenal (tulis nama unit persis seperti di data organisasi).");
        }

        var tahunAwal = Tahun("tahun_awal");
        var tahun = Tahun("tahun");
        if (gagal.Count == awal && (tahun < tahunAwal || tahun > tahunAwal + 4))
        {
            Gagal("tahun", $"tahun {tahun} di luar Renstra {tahunAwal}–{tahunAwal + 4}.");
        }

        var kode = Teks("kode_indikator", 20);
        var nama = Teks("nama_indikator", 500);
        var satuan = Teks("satuan", 30);
        ArahIndikator? arah = r.GetValueOrDefault("arah", string.Empty).ToLowerInvariant() switch
        {
            "naik" => ArahIndikator.Naik,
            "turun" => ArahIndikator.Turun,
            _ => null,
        };
        if (arah is null)
        {
            Gagal("arah", "arah harus naik atau turun.");
        }

        var teksTarget = r.GetValueOrDefault("target", string.Empty);
        if (!decimal.TryParse(teksTarget, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var target))
        {
            Gagal("target", teksTarget.Length == 0 ? "target wajib diisi." : $"target \"{teksTarget}\" bukan angka tak negatif (titik sebagai pemisah desimal).");
        }

        return gagal.Count > awal ? null : new Baris(nomor, u!, tahunAwal, kode, nama, satuan, arah!.Value, tahun, target);
    }
}
