using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Verifikasi;

/// <summary>Whether a recognition certificate is valid: Berlaku, Kedaluwarsa (past its validity) or Dicabut (the
/// facilitator was stopped).</summary>
internal enum StatusSertifikat
{
    Berlaku = 1,
    Kedaluwarsa = 2,
    Dicabut = 3,
}

/// <summary>What the public verification shows: no NIK, no contact.</summary>
internal sealed record VerifikasiSertifikatDto(string Nomor, string Nama, StatusSertifikat Status, string DisahkanOleh, LocalDate TanggalPengesahan, LocalDate BerlakuSampai, string Angkatan);

/// <summary>Public verification of a recognition certificate by its number (no login).</summary>
internal sealed record VerifikasiSertifikatQuery(string Nomor) : IQuery<VerifikasiSertifikatDto>;

internal sealed class VerifikasiSertifikatQueryValidator : AbstractValidator<VerifikasiSertifikatQuery>
{
    public VerifikasiSertifikatQueryValidator() =>
        RuleFor(x => x.Nomor).NotEmpty().Matches(NomorSertifikat.Pola).WithMessage("Nomor sertifikat tidak sah: 3–60 karakter huruf, angka, titik, garis miring, tanda hubung.");
}

internal sealed class VerifikasiSertifikatQueryHandler(FasilitatorDbContext db, IClock clock) : IRequestHandler<VerifikasiSertifikatQuery, VerifikasiSertifikatDto>
{
    public async Task<VerifikasiSertifikatDto> Handle(VerifikasiSertifikatQuery request, CancellationToken cancellationToken)
    {
        var nomor = request.Nomor.Trim();
        var x = await db.Peserta.AsNoTracking().Where(p => p.SertifikatPengakuan!.Nomor == nomor)
            .Join(db.Fasilitator, p => p.FasilitatorId, f => f.Id, (p, f) => new { Peserta = p, f.Nama })
            .Join(db.Angkatan, x => x.Peserta.AngkatanId, a => a.Id, (x, a) => new { x.Peserta, x.Nama, Angkatan = a.Nama })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Sertifikat tidak ditemukan.");
        var s = x.Peserta.SertifikatPengakuan!;
        var hariIni = PendampinganRules.HariIni(clock);
        var status = x.Peserta.Status == StatusPeserta.Berhenti ? StatusSertifikat.Dicabut
            : s.BerlakuSampai < hariIni ? StatusSertifikat.Kedaluwarsa
            : StatusSertifikat.Berlaku;
        return new VerifikasiSertifikatDto(s.Nomor, x.Nama, status, s.DisahkanOleh, s.Tanggal, s.BerlakuSampai, x.Angkatan);
    }
}
