using System.Security.Cryptography;
using System.Text;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;

/// <summary>Settings of a national dataset run.</summary>
/// <param name="Tahun">Years of history, ending with the current one.</param>
/// <param name="Seed">Same seed, same data (counts, states, dates, texts, ids chosen by the generator).</param>
/// <param name="Skala">Multiplies the number of activities (1 = about 20,000 a year nationally).</param>
/// <param name="Terbuka">Share of activities whose run is still open (stalled ones included), like the measured shape.</param>
public sealed record OpsiDataNasional(int Tahun = 10, int Seed = 20261201, double Skala = 1.0, double Terbuka = 0.29);

/// <summary>A unit as the generator sees it.</summary>
public sealed record UnitNasional(Guid Id, string Nama, string Jenis, string Provinsi, string ZonaWaktu, Guid? KoordinatorId, int Nomor)
{
    public bool Upt => Jenis is "BalaiBesarPom" or "BalaiPom" or "LokaPom";
}

/// <summary>A generated user other parts may name as the author of what they write.</summary>
public sealed record PenggunaNasional(Guid Id, Guid UnitId, string Username, IReadOnlyList<string> Peran);

/// <summary>
/// What a national dataset run shares between the modules' parts: its settings, "now", the organisation, and a bag
/// of contract-typed items one part leaves for the next within the year being generated (cleared between years).
/// Randomness is derived from the seed and a key, so every part and year is reproducible on its own.
/// </summary>
public sealed class DataNasional(OpsiDataNasional opsi, Instant sekarang)
{
    private readonly Dictionary<Type, object> _tas = [];
    private readonly Dictionary<string, object> _tetap = [];

    public OpsiDataNasional Opsi { get; } = opsi;

    public Instant Sekarang { get; } = sekarang;

    public LocalDate HariIni => Sekarang.InZone(ZonaWaktuUnit.Nasional).Date;

    public int TahunAkhir => HariIni.Year;

    public int TahunAwal => TahunAkhir - Opsi.Tahun + 1;

    public IReadOnlyList<UnitNasional> Unit { get; set; } = [];

    public IReadOnlyList<PenggunaNasional> Pengguna { get; set; } = [];

    /// <summary>A random source for <paramref name="kunci"/> (e.g. "advokasi/2021/unit-12"), the same on every run with the same seed.</summary>
    public Random Acak(string kunci) => new(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{Opsi.Seed}:{kunci}")), 0));

    /// <summary>A reproducible id for <paramref name="kunci"/> (all 128 bits from the seed and the key, so ids of
    /// many small random sources never collide).</summary>
    public Guid Id(string kunci)
    {
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{Opsi.Seed}:id:{kunci}"), b);
        b[7] = (byte)((b[7] & 0x0F) | 0x40);
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        return new Guid(b[..16]);
    }

    /// <summary>Items of type <typeparamref name="T"/> left for later parts this year.</summary>
    public List<T> Tas<T>()
    {
        if (!_tas.TryGetValue(typeof(T), out var daftar))
        {
            daftar = new List<T>();
            _tas[typeof(T)] = daftar;
        }

        return (List<T>)daftar;
    }

    /// <summary>Something a part keeps across years (a pool of businesses), made on first use.</summary>
    public T Tetap<T>(string kunci, Func<T> buat)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(buat);
        if (!_tetap.TryGetValue(kunci, out var nilai))
        {
            nilai = buat();
            _tetap[kunci] = nilai;
        }

        return (T)nilai;
    }

    /// <summary>Empties the bag (between years).</summary>
    public void KosongkanTas() => _tas.Clear();

    /// <summary>The staff user of a unit (the author of what the unit does), if the organisation part generated one.</summary>
    public PenggunaNasional? Staf(Guid unitId) => Pengguna.FirstOrDefault(p => p.UnitId == unitId && !p.Peran.Contains("KepalaUnit"));

    /// <summary>The head of a unit.</summary>
    public PenggunaNasional? Kepala(Guid unitId) => Pengguna.FirstOrDefault(p => p.UnitId == unitId && p.Peran.Contains("KepalaUnit"));
}
