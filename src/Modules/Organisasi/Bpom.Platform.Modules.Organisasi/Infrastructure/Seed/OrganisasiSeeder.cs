using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;

/// <summary>
/// Seeds organisation master data (units with time zones and default Loka koordinator, holidays 2024–2026,
/// calendar settings) once. Each seed is recorded in <c>riwayat_seed</c>, so what admins later edit or delete is
/// never re-seeded; a newer seed file gets a new key.
/// </summary>
internal sealed partial class OrganisasiSeeder(OrganisasiDbContext db, IClock clock, ILogger<OrganisasiSeeder> logger) : IDataSeeder
{
    public const string KunciUnitKerja = "unit-kerja-2024";
    public const string KunciHariLibur = "hari-libur-2024-2026";
    public const string NamaKepalaBpom = "Kepala Badan POM";
    public const string ZonaPusat = "Asia/Jakarta";
    public const string ProvinsiPusat = "DKI Jakarta";

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.PengaturanKalender.AnyAsync(cancellationToken))
        {
            db.PengaturanKalender.Add(new PengaturanKalender { CutiBersamaSebagaiHariKerja = false });
        }

        await SeedOnceAsync(KunciUnitKerja, SeedUnitKerjaAsync, cancellationToken);
        await SeedOnceAsync(KunciHariLibur, SeedHariLiburAsync, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedOnceAsync(string kunci, Func<CancellationToken, Task> seed, CancellationToken cancellationToken)
    {
        if (await db.RiwayatSeed.AnyAsync(r => r.Kunci == kunci, cancellationToken))
        {
            return;
        }

        await seed(cancellationToken);
        db.RiwayatSeed.Add(new RiwayatSeed { Kunci = kunci, DiterapkanPada = clock.GetCurrentInstant() });
        LogSeeded(logger, kunci);
    }

    private async Task SeedUnitKerjaAsync(CancellationToken cancellationToken)
    {
        var ada = await db.UnitKerja.ToDictionaryAsync(u => u.Nama, cancellationToken);
        UnitKerja Tambah(string nama, JenisUnit jenis, string provinsi, string zona)
        {
            if (!ada.TryGetValue(nama, out var unit))
            {
                unit = new UnitKerja(Guid.CreateVersion7(), nama, jenis, provinsi, zona);
                db.UnitKerja.Add(unit);
                ada[nama] = unit;
            }

            return unit;
        }

        var kepala = Tambah(NamaKepalaBpom, JenisUnit.Pimpinan, ProvinsiPusat, ZonaPusat);
        kepala.Kota = "Jakarta";

        var pusat = ReadCsv<PusatRow>("unit-kerja-pusat.csv");
        foreach (var eselon1 in pusat.Select(r => r.Deputi.Trim()).Distinct())
        {
            var pimpinan = Tambah(eselon1, JenisUnit.Pimpinan, ProvinsiPusat, ZonaPusat);
            pimpinan.Kota = "Jakarta";
            pimpinan.Kategori = "Eselon I";
        }

        foreach (var row in pusat)
        {
            var jenis = row.Name.Contains("(PPSDM)", StringComparison.Ordinal) ? JenisUnit.Ppsdm : JenisUnit.UnitKerjaPusat;
            var unit = Tambah(row.Name.Trim(), jenis, ProvinsiPusat, ZonaPusat);
            unit.Kategori = row.Kind.Trim();
            unit.Eselon1 = row.Deputi.Trim();
            unit.Kota = "Jakarta";
        }

        var upt = ReadCsv<UptRow>("upt-2024.csv");
        foreach (var row in upt)
        {
            var jenis = row.Kind.Trim() switch
            {
                "BalaiBesar" => JenisUnit.BalaiBesarPom,
                "Balai" => JenisUnit.BalaiPom,
                "Loka" => JenisUnit.LokaPom,
                var k => throw new InvalidOperationException($"upt-2024.csv: unknown kind '{k}' for {row.Name}"),
            };
            var unit = Tambah(row.Name.Trim(), jenis, row.Province.Trim(), row.TimeZone.Trim());
            unit.Kota = row.City.Trim();
            unit.Kategori = "UPT";
        }

        foreach (var row in upt.Where(r => !string.IsNullOrWhiteSpace(r.DefaultKoordinator)))
        {
            var koordinator = ada.GetValueOrDefault(row.DefaultKoordinator!.Trim())
                ?? throw new InvalidOperationException($"upt-2024.csv: koordinator '{row.DefaultKoordinator}' of {row.Name} is not a known unit");
            ada[row.Name.Trim()].TetapkanKoordinator(koordinator);
        }

        await Task.CompletedTask;
    }

    private async Task SeedHariLiburAsync(CancellationToken cancellationToken)
    {
        var ada = (await db.TanggalLibur.Select(t => new { t.Tanggal, t.Nama }).ToListAsync(cancellationToken))
            .Select(t => (t.Tanggal, t.Nama)).ToHashSet();
        foreach (var row in ReadCsv<HariLiburRow>("hari-libur.csv"))
        {
            var tanggal = LocalDatePattern.Iso.Parse(row.Date.Trim()).GetValueOrThrow();
            var jenis = HariLiburCsv.ParseJenis(row.Kind) ?? throw new InvalidOperationException($"hari-libur.csv: unknown kind '{row.Kind}'");
            if (ada.Add((tanggal, row.Name.Trim())))
            {
                db.TanggalLibur.Add(new TanggalLibur(Guid.CreateVersion7(), tanggal, jenis, row.Name, row.Basis));
            }
        }
    }

    internal static List<T> ReadCsv<T>(string fileName)
    {
        using var stream = typeof(OrganisasiSeeder).Assembly.GetManifestResourceStream($"Seed.{fileName}")
            ?? throw new InvalidOperationException($"Embedded seed file {fileName} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        return csv.GetRecords<T>().ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {Key} applied")]
    private static partial void LogSeeded(ILogger logger, string key);

    internal sealed class PusatRow
    {
        [CsvHelper.Configuration.Attributes.Name("kind")]
        public string Kind { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("name")]
        public string Name { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("deputi")]
        public string Deputi { get; set; } = string.Empty;
    }

    internal sealed class UptRow
    {
        [CsvHelper.Configuration.Attributes.Name("kind")]
        public string Kind { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("name")]
        public string Name { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("city")]
        public string City { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("province")]
        public string Province { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("time_zone")]
        public string TimeZone { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("default_koordinator")]
        public string? DefaultKoordinator { get; set; }
    }

    internal sealed class HariLiburRow
    {
        [CsvHelper.Configuration.Attributes.Name("date")]
        public string Date { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("kind")]
        public string Kind { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("name")]
        public string Name { get; set; } = string.Empty;

        [CsvHelper.Configuration.Attributes.Name("basis")]
        public string? Basis { get; set; }
    }
}

/// <summary>The CSV vocabulary for holiday kinds (same as the seed file and the import endpoint).</summary>
internal static class HariLiburCsv
{
    public const string LiburNasional = "libur_nasional";
    public const string CutiBersama = "cuti_bersama";

    public static JenisHariLibur? ParseJenis(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        LiburNasional => JenisHariLibur.LiburNasional,
        CutiBersama => JenisHariLibur.CutiBersama,
        _ => null,
    };

    public static string Format(JenisHariLibur jenis) => jenis == JenisHariLibur.CutiBersama ? CutiBersama : LiburNasional;
}
