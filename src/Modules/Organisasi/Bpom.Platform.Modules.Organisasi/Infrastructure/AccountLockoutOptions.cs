namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>Lockout policy (section "Auth:Lockout").</summary>
internal sealed class AccountLockoutOptions
{
    public const string SectionName = "Auth:Lockout";

    /// <summary>Failures from one address that lock that address + username pair.</summary>
    public int MaxGagal { get; set; } = 5;

    /// <summary>Failures from any address that lock the account itself.</summary>
    public int MaxGagalAkun { get; set; } = 50;

    public int LamaKunciMenit { get; set; } = 15;
}
