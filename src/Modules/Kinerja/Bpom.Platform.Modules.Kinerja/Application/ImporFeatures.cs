using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application;

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

/// <summary>One CSV row, parsed.</summary>
internal sealed record BarisImpor(
    int Nomor, UnitOrganisasi Unit, int Tahun, string Periode, string Perspektif, string KodeSasaran, string NamaSasaran, bool HitungNko, string KodeIndikator,
    string NamaIndikator, string Satuan, ArahIndikator Arah, decimal? TargetTahunan, decimal? TargetPeriode, decimal? Realisasi);

internal static class FormatImpor
{
    public static readonly string[] Kolom =
        ["unit", "tahun", "periode", "perspektif", "kode_sasaran", "nama_sasaran", "hitung_nko", "kode_indikator", "nama_indikator", "satuan", "arah", "target_tahunan", "target_periode", "realisasi"];

    public static string Angka(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}

internal sealed class ImporKinerjaCommandHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<ImporKinerjaCommand, HasilImporKinerjaDto>
{
    private const NumberStyles Gaya = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public async Task<HasilImporKinerjaDto> Handle(ImporKinerjaCommand request, CancellationToken cancellationToken)
    {
        var mentah = Baca(request.Csv!);
        var unit = await direktori.UnitBerdasarkanNamaAsync(mentah.Select(r => r.Nilai.GetValueOrDefault("unit", string.Empty)).Distinct().ToList(), cancellationToken);
        var gagal = new List<ValidationFailure>();
        var baris = new List<BarisImpor>();
        foreach (var (nomor, r) in mentah)
        {
            if (Urai(nomor, r, unit, gagal) is { } b)
            {
                baris.Add(b);
            }
        }

        PeriksaKonsistensi(baris, gagal);
        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        foreach (var u in baris.Select(b => b.Unit).DistinctBy(u => u.Id))
        {
            if (!await akses.BolehUbahAsync(u.Id, cancellationToken))
            {
                throw new ForbiddenException($"Anda tidak berwenang mengubah data kinerja {u.Nama}.");
            }
        }

        var hasil = new List<HasilImporUnitDto>();
        foreach (var g in baris.GroupBy(b => (b.Unit.Id, b.Tahun)))
        {
            hasil.Add(await SimpanAsync(g.First().Unit, g.Key.Tahun, g.ToList(), request.Alasan?.Trim(), cancellationToken));
        }

        return new HasilImporKinerjaDto(baris.Count, hasil);
    }

    private static List<(int Nomor, Dictionary<string, string> Nilai)> Baca(string teks)
    {
        using var reader = new StringReader(teks.TrimStart('\uFEFF'));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, DetectColumnCountChanges = false });
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new ValidationException([new ValidationFailure("berkas", "CSV tidak memiliki baris judul kolom.")]);
        }

        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var kurang = FormatImpor.Kolom.Except(header).ToList();
        if (kurang.Count > 0 || header.Length != header.Distinct().Count())
        {
            throw new ValidationException([new ValidationFailure(
                "berkas", $"Judul kolom harus: {string.Join(",", FormatImpor.Kolom)}." + (kurang.Count > 0 ? $" Tidak ada: {string.Join(", ", kurang)}." : " Ada kolom berulang."))]);
        }

        var rows = new List<(int, Dictionary<string, string>)>();
        while (csv.Read())
        {
            var nilai = header.Select((h, i) => (h, v: csv.TryGetField<string>(i, out var f) ? f ?? string.Empty : string.Empty))
                .ToDictionary(x => x.h, x => x.v.Trim());
            if (csv.Parser.Count != header.Length)
            {
                nilai["__kolom"] = csv.Parser.Count.ToString(CultureInfo.InvariantCulture);
            }

            rows.Add((csv.Parser.RawRow, nilai));
            if (rows.Count > 20000)
            {
                throw new ValidationException([new ValidationFailure("berkas", "Paling banyak 20000 baris per impor.")]);
            }
        }

        if (rows.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("berkas", "CSV tidak berisi baris data.")]);
        }

        return rows;
    }

    private static BarisImpor? Urai(int nomor, Dictionary<string, string> r, IReadOnlyDictionary<string, UnitOrganisasi> unit, List<ValidationFailure> gagal)
    {
        var awal = gagal.Count;
        void Gagal(string kolom, string pesan) => gagal.Add(new ValidationFailure($"baris[{nomor}].{kolom}", pesan));

        if (r.TryGetValue("__kolom", out var jumlah))
        {
            Gagal("kolom", $"Baris berisi {jumlah} kolom; harus {FormatImpor.Kolom.Length} (desimal memakai titik, teks berkoma diapit tanda kutip).");
            return null;
        }

        string Teks(string kolom, int maks)
        {
            var v = r[kolom];
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

        decimal? Angka(string kolom, bool wajib)
        {
            var v = r[kolom];
            if (v.Length == 0)
            {
                if (wajib)
                {
                    Gagal(kolom, $"{kolom} wajib diisi.");
                }

                return null;
            }

            if (!decimal.TryParse(v, Gaya, CultureInfo.InvariantCulture, out var d))
            {
                Gagal(kolom, $"{kolom} \"{v}\" bukan angka (pakai titik sebagai pemisah desimal, tanpa pemisah ribuan).");
                return null;
            }

            return d;
        }

        var namaUnit = r["unit"];
        UnitOrganisasi? u = null;
        if (namaUnit.Length == 0)
        {
            Gagal("unit", "unit wajib diisi (nama unit persis).");
        }
        else if (!unit.TryGetValue(namaUnit, out u))
        {
            Gagal("unit", $"Unit \"{namaUnit}\" tidak dikenal (tulis nama unit persis seperti di data organisasi).");
        }

        var tahunOk = int.TryParse(r["tahun"], NumberStyles.None, CultureInfo.InvariantCulture, out var tahun) && tahun is >= 2000 and <= 2100;
        if (!tahunOk)
        {
            Gagal("tahun", "tahun harus angka 2000–2100.");
        }

        var periode = KodePeriode.Normalisasi(r["periode"]);
        if (periode is null)
        {
            Gagal("periode", "periode harus TW1–TW4 atau B01–B12.");
        }

        var perspektif = Teks("perspektif", 200);
        var kodeSasaran = Teks("kode_sasaran", 20);
        var namaSasaran = Teks("nama_sasaran", 500);
        var nko = r["hitung_nko"].ToLowerInvariant();
        if (nko is not ("ya" or "tidak"))
        {
            Gagal("hitung_nko", "hitung_nko harus ya atau tidak.");
        }

        var kodeIndikator = Teks("kode_indikator", 20);
        var namaIndikator = Teks("nama_indikator", 500);
        var satuan = Teks("satuan", 30);
        var arah = r["arah"].ToLowerInvariant() switch
        {
            "naik" => ArahIndikator.Naik,
            "turun" => ArahIndikator.Turun,
            _ => (ArahIndikator?)null,
        };
        if (arah is null)
        {
            Gagal("arah", "arah harus naik atau turun.");
        }

        var targetTahunan = Angka("target_tahunan", false);
        var targetPeriode = Angka("target_periode", false);
        var realisasi = Angka("realisasi", false);
        if (targetTahunan < 0)
        {
            Gagal("target_tahunan", "target_tahunan tidak boleh negatif.");
        }

        if (targetPeriode < 0)
        {
            Gagal("target_periode", "target_periode tidak boleh negatif.");
        }

        return gagal.Count > awal
            ? null
            : new BarisImpor(
                nomor, u!, tahun, periode!, perspektif, kodeSasaran, namaSasaran, nko == "ya", kodeIndikator, namaIndikator, satuan, arah!.Value, targetTahunan,
                targetPeriode, realisasi);
    }

    /// <summary>Within a unit and year a sasaran or indicator code means one thing; an indicator appears once per period.</summary>
    private static void PeriksaKonsistensi(List<BarisImpor> baris, List<ValidationFailure> gagal)
    {
        foreach (var pk in baris.GroupBy(b => (b.Unit.Id, b.Tahun)))
        {
            var sasaran = new Dictionary<string, BarisImpor>(StringComparer.OrdinalIgnoreCase);
            var indikator = new Dictionary<string, BarisImpor>(StringComparer.OrdinalIgnoreCase);
            var periode = new HashSet<(string, string)>();
            foreach (var b in pk)
            {
                void Gagal(string kolom, string pesan) => gagal.Add(new ValidationFailure($"baris[{b.Nomor}].{kolom}", pesan));

                if (sasaran.TryGetValue(b.KodeSasaran, out var s))
                {
                    if (s.NamaSasaran != b.NamaSasaran)
                    {
                        Gagal("nama_sasaran", $"Sasaran {b.KodeSasaran} bernama lain di baris {s.Nomor}.");
                    }

                    if (s.Perspektif != b.Perspektif)
                    {
                        Gagal("perspektif", $"Sasaran {b.KodeSasaran} berada di perspektif lain di baris {s.Nomor}.");
                    }

                    if (s.HitungNko != b.HitungNko)
                    {
                        Gagal("hitung_nko", $"hitung_nko sasaran {b.KodeSasaran} berbeda dengan baris {s.Nomor}.");
                    }
                }
                else
                {
                    sasaran[b.KodeSasaran] = b;
                }

                if (indikator.TryGetValue(b.KodeIndikator, out var i))
                {
                    if (!string.Equals(i.KodeSasaran, b.KodeSasaran, StringComparison.OrdinalIgnoreCase))
                    {
                        Gagal("kode_sasaran", $"Indikator {b.KodeIndikator} berada di sasaran {i.KodeSasaran} pada baris {i.Nomor}.");
                    }

                    if (i.NamaIndikator != b.NamaIndikator || i.Satuan != b.Satuan || i.Arah != b.Arah || i.TargetTahunan != b.TargetTahunan)
                    {
                        Gagal("kode_indikator", $"Indikator {b.KodeIndikator} memiliki nama, satuan, arah atau target tahunan berbeda dengan baris {i.Nomor}.");
                    }
                }
                else
                {
                    indikator[b.KodeIndikator] = b;
                }

                if (!periode.Add((b.Periode, b.KodeIndikator.ToUpperInvariant())))
                {
                    Gagal("kode_indikator", $"Indikator {b.KodeIndikator} periode {b.Periode} sudah ada di baris sebelumnya.");
                }
            }
        }
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

        if (pk.Revisi(Gabung(pk.Struktur, baris), sekarang, oleh, alasan ?? "Impor CSV") is { } versi)
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

    /// <summary>The PK structure with the file's perspectives, sasaran and indicators added or updated (others kept).</summary>
    internal static List<PerspektifPk> Gabung(IReadOnlyList<PerspektifPk> lama, IReadOnlyList<BarisImpor> baris)
    {
        var perspektif = lama.Select(p => (p.Nama, Sasaran: p.Sasaran.Select(s => (s.Kode, s.Nama, s.HitungNko, Indikator: s.Indikator.ToList())).ToList())).ToList();

        foreach (var b in baris)
        {
            // Sasaran: found anywhere by code (moved when its perspective changed), else added.
            var pIndex = perspektif.FindIndex(p => p.Nama == b.Perspektif);
            if (pIndex < 0)
            {
                perspektif.Add((b.Perspektif, []));
                pIndex = perspektif.Count - 1;
            }

            (string Kode, string Nama, bool HitungNko, List<IndikatorPk> Indikator)? ss = null;
            foreach (var p in perspektif)
            {
                var i = p.Sasaran.FindIndex(s => string.Equals(s.Kode, b.KodeSasaran, StringComparison.OrdinalIgnoreCase));
                if (i >= 0)
                {
                    ss = p.Sasaran[i];
                    p.Sasaran.RemoveAt(i);
                    break;
                }
            }

            var sasaran = (Kode: b.KodeSasaran, Nama: b.NamaSasaran, b.HitungNko, Indikator: ss?.Indikator ?? []);
            perspektif[pIndex].Sasaran.Add(sasaran);

            // Indicator: found anywhere by code (moved to this sasaran), else added; the period's target set or cleared.
            IndikatorPk? lamaInd = null;
            foreach (var s in perspektif.SelectMany(p => p.Sasaran))
            {
                var i = s.Indikator.FindIndex(x => string.Equals(x.Kode, b.KodeIndikator, StringComparison.OrdinalIgnoreCase));
                if (i >= 0)
                {
                    lamaInd = s.Indikator[i];
                    s.Indikator.RemoveAt(i);
                    break;
                }
            }

            var target = new SortedDictionary<string, decimal>(lamaInd?.Target.ToDictionary() ?? [], StringComparer.Ordinal);
            if (b.TargetPeriode is { } t)
            {
                target[b.Periode] = t;
            }
            else
            {
                target.Remove(b.Periode);
            }

            sasaran.Indikator.Add(lamaInd is null
                ? new IndikatorPk(b.KodeIndikator, b.NamaIndikator, b.Satuan, b.Arah, null, null, null, b.TargetTahunan, target, false, SumberRealisasi.Manual, null)
                : lamaInd with { Kode = b.KodeIndikator, Nama = b.NamaIndikator, Satuan = b.Satuan, Arah = b.Arah, TargetTahunan = b.TargetTahunan, Target = target });
        }

        // Sasaran and perspectives left empty because the file moved their indicators elsewhere are dropped.
        return perspektif
            .Select(p => new PerspektifPk(p.Nama, p.Sasaran.Where(s => s.Indikator.Count > 0).Select(s => new SasaranPk(s.Kode, s.Nama, s.HitungNko, s.Indikator.ToList())).ToList()))
            .Where(p => p.Sasaran.Count > 0)
            .ToList();
    }
}

/// <summary>XLSX of a unit's PK and realisation for a period, in the import's columns (re-importable after saving as CSV).</summary>
internal sealed record EksporKinerjaQuery(string? Unit, Guid? UnitId, int Tahun, string? Periode) : IPilihanUnitPeriode, IQuery<byte[]>;

internal sealed class EksporKinerjaQueryValidator : PilihanUnitPeriodeValidator<EksporKinerjaQuery>;

internal sealed class EksporKinerjaQueryHandler(PenghitungNilai penghitung) : IRequestHandler<EksporKinerjaQuery, byte[]>
{
    public async Task<byte[]> Handle(EksporKinerjaQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(request.Unit, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var laporan = await penghitung.LaporanTerkiniAsync(pk.Id, periode, cancellationToken);
        var rows = pk.Struktur.SelectMany(p => p.Sasaran.SelectMany(s => s.Indikator.Select(i => new Dictionary<string, object?>
        {
            ["unit"] = unit.Nama,
            ["tahun"] = pk.Tahun,
            ["periode"] = periode,
            ["perspektif"] = p.Nama,
            ["kode_sasaran"] = s.Kode,
            ["nama_sasaran"] = s.Nama,
            ["hitung_nko"] = s.HitungNko ? "ya" : "tidak",
            ["kode_indikator"] = i.Kode,
            ["nama_indikator"] = i.Nama,
            ["satuan"] = i.Satuan,
            ["arah"] = i.Arah == ArahIndikator.Turun ? "turun" : "naik",
            ["target_tahunan"] = FormatImpor.Angka(i.TargetTahunan),
            ["target_periode"] = FormatImpor.Angka(i.TargetUntuk(periode)),
            ["realisasi"] = FormatImpor.Angka(laporan?.Isi.FirstOrDefault(r => r.Kode == i.Kode)?.Nilai),
        }))).ToList();
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(rows, sheetName: "kinerja", cancellationToken: cancellationToken);
        return ms.ToArray();
    }
}

/// <summary>XLSX of a unit's scores for a period: sheets indikator, sasaran, perspektif and ringkasan (NKO, predikat).</summary>
internal sealed record EksporNilaiKinerjaQuery(string? Unit, Guid? UnitId, int Tahun, string? Periode) : IPilihanUnitPeriode, IQuery<byte[]>;

internal sealed class EksporNilaiKinerjaQueryValidator : PilihanUnitPeriodeValidator<EksporNilaiKinerjaQuery>;

internal sealed class EksporNilaiKinerjaQueryHandler(IMediator mediator) : IRequestHandler<EksporNilaiKinerjaQuery, byte[]>
{
    public async Task<byte[]> Handle(EksporNilaiKinerjaQuery request, CancellationToken cancellationToken)
    {
        var n = await mediator.Send(new GetNilaiKinerjaQuery(request.Unit, request.UnitId, request.Tahun, request.Periode), cancellationToken);
        var sheets = new Dictionary<string, object>
        {
            ["indikator"] = n.Indikator.Select(i => new Dictionary<string, object?>
            {
                ["kode"] = i.Kode,
                ["nama"] = i.Nama,
                ["satuan"] = i.Satuan,
                ["kode_sasaran"] = i.KodeSasaran,
                ["arah"] = i.Arah == ArahIndikator.Turun ? "turun" : "naik",
                ["target_periode"] = i.TargetPeriode,
                ["target_tahunan"] = i.TargetTahunan,
                ["realisasi"] = i.Realisasi,
                ["capaian"] = i.Capaian,
                ["capaian_tahunan"] = i.CapaianTahunan,
                ["kriteria"] = i.Kriteria,
                ["proyeksi"] = i.Proyeksi,
            }).ToList(),
            ["sasaran"] = n.Sasaran.Select(s => new Dictionary<string, object?>
            {
                ["kode"] = s.Kode,
                ["nama"] = s.Nama,
                ["perspektif"] = s.Perspektif,
                ["nilai"] = s.Nilai,
                ["kriteria"] = s.Kriteria,
                ["dihitung"] = s.Dihitung ? "ya" : "tidak",
            }).ToList(),
            ["perspektif"] = n.Perspektif.Select(p => new Dictionary<string, object?> { ["nama"] = p.Nama, ["nilai"] = p.Nilai }).ToList(),
            ["ringkasan"] = new List<Dictionary<string, object?>>
            {
                new()
                {
                    ["unit"] = n.Unit, ["tahun"] = n.Tahun, ["periode"] = n.Periode, ["nilai_kinerja_organisasi"] = n.NilaiKinerjaOrganisasi, ["predikat"] = n.Predikat,
                },
            },
        };
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return ms.ToArray();
    }
}
