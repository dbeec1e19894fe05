using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>A follow-up of a recommendation.</summary>
internal sealed record TindakLanjutDto(
    Guid Id, int Nomor, string Uraian, StatusTindakLanjut Status, DokumenDto? Bukti, string? Catatan, Instant DibuatPada, Instant? DitutupPada);

/// <summary>A recommendation with its follow-ups; <c>terlambat</c> when still open after its target date.</summary>
internal sealed record RekomendasiDto(
    Guid Id, Guid InstansId, int Nomor, string Uraian, string PenanggungJawab, LocalDate TargetTanggal, StatusTindakLanjut Status,
    bool Terlambat, IReadOnlyList<TindakLanjutDto> TindakLanjut, Guid? UnitTujuanId = null);

internal static class RekomendasiMapping
{
    public static async Task<IReadOnlyList<RekomendasiDto>> BacaAsync(SopDbContext db, InstansSop instans, IClock clock, CancellationToken cancellationToken)
    {
        var rekomendasi = await db.Rekomendasi.AsNoTracking().Where(r => r.InstansId == instans.Id).OrderBy(r => r.Nomor).ToListAsync(cancellationToken);
        var buktiIds = rekomendasi.SelectMany(r => r.TindakLanjut).Where(t => t.BuktiDokumenId is not null).Select(t => t.BuktiDokumenId!.Value).ToList();
        var bukti = await db.Dokumen.AsNoTracking().Where(d => buktiIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var hariIni = instans.HariIni(clock.GetCurrentInstant());
        return rekomendasi.Select(r => new RekomendasiDto(
            r.Id, r.InstansId, r.Nomor, r.Uraian, r.PenanggungJawab, r.TargetTanggal, r.Status,
            r.Status == StatusTindakLanjut.Open && hariIni > r.TargetTanggal,
            r.TindakLanjut.Select(t => new TindakLanjutDto(
                t.Id, t.Nomor, t.Uraian, t.Status, t.BuktiDokumenId is { } b && bukti.TryGetValue(b, out var d) ? PembacaInstans.KeDto(d) : null,
                t.Catatan, t.DibuatPada, t.DitutupPada)).ToList(), r.UnitTujuanId)).ToList();
    }

    /// <summary>The performing unit manages every recommendation; the unit a directive is addressed to records and
    /// closes the follow-ups of its own item.</summary>
    public static void PastikanBolehMengelola(AksesSop akses, InstansSop instans, Rekomendasi rekomendasi)
    {
        ArgumentNullException.ThrowIfNull(akses);
        ArgumentNullException.ThrowIfNull(rekomendasi);
        if (rekomendasi.UnitTujuanId is { } tujuan && tujuan == akses.Pengguna.UnitId && akses.Pengguna.IsAuthenticated)
        {
            return;
        }

        PastikanBolehMengelola(akses, instans);
    }

    public static void PastikanBolehMengelola(AksesSop akses, InstansSop instans)
    {
        if (!akses.BolehMengelola(instans))
        {
            throw new ForbiddenException("Hanya unit pelaksana kegiatan yang dapat mengelola rekomendasi dan tindak lanjutnya.");
        }

        if (instans.Status != StatusInstans.Berjalan)
        {
            throw new DomainException("Kegiatan sudah selesai atau dibatalkan; rekomendasinya tidak dapat diubah.");
        }
    }

    public static async Task<Rekomendasi> MuatAsync(SopDbContext db, Guid instansId, Guid rekomendasiId, CancellationToken cancellationToken) =>
        await db.Rekomendasi.SingleOrDefaultAsync(r => r.Id == rekomendasiId && r.InstansId == instansId, cancellationToken)
        ?? throw new NotFoundException("Rekomendasi tidak ditemukan.");
}
