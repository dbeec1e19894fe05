using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Akses;

/// <summary>
/// Authorisation of SOP activities by role and unit. Reading: Admin/Pimpinan all; a UPT its own unit and, as
/// koordinator Balai, its Lokas; a Unit Kerja Pusat its own unit and every activity of the SOPs in its scope; PPSDM
/// the SOPs whose descriptor names its role (SOP D). Acting: the performer roles of the step, in the performing unit (PPSDM and Pimpinan
/// act across units on their own steps); approving and returning: the KepalaUnit of the performing unit.
/// An activity the user may not read is reported as not found.
/// </summary>
internal sealed class AksesSop(ICurrentUser user, IDirektoriOrganisasi direktori, DaftarSop sop)
{
    private static readonly string[] PeranLintasUnit = [Peran.Ppsdm, Peran.Pimpinan];
    private CakupanBaca? _cakupan;

    public ICurrentUser Pengguna => user;

    public async Task<CakupanBaca> CakupanAsync(CancellationToken cancellationToken)
    {
        if (_cakupan is not null)
        {
            return _cakupan;
        }

        var info = user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit)
            ? await direktori.UnitAsync(user.UnitId, cancellationToken)
            : null;
        var sopUnitPusat = user.IsInRole(Peran.UnitKerjaPusat) && info is not null ? sop.UntukUnitPusat(info.Nama) : [];
        if (user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Pimpinan))
        {
            return _cakupan = new CakupanBaca(true, [], [], sopUnitPusat);
        }

        var unit = await direktori.UnitTerjangkauAsync(user.UnitId, cancellationToken);
        var kodeSop = new List<string>();
        if (info is { Jenis: "UnitKerjaPusat" })
        {
            kodeSop.AddRange(sop.UntukUnitPusat(info.Nama));
        }

        kodeSop.AddRange(sop.DibacaNasionalOleh(user.Roles));
        return _cakupan = new CakupanBaca(false, unit, kodeSop.Distinct().ToList(), sopUnitPusat);
    }

    /// <summary>Throws <see cref="NotFoundException"/> when the user may not read the activity.</summary>
    public async Task PastikanBolehBacaAsync(InstansSop instans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        if (!(await CakupanAsync(cancellationToken)).Boleh(instans.UnitId, instans.KodeSop, instans.UnitTerlibat))
        {
            throw new NotFoundException("Kegiatan tidak ditemukan.");
        }
    }

    /// <summary>May the user perform (start, submit, pause, upload, …) this step?</summary>
    public bool BolehMelaksanakan(InstansSop instans, LangkahSop langkah)
    {
        ArgumentNullException.ThrowIfNull(instans);
        ArgumentNullException.ThrowIfNull(langkah);
        return langkah.Pelaksana.Any(p => user.IsInRole(p) && (instans.UnitId == user.UnitId || PeranLintasUnit.Contains(p)));
    }

    /// <summary>May the user report / acknowledge a routing of a step to their unit? Performer roles of the step
    /// (Pelaksana) or any officer of the unit (Penerima), and the unit's head.</summary>
    public bool BolehMenyelesaikanPenugasan(LangkahSop langkah, PenugasanLangkah penugasan)
    {
        ArgumentNullException.ThrowIfNull(langkah);
        ArgumentNullException.ThrowIfNull(penugasan);
        if (penugasan.UnitId != user.UnitId)
        {
            return false;
        }

        return user.IsInRole(Peran.KepalaUnit) || (penugasan.Jenis == JenisPenugasan.Pelaksana
            ? langkah.Pelaksana.Any(user.IsInRole)
            : user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt));
    }

    /// <summary>May the user approve or return a submitted output? The head of the performing unit, or of the unit
    /// the run names as approver (a Loka's annual report: its koordinator Balai); a step only leadership performs (the
    /// directive) is signed off by leadership.</summary>
    public bool BolehMenyetujui(InstansSop instans)
    {
        ArgumentNullException.ThrowIfNull(instans);
        if (instans.LangkahAktif is { Pelaksana: [Peran.Pimpinan] })
        {
            return user.IsInRole(Peran.Pimpinan);
        }

        return user.IsInRole(Peran.KepalaUnit) && (instans.PenyetujuUnitId ?? instans.UnitId) == user.UnitId;
    }

    /// <summary>May the user manage the activity as a whole (recommendations, cancelling)?</summary>
    public bool BolehMengelola(InstansSop instans)
    {
        ArgumentNullException.ThrowIfNull(instans);
        return instans.UnitId == user.UnitId && (user.IsInRole(Peran.KepalaUnit) || user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt));
    }

    public bool BolehMenjalankan(InstansSop instans, LangkahSop langkah, PemicuLangkah pemicu) => pemicu switch
    {
        PemicuLangkah.Setujui or PemicuLangkah.Kembalikan => BolehMenyetujui(instans),
        PemicuLangkah.Batalkan => BolehMengelola(instans) && user.IsInRole(Peran.KepalaUnit),
        _ => BolehMelaksanakan(instans, langkah),
    };

    public void PastikanBolehMenjalankan(InstansSop instans, LangkahSop langkah, PemicuLangkah pemicu)
    {
        if (!BolehMenjalankan(instans, langkah, pemicu))
        {
            throw new ForbiddenException(pemicu is PemicuLangkah.Setujui or PemicuLangkah.Kembalikan
                ? "Hanya kepala unit pelaksana yang dapat menyetujui atau mengembalikan output langkah."
                : $"Anda bukan pelaksana langkah {langkah.Kode} pada unit kegiatan ini.");
        }
    }
}
