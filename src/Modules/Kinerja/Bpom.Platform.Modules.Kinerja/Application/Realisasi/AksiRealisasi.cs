using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>A review action on the current version of a period's report: Ajukan (the unit), Verifikasi or Kembalikan
/// with a reason (the planning unit; a Loka's koordinator Balai where configured), Sahkan (the reviewing unit's head,
/// Pimpinan).</summary>
internal sealed record AksiRealisasiCommand(Guid UnitId, int Tahun, string? Periode, AksiRealisasi? Aksi, string? Alasan) : ICommand<FormRealisasiDto>;

internal sealed class AksiRealisasiCommandValidator : AbstractValidator<AksiRealisasiCommand>
{
    public AksiRealisasiCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.").IsInEnum();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan pengembalian wajib diisi.").When(x => x.Aksi == AksiRealisasi.Kembalikan);
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan pembukaan kembali wajib diisi.").When(x => x.Aksi == AksiRealisasi.BukaKembali);
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class AksiRealisasiCommandHandler(
    KinerjaDbContext db, PenghitungNilai penghitung, KepatuhanSop kepatuhan, AksesKinerja akses, IMediator mediator, IPrasyaratVersi prasyarat)
    : IRequestHandler<AksiRealisasiCommand, FormRealisasiDto>
{
    public async Task<FormRealisasiDto> Handle(AksiRealisasiCommand request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var aksi = request.Aksi!.Value;
        var boleh = aksi switch
        {
            AksiRealisasi.Ajukan => await akses.BolehUbahAsync(unit.Id, cancellationToken),
            AksiRealisasi.Sahkan => await akses.BolehSahkanAsync(unit.Id, cancellationToken),
            AksiRealisasi.BukaKembali => akses.Pengguna.IsInRole(Peran.Admin) || await akses.UnitPerencanaanAsync(cancellationToken) == akses.Pengguna.UnitId,
            _ => await akses.BolehTinjauAsync(unit.Id, cancellationToken),
        };
        if (!boleh)
        {
            throw new ForbiddenException(aksi switch
            {
                AksiRealisasi.Ajukan => "Hanya petugas unit yang dapat mengajukan laporan realisasinya.",
                AksiRealisasi.Sahkan => "Pengesahan oleh kepala unit peninjau atau Pimpinan.",
                AksiRealisasi.BukaKembali => "Laporan yang sudah disahkan hanya dibuka kembali oleh unit perencanaan.",
                _ => "Verifikasi oleh unit perencanaan (atau koordinator Balai untuk Loka).",
            });
        }

        var laporan = await db.LaporanRealisasi.Where(l => l.PkId == pk.Id && l.Periode == periode).OrderByDescending(l => l.Versi).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException($"Belum ada realisasi periode {periode} untuk diproses.");
        prasyarat.Pastikan(VersiKinerja.SumberLaporan(pk.Id, periode), VersiKinerja.Laporan(pk.Id, periode, laporan));
        if (aksi == AksiRealisasi.BukaKembali)
        {
            laporan = laporan.BukaKembali(pk, akses.Sekarang, akses.Pengguna.Username, request.Alasan!);
            db.LaporanRealisasi.Add(laporan);
            db.Audit.Add(new AuditKinerja(
                unit.Id, pk.Tahun, periode, nameof(AksiRealisasi.BukaKembali), $"Laporan yang sudah disahkan dibuka kembali sebagai versi {laporan.Versi}.",
                request.Alasan!.Trim(), true, akses.Sekarang, akses.Pengguna.Username));
        }
        else
        {
            if (aksi == AksiRealisasi.Ajukan && laporan.Status == StatusRealisasi.Dikembalikan)
            {
                // Resubmitting a returned report as it is (its evidence may have been added meanwhile): the returned
                // version stays frozen; the submission is a new version with the same content.
                laporan = laporan.VersiBerikut(pk, akses.Sekarang, akses.Pengguna.Username);
                db.LaporanRealisasi.Add(laporan);
            }

            laporan.Jalankan(aksi, akses.Sekarang, akses.Pengguna.Username, request.Alasan);
        }

        var judul = $"Realisasi kinerja {periode} {pk.Tahun} {unit.Nama}";
        var (penerima, peran, pesan) = aksi switch
        {
            AksiRealisasi.Ajukan => (await PeninjauAsync(unit, cancellationToken), new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} diajukan untuk diverifikasi."),
            AksiRealisasi.Kembalikan => ([unit.Id], new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} dikembalikan: {request.Alasan!.Trim()}"),
            AksiRealisasi.Verifikasi => (await PeninjauAsync(unit, cancellationToken), new[] { Peran.KepalaUnit }, $"{judul} sudah diverifikasi dan menunggu pengesahan."),
            AksiRealisasi.BukaKembali => ([unit.Id], new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} dibuka kembali oleh unit perencanaan: {request.Alasan!.Trim()}"),
            _ => ([unit.Id], new[] { Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit }, $"{judul} disahkan."),
        };
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Send(
            new KirimNotifikasiUnitCommand($"kinerja:{laporan.Id:N}:{laporan.Riwayat.Count}", penerima, peran, JenisNotifikasi.Informasi, judul, pesan, "Kinerja", pk.Id,
                TautanRealisasi.Parameter(unit.Id, pk.Tahun, periode)),
            cancellationToken);
        return await GetFormRealisasiQueryHandler.BuatAsync(db, pk, unit, periode, kepatuhan, akses, cancellationToken);
    }

    private async Task<IReadOnlyList<Guid>> PeninjauAsync(UnitOrganisasi unit, CancellationToken ct)
    {
        var hasil = new List<Guid>();
        if (await akses.UnitPerencanaanAsync(ct) is { } p)
        {
            hasil.Add(p);
        }

        if (akses.Opsi.VerifikasiLokaOlehKoordinator && unit.KoordinatorId is { } k)
        {
            hasil.Add(k);
        }

        return hasil.Count == 0 ? [unit.Id] : hasil;
    }
}

/// <summary>What a notification about a realisation report carries to open exactly that report (the reported unit's
/// form, not the reader's own): unit, year and period.</summary>
internal static class TautanRealisasi
{
    public static string Parameter(Guid unitId, int tahun, string periode) => $"unitId={unitId}&tahun={tahun}&periode={periode}";
}
