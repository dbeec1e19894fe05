using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;

/// <summary>Adds people to a cohort: staff of the cohort's unit, or of a participating UPT (registering for itself).</summary>
internal sealed class PendaftarPeserta(FasilitatorDbContext db, AksesFasilitator akses, IClock clock)
{
    public async Task<List<ValidationFailure>> DaftarkanAsync(Angkatan a, IReadOnlyList<DataPeserta> data, string awalan, CancellationToken cancellationToken)
    {
        var user = akses.Pengguna;
        var gagal = new List<ValidationFailure>();
        var validator = new DataPesertaValidator();
        var niks = data.Select(d => d.Nik).ToList();
        var orang = await db.Fasilitator.Where(f => niks.Contains(f.Nik)).ToDictionaryAsync(f => f.Nik, cancellationToken);
        var orangIds = orang.Values.Select(o => o.Id).ToList();
        var sudah = (await db.Peserta.Where(p => p.AngkatanId == a.Id && orangIds.Contains(p.FasilitatorId)).Select(p => p.FasilitatorId).ToListAsync(cancellationToken)).ToHashSet();
        var diFile = new HashSet<string>(StringComparer.Ordinal);
        var sekarang = clock.GetCurrentInstant();
        for (var i = 0; i < data.Count; i++)
        {
            var d = data[i];
            var hasil = validator.Validate(d);
            gagal.AddRange(hasil.Errors.Select(e => new ValidationFailure($"{awalan}[{i}].{char.ToLowerInvariant(e.PropertyName[0])}{e.PropertyName[1..]}", e.ErrorMessage)));
            if (!hasil.IsValid)
            {
                continue;
            }

            var upt = user.IsInRole(BuildingBlocks.Application.Security.Peran.Upt) && a.UnitId != user.UnitId ? user.UnitId : d.UptId;
            if (upt is { } u && !a.UptIds.Contains(u))
            {
                gagal.Add(new ValidationFailure($"{awalan}[{i}].uptId", "UPT ini tidak ikut dalam angkatan."));
                continue;
            }

            if (!diFile.Add(d.Nik) || (orang.TryGetValue(d.Nik, out var ada) && sudah.Contains(ada.Id)))
            {
                gagal.Add(new ValidationFailure($"{awalan}[{i}].nik", "Orang dengan NIK ini sudah terdaftar di angkatan ini."));
                continue;
            }

            if (!orang.TryGetValue(d.Nik, out var f))
            {
                f = new Fasilitator(Guid.CreateVersion7(), d.Nik, sekarang);
                db.Fasilitator.Add(f);
                orang[d.Nik] = f;
            }

            f.Isi(d.Nama, d.Telepon, d.Email, d.Provinsi, d.KabupatenKota, d.InstansiPenugas, d.Perjanjian);
            db.Peserta.Add(new PesertaAngkatan(Guid.CreateVersion7(), a.Id, f.Id, upt, user.UserId, user.Username, sekarang));
        }

        return gagal;
    }
}

internal static class PendaftaranAngkatan
{
    public static void PastikanTerbuka(Angkatan a, InstansDto instans, AksesFasilitator akses)
    {
        if (!akses.PetugasAngkatan(a))
        {
            throw new ForbiddenException("Peserta didaftarkan oleh petugas unit penyelenggara atau UPT peserta angkatan.");
        }

        if (instans.Status != StatusInstans.Berjalan || instans.LangkahAktif is not ("D1" or "D2"))
        {
            throw new DomainException("Pendaftaran peserta hanya selama perencanaan dan rekrutmen (langkah D1–D2).");
        }
    }
}
