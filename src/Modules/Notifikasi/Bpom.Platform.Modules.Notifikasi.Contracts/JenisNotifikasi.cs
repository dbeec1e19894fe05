namespace Bpom.Platform.Modules.Notifikasi.Contracts;

/// <summary>Kind of in-app notification.</summary>
public enum JenisNotifikasi
{
    Pengingat = 1,
    Eskalasi = 2,
    Informasi = 3,
}
