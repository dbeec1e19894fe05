using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;

/// <summary>A registry record of a party guided.</summary>
internal sealed record SasaranDto(
    Guid Id, string Nama, JenisSasaran Jenis, string? Nib, bool Umkm, bool Irtp, string Provinsi, string KabupatenKota);

/// <summary>A Kegiatan Pembinaan in a list: where it stands on the SOP.</summary>
internal sealed record KegiatanPembinaanRingkasDto(
    Guid Id, Guid InstansId, string Judul, KomoditasPembinaan Komoditas, FungsiPembinaan Fungsi, BentukPembinaan Bentuk, Guid UnitId, string NamaUnit,
    int Tahun, LocalDate TanggalRencanaMulai, int JumlahSasaran, int JumlahPeserta, StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif,
    StatusLangkah? StatusLangkah, LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>A Kegiatan Pembinaan with the parties guided and its SOP run (steps, routings, documents, actions).</summary>
internal sealed record KegiatanPembinaanDto(
    Guid Id, string Judul, AsalPembinaan Asal, string DasarKegiatan, KomoditasPembinaan Komoditas, FungsiPembinaan Fungsi, BentukPembinaan Bentuk,
    IReadOnlyList<SasaranDto> Sasaran, int JumlahPeserta, string Lokasi, LocalDate TanggalRencanaMulai, LocalDate TanggalRencanaSelesai,
    Guid UptSetempatId, string NamaUptSetempat, int Tahun, Instant DibuatPada, bool BolehUbah, InstansDto Instans);

internal static class KegiatanPembinaanMapping
{
    public static SasaranDto KeDto(SasaranPembinaan s) => new(s.Id, s.Nama, s.Jenis, s.Nib, s.Umkm, s.Irtp, s.Provinsi, s.KabupatenKota);

    public static async Task<Dictionary<Guid, SasaranPembinaan>> SasaranAsync(PembinaanDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var daftar = ids.Distinct().ToList();
        var tracked = db.Sasaran.Local.Where(s => daftar.Contains(s.Id)).ToList();
        var stored = await db.Sasaran.AsNoTracking().Where(s => daftar.Contains(s.Id)).ToListAsync(cancellationToken);
        return tracked.Concat(stored).DistinctBy(s => s.Id).ToDictionary(s => s.Id);
    }

    public static async Task<string> RingkasAsync(KegiatanPembinaan k, PembinaanDbContext db, CancellationToken cancellationToken)
    {
        var sasaran = await SasaranAsync(db, k.SasaranIds, cancellationToken);
        return k.Ringkas(sasaran.ToDictionary(s => s.Key, s => s.Value.Nama));
    }
}
