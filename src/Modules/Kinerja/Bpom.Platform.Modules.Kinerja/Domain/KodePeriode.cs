using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>JSON settings of the module's jsonb columns.</summary>
internal static class KinerjaJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new InstantJson() },
    };

    /// <summary>Instants as ISO-8601 text. Entries written before this converter existed hold <c>{}</c> (their time was
    /// lost): they read as the Unix epoch.</summary>
    private sealed class InstantJson : System.Text.Json.Serialization.JsonConverter<NodaTime.Instant>
    {
        public override NodaTime.Instant Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.StartObject)
            {
                reader.Skip();
                return NodaTime.NodaConstants.UnixEpoch;
            }

            var hasil = NodaTime.Text.InstantPattern.ExtendedIso.Parse(reader.GetString() ?? string.Empty);
            return hasil.Success ? hasil.Value : throw new System.Text.Json.JsonException("Instant tidak valid.");
        }

        public override void Write(System.Text.Json.Utf8JsonWriter writer, NodaTime.Instant value, System.Text.Json.JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(NodaTime.Text.InstantPattern.ExtendedIso.Format(value));
        }
    }
}

/// <summary>Period codes of performance reporting: B01–B12 (months) and TW1–TW4 (quarters).</summary>
internal static class KodePeriode
{
    public static readonly IReadOnlyList<string> Semua =
        [.. Enumerable.Range(1, 12).Select(b => $"B{b:00}"), "TW1", "TW2", "TW3", "TW4"];

    /// <summary>The normalised code (upper case) or null when not a period code.</summary>
    public static string? Normalisasi(string? periode)
    {
        var p = periode?.Trim().ToUpperInvariant();
        return p is not null && Semua.Contains(p) ? p : null;
    }

    /// <summary>The last month of the period (B03 → 3, TW2 → 6).</summary>
    public static int BulanAkhir(string periode) => periode[0] == 'B'
        ? int.Parse(periode.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)
        : (periode[2] - '0') * 3;

    /// <summary>The other code ending the same month: TW2 ⇔ B06; null for months that end no quarter.</summary>
    public static string? Setara(string periode)
    {
        var bulan = BulanAkhir(periode);
        if (periode[0] == 'T')
        {
            return $"B{bulan:00}";
        }

        return bulan % 3 == 0 ? $"TW{bulan / 3}" : null;
    }

    /// <summary>Entry for the period closes at the end of day <paramref name="hariPenutupan"/> of the month after it.</summary>
    public static LocalDate BatasEntri(int tahun, string periode, int hariPenutupan) =>
        new LocalDate(tahun, BulanAkhir(periode), 1).PlusMonths(1).PlusDays(hariPenutupan - 1);

    /// <summary>Sort key: months then quarters in time order (B03 before TW1).</summary>
    public static int Urutan(string periode) => (BulanAkhir(periode) * 2) + (periode[0] == 'T' ? 1 : 0);
}
