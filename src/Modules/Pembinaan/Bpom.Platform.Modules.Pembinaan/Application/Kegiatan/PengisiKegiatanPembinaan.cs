using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;

/// <summary>Fills an activity from user input: resolves the local UPT and the registry records, and works out the
/// SOP routing for the engine.</summary>
internal sealed class PengisiKegiatanPembinaan(PembinaanDbContext db, IDirektoriOrganisasi direktori, IClock clock)
{
    private static readonly string[] JenisUpt = ["BalaiBesarPom", "BalaiPom", "LokaPom"];

    public async Task<RuteKegiatan> IsiAsync(
        KegiatanPembinaan k, DataKegiatanPembinaan d, CancellationToken cancellationToken)
    {
        var upt = await UptSetempatAsync(d.UptSetempatId, k.UnitId, cancellationToken);
        var sasaran = await SasaranAsync(d.Sasaran!, k.UnitId, cancellationToken);
        k.Isi(
            d.Judul, d.Asal!.Value, d.DasarKegiatan, d.Komoditas!.Value, d.Fungsi!.Value, d.Bentuk!.Value, sasaran.Select(s => s.Id), d.JumlahPeserta!.Value,
            d.Lokasi, d.TanggalRencanaMulai!.Value, d.TanggalRencanaSelesai!.Value, upt);
        var adaUsaha = sasaran.Any(s => s.Jenis == JenisSasaran.PelakuUsaha);
        var unitPusat = await direktori.UnitBerdasarkanNamaAsync(RutePembinaan.SemuaUnitPusat, cancellationToken);
        var penugasan = new List<PenugasanBaru>();
        foreach (var t in RutePembinaan.Untuk(k.Komoditas, k.Fungsi, adaUsaha))
        {
            Guid unitId;
            if (t.NamaUnit is null)
            {
                unitId = upt;
            }
            else if (unitPusat.TryGetValue(t.NamaUnit, out var u))
            {
                unitId = u.Id;
            }
            else
            {
                throw new DomainException($"Unit tujuan \"{t.NamaUnit}\" tidak ada di data unit kerja; perbarui data organisasi.");
            }

            if (unitId != k.UnitId)
            {
                penugasan.Add(new PenugasanBaru(t.Langkah, unitId, t.Jenis, t.Keterangan));
            }
        }

        return new RuteKegiatan(penugasan, new Dictionary<string, string> { ["B3"] = RutePembinaan.OutputLangkah3(k.Komoditas, adaUsaha) });
    }

    private async Task<Guid> UptSetempatAsync(Guid? diminta, Guid unitPelaksana, CancellationToken cancellationToken)
    {
        var id = diminta ?? unitPelaksana;
        var unit = await direktori.UnitAsync(id, cancellationToken);
        if (unit is null || !JenisUpt.Contains(unit.Jenis))
        {
            throw new ValidationException([new ValidationFailure("uptSetempatId", diminta is null
                ? "Pilih UPT setempat (Balai Besar/Balai/Loka POM) yang menerima rekomendasi dan menindaklanjuti."
                : "UPT setempat harus Balai Besar, Balai atau Loka POM.")]);
        }

        return unit.Id;
    }

    private async Task<List<SasaranPembinaan>> SasaranAsync(IReadOnlyList<SasaranMasukan> masukan, Guid unitId, CancellationToken cancellationToken)
    {
        var ids = masukan.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToList();
        var kunci = masukan.Where(m => m.Id is null)
            .Select(m => SasaranPembinaan.KunciUntuk(m.Jenis!.Value, m.Nib, m.Nama!, m.KabupatenKota!)).ToList();
        var ada = await db.Sasaran.Where(s => ids.Contains(s.Id) || kunci.Contains(s.Kunci)).ToListAsync(cancellationToken);
        var hasil = new List<SasaranPembinaan>();
        var gagal = new List<ValidationFailure>();
        for (var i = 0; i < masukan.Count; i++)
        {
            var m = masukan[i];
            if (m.Id is { } id)
            {
                if (ada.FirstOrDefault(s => s.Id == id) is { } s)
                {
                    hasil.Add(s);
                }
                else
                {
                    gagal.Add(new ValidationFailure($"sasaran[{i}].id", "Sasaran tidak ada di daftar pelaku usaha/pemangku kepentingan."));
                }

                continue;
            }

            var k = SasaranPembinaan.KunciUntuk(m.Jenis!.Value, m.Nib, m.Nama!, m.KabupatenKota!);
            var cocok = ada.FirstOrDefault(s => s.Kunci == k) ?? hasil.FirstOrDefault(s => s.Kunci == k);
            if (cocok is null)
            {
                cocok = new SasaranPembinaan(
                    Guid.CreateVersion7(), m.Nama!, m.Jenis.Value, m.Nib, m.Umkm, m.Irtp, m.Provinsi!, m.KabupatenKota!, unitId, clock.GetCurrentInstant());
                db.Sasaran.Add(cocok);
                ada.Add(cocok);
            }
            else
            {
                cocok.Lengkapi(m.Nib, m.Umkm, m.Irtp);
            }

            hasil.Add(cocok);
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        return hasil.DistinctBy(s => s.Id).ToList();
    }
}
