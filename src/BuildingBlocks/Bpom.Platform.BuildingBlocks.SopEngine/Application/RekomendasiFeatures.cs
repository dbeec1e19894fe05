using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Application;

/// <summary>A follow-up of a recommendation.</summary>
public sealed record TindakLanjutDto(
    Guid Id, int Nomor, string Uraian, StatusTindakLanjut Status, DokumenDto? Bukti, string? Catatan, Instant DibuatPada, Instant? DitutupPada);

/// <summary>A recommendation with its follow-ups; <c>terlambat</c> when still open after its target date.</summary>
public sealed record RekomendasiDto(
    Guid Id, Guid InstansId, int Nomor, string Uraian, string PenanggungJawab, LocalDate TargetTanggal, StatusTindakLanjut Status,
    bool Terlambat, IReadOnlyList<TindakLanjutDto> TindakLanjut);

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
                t.Catatan, t.DibuatPada, t.DitutupPada)).ToList())).ToList();
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

/// <summary>Recommendations and follow-ups of one activity.</summary>
public sealed record DaftarRekomendasiQuery(Guid InstansId) : IQuery<IReadOnlyList<RekomendasiDto>>;

internal sealed class DaftarRekomendasiQueryValidator : AbstractValidator<DaftarRekomendasiQuery>
{
    public DaftarRekomendasiQueryValidator() => RuleFor(x => x.InstansId).NotEmpty();
}

internal sealed class DaftarRekomendasiQueryHandler(SopDbContext db, PembacaInstans pembaca, IClock clock)
    : IRequestHandler<DaftarRekomendasiQuery, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(DaftarRekomendasiQuery request, CancellationToken cancellationToken) =>
        await RekomendasiMapping.BacaAsync(db, await pembaca.MuatAsync(request.InstansId, cancellationToken), clock, cancellationToken);
}

/// <summary>Adds a recommendation (from the activity's result) with its owner and target date.</summary>
public sealed record BuatRekomendasiCommand(Guid InstansId, string Uraian, string PenanggungJawab, LocalDate? TargetTanggal) : ICommand<IReadOnlyList<RekomendasiDto>>;

/// <summary>Edits a recommendation.</summary>
public sealed record UbahRekomendasiCommand(Guid InstansId, Guid RekomendasiId, string Uraian, string PenanggungJawab, LocalDate? TargetTanggal)
    : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class BuatRekomendasiCommandValidator : AbstractValidator<BuatRekomendasiCommand>
{
    public BuatRekomendasiCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian rekomendasi wajib diisi.").MaximumLength(2000);
        RuleFor(x => x.PenanggungJawab).NotEmpty().WithMessage("Penanggung jawab wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TargetTanggal).NotNull().WithMessage("Target tanggal wajib diisi.");
    }
}

internal sealed class UbahRekomendasiCommandValidator : AbstractValidator<UbahRekomendasiCommand>
{
    public UbahRekomendasiCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian rekomendasi wajib diisi.").MaximumLength(2000);
        RuleFor(x => x.PenanggungJawab).NotEmpty().WithMessage("Penanggung jawab wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TargetTanggal).NotNull().WithMessage("Target tanggal wajib diisi.");
    }
}

internal sealed class BuatRekomendasiCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<BuatRekomendasiCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(BuatRekomendasiCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var nomor = (await db.Rekomendasi.Where(r => r.InstansId == instans.Id).MaxAsync(r => (int?)r.Nomor, cancellationToken) ?? 0) + 1;
        var sekarang = clock.GetCurrentInstant();
        db.Rekomendasi.Add(new Rekomendasi(
            Guid.CreateVersion7(), instans.Id, nomor, request.Uraian, request.PenanggungJawab, request.TargetTanggal!.Value, sekarang, akses.Pengguna.UserId));
        instans.Sentuh(sekarang);
        audit.Catat(instans, null, "TambahRekomendasi", keterangan: $"Rekomendasi {nomor}: {request.Uraian.Trim()} (PJ {request.PenanggungJawab.Trim()}, target {request.TargetTanggal:yyyy-MM-dd})");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

internal sealed class UbahRekomendasiCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<UbahRekomendasiCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(UbahRekomendasiCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        var lama = $"{r.Uraian} (PJ {r.PenanggungJawab}, target {r.TargetTanggal:yyyy-MM-dd})";
        r.Ubah(request.Uraian, request.PenanggungJawab, request.TargetTanggal!.Value);
        instans.Sentuh(clock.GetCurrentInstant());
        var baru = $"{r.Uraian} (PJ {r.PenanggungJawab}, target {r.TargetTanggal:yyyy-MM-dd})";
        var keterangan = $"Rekomendasi {r.Nomor}. Sebelum: {lama} → Sesudah: {baru}";
        audit.Catat(instans, null, "UbahRekomendasi", keterangan: keterangan);
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

/// <summary>Adds a follow-up (Open) to a recommendation.</summary>
public sealed record TambahTindakLanjutCommand(Guid InstansId, Guid RekomendasiId, string Uraian) : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class TambahTindakLanjutCommandValidator : AbstractValidator<TambahTindakLanjutCommand>
{
    public TambahTindakLanjutCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian tindak lanjut wajib diisi.").MaximumLength(2000);
    }
}

internal sealed class TambahTindakLanjutCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<TambahTindakLanjutCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(TambahTindakLanjutCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var tl = r.TambahTindakLanjut(Guid.CreateVersion7(), request.Uraian, sekarang, akses.Pengguna.UserId);
        db.TindakLanjut.Add(tl);
        instans.Sentuh(sekarang);
        audit.Catat(instans, null, "TambahTindakLanjut", ke: nameof(StatusTindakLanjut.Open), keterangan: $"Rekomendasi {r.Nomor}, tindak lanjut {tl.Nomor}: {tl.Uraian}");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

/// <summary>Closes a follow-up with its evidence file (stored as a <see cref="JenisDokumen.Bukti"/> document).</summary>
public sealed record TutupTindakLanjutCommand(Guid InstansId, Guid RekomendasiId, Guid TindakLanjutId, string NamaBerkas, byte[] Isi, string? Catatan)
    : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class TutupTindakLanjutCommandValidator : AbstractValidator<TutupTindakLanjutCommand>
{
    public TutupTindakLanjutCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.TindakLanjutId).NotEmpty();
        RuleFor(x => x.NamaBerkas).NotEmpty().OverridePropertyName("berkas").WithMessage("Bukti tindak lanjut wajib diunggah.").MaximumLength(255);
        RuleFor(x => x.Isi).NotNull().Must(i => i.Length > 0).OverridePropertyName("berkas").WithMessage("Berkas bukti kosong.");
        RuleFor(x => x.Catatan).MaximumLength(1000);
    }
}

internal sealed class TutupTindakLanjutCommandHandler(
    SopDbContext db, PembacaInstans pembaca, AksesSop akses, PenyimpanDokumen penyimpan, PencatatAudit audit, IClock clock)
    : IRequestHandler<TutupTindakLanjutCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(TutupTindakLanjutCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        var tl = r.TindakLanjut.SingleOrDefault(t => t.Id == request.TindakLanjutId) ?? throw new NotFoundException("Tindak lanjut tidak ditemukan.");
        if (tl.Status == StatusTindakLanjut.Close)
        {
            throw new DomainException($"Tindak lanjut {tl.Nomor} sudah ditutup.");
        }

        var kode = instans.LangkahAktif?.Kode ?? instans.Langkah[^1].Kode;
        var bukti = await penyimpan.SimpanAsync(instans, kode, JenisDokumen.Bukti, request.NamaBerkas, request.Isi, cancellationToken);
        tl.Tutup(bukti.Id, request.Catatan, clock.GetCurrentInstant());
        audit.Catat(instans, kode, "TutupTindakLanjut", nameof(StatusTindakLanjut.Open), nameof(StatusTindakLanjut.Close), request.Catatan?.Trim(),
            $"Rekomendasi {r.Nomor}, tindak lanjut {tl.Nomor}; bukti {bukti.NamaBerkas} (SHA-256 {bukti.Sha256})");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

/// <summary>Reopens a closed follow-up with a reason (e.g. the evidence did not hold).</summary>
public sealed record BukaKembaliTindakLanjutCommand(Guid InstansId, Guid RekomendasiId, Guid TindakLanjutId, string Alasan) : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class BukaKembaliTindakLanjutCommandValidator : AbstractValidator<BukaKembaliTindakLanjutCommand>
{
    public BukaKembaliTindakLanjutCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.TindakLanjutId).NotEmpty();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan wajib diisi.").MaximumLength(1000);
    }
}

internal sealed class BukaKembaliTindakLanjutCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<BukaKembaliTindakLanjutCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(BukaKembaliTindakLanjutCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        var tl = r.TindakLanjut.SingleOrDefault(t => t.Id == request.TindakLanjutId) ?? throw new NotFoundException("Tindak lanjut tidak ditemukan.");
        tl.BukaKembali(request.Alasan);
        instans.Sentuh(clock.GetCurrentInstant());
        audit.Catat(instans, null, "BukaKembaliTindakLanjut", nameof(StatusTindakLanjut.Close), nameof(StatusTindakLanjut.Open), request.Alasan.Trim(),
            $"Rekomendasi {r.Nomor}, tindak lanjut {tl.Nomor}");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}
