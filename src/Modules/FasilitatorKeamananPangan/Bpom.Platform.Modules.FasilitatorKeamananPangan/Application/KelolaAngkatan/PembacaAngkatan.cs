using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;

internal sealed class PembacaAngkatan(FasilitatorDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, AksesFasilitator akses)
{
    /// <summary>The cohort and its SOP run, read once (404 when the user may not read it).</summary>
    public async Task<(Angkatan Angkatan, InstansDto Instans)> MuatAsync(Guid id, CancellationToken cancellationToken)
    {
        var a = await db.Angkatan.SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException("Angkatan tidak ditemukan.");
        return (a, await mediator.Send(new GetInstansQuery(a.InstansId), cancellationToken));
    }

    /// <summary>The cohort as shown; <paramref name="instans"/> is reused when the command did not change the SOP run.</summary>
    public async Task<AngkatanDto> DetailAsync(Angkatan a, CancellationToken cancellationToken, InstansDto? instans = null)
    {
        instans ??= await mediator.Send(new GetInstansQuery(a.InstansId), cancellationToken);
        var peserta = await db.Peserta.AsNoTracking().Where(p => p.AngkatanId == a.Id).ToListAsync(cancellationToken);
        var ids = peserta.Select(p => p.FasilitatorId).ToList();
        var orang = await db.Fasilitator.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var nik = await akses.BolehLihatNikAsync(cancellationToken);
        var upt = await direktori.NamaUnitAsync(a.UptIds, cancellationToken);
        return new AngkatanDto(
            a.Id, a.Nama, a.DasarKegiatan, a.UptIds.Select(u => new UnitRingkasDto(u, upt.GetValueOrDefault(u, "-"))).ToList(), a.PendaftaranMulai,
            a.PendaftaranSelesai, a.LembagaPelatihan, a.Tahun, instans.BolehMengelola, instans.Status == StatusInstans.Berjalan && akses.PetugasAngkatan(a),
            peserta.OrderBy(p => orang[p.FasilitatorId].Nama, StringComparer.Ordinal)
                .Select(p => KeDto(p, orang[p.FasilitatorId], nik, Enum.GetValues<AksiPeserta>()
                    .Where(x => x != AksiPeserta.Daftar && p.BolehMenjadi(x) && akses.BolehAksi(a, p, x) && LangkahAksi.SudahDimulai(instans, x)).ToList()))
                .ToList(),
            instans);
    }

    public static PesertaDto KeDto(PesertaAngkatan p, Fasilitator f, bool nikUtuh, IReadOnlyList<AksiPeserta> aksi) => new(
        p.Id, f.Id, f.Nama, nikUtuh ? f.Nik : Nik.Samarkan(f.Nik), f.Telepon, f.Email, f.Provinsi, f.KabupatenKota, f.InstansiPenugas, f.Perjanjian, p.UptId,
        p.Status, p.HasilPelatihan, p.SertifikatKompetensi, p.SertifikatPengakuan, p.AlasanBerhenti, p.Riwayat, aksi);
}
