namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>Lockout policy (section "Auth:Lockout").</summary>
internal sealed class AccountLockoutOptions
{
    public const string SectionName = "Auth:Lockout";

    public int MaxGagal { get; set; } = 5;

    public int LamaKunciMenit { get; set; } = 15;
}
