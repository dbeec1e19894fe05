using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;

/// <summary>Who may do what with cohorts and participants, and the NIK rule.</summary>
internal sealed class AksesFasilitator(ICurrentUser user, IMediator mediator)
{
    public ICurrentUser Pengguna => user;

    /// <summary>Admin, PPSDM and the Unit Kerja Pusat that run SOP D see a NIK whole; everyone else masked.</summary>
    public async Task<bool> BolehLihatNikAsync(CancellationToken cancellationToken) =>
        user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Ppsdm)
        || ((user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit)) && (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).KodeSop.Contains(SopFasilitator.Kode));

    /// <summary>Staff of the cohort's unit, or of a UPT taking part.</summary>
    public bool PetugasAngkatan(Angkatan a) => PetugasPusat(a) || (user.IsInRole(Peran.Upt) && a.UptIds.Contains(user.UnitId));

    /// <summary>Staff of the cohort's unit for everyone; a participating UPT only for the people it registered.</summary>
    public bool PetugasUntuk(Angkatan a, PesertaAngkatan p) =>
        PetugasPusat(a) || (user.IsInRole(Peran.Upt) && a.UptIds.Contains(user.UnitId) && p.UptId == user.UnitId);

    public bool BolehAksi(Angkatan a, PesertaAngkatan p, AksiPeserta aksi) => aksi switch
    {
        AksiPeserta.Rekrut => PetugasUntuk(a, p),
        AksiPeserta.CatatPelatihan or AksiPeserta.CatatSertifikatKompetensi => user.IsInRole(Peran.Ppsdm),
        AksiPeserta.CatatSertifikatPengakuan => user.IsInRole(Peran.Ppsdm) || user.IsInRole(Peran.Pimpinan),
        AksiPeserta.Hentikan => PetugasUntuk(a, p) || user.IsInRole(Peran.Ppsdm),
        _ => false,
    };

    private bool PetugasPusat(Angkatan a) => user.UnitId == a.UnitId && (user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit));
}

/// <summary>The SOP step each participant action belongs to: it can be recorded once that step has started.</summary>
internal static class LangkahAksi
{
    public static string? Untuk(AksiPeserta aksi) => aksi switch
    {
        AksiPeserta.Rekrut => "D2",
        AksiPeserta.CatatPelatihan => "D3",
        AksiPeserta.CatatSertifikatKompetensi => "D4",
        AksiPeserta.CatatSertifikatPengakuan => "D6",
        _ => null,
    };

    public static bool SudahDimulai(InstansDto instans, AksiPeserta aksi) =>
        Untuk(aksi) is not { } kode
        || instans.Langkah.Single(l => l.Kode == kode).Status is StatusLangkah.Berjalan or StatusLangkah.Dijeda or StatusLangkah.Diajukan
            or StatusLangkah.Dikembalikan or StatusLangkah.Selesai;
}
