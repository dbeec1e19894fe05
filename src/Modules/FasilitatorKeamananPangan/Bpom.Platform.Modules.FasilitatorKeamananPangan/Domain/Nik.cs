using System.Globalization;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>Nomor Induk Kependudukan: 16 digits, province code 11–94, a birth date DDMMYY (women: DD + 40).</summary>
internal static class Nik
{
    public static bool Valid(string? nik)
    {
        if (nik is null || nik.Length != 16 || !nik.All(char.IsAsciiDigit))
        {
            return false;
        }

        var provinsi = int.Parse(nik.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var hari = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var bulan = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        hari = hari > 40 ? hari - 40 : hari;
        return provinsi is >= 11 and <= 94 && bulan is >= 1 and <= 12 && hari is >= 1 and <= 31 && nik[12..] != "0000";
    }

    /// <summary>First four and last four digits only.</summary>
    public static string Samarkan(string nik) => nik.Length == 16 ? $"{nik[..4]}********{nik[12..]}" : "****";
}
