using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;
using Stateless;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>Facts the application layer establishes before a transition (who may act is checked there: 403).</summary>
/// <param name="KelengkapanTersedia">The step's required input document exists.</param>
/// <param name="OutputTersedia">The step's output document has been uploaded.</param>
/// <param name="PenugasanTertunda">Units attached to carry out part of the step that have not reported yet (names);
/// empty or null when none.</param>
internal sealed record KonteksTransisi(bool KelengkapanTersedia = false, bool OutputTersedia = false, IReadOnlyList<string>? PenugasanTertunda = null);

/// <summary>
/// A running SOP step: its state machine (Stateless), its deadline in HK and its pause ledger. Illegal transitions
/// throw <see cref="DomainException"/> (409) saying why, and change nothing.
/// </summary>
internal sealed class LangkahSop
{
    public const int BatasMendekatiHk = 2;
    private readonly List<PeriodeJeda> _jeda = [];
    private KonteksTransisi _konteks = new();

    public LangkahSop(Guid id, DefinisiSop sop, string kode)
    {
        ArgumentNullException.ThrowIfNull(sop);
        var definisi = sop.CariLangkah(kode);
        Id = id;
        Nomor = definisi.Nomor;
        Kode = definisi.Kode;
        Nama = definisi.Nama;
        Pelaksana = [.. definisi.Pelaksana];
        Output = definisi.Output;
        Kelengkapan = definisi.Kelengkapan;
        KelengkapanDari = [.. definisi.KelengkapanDari];
        WaktuHk = definisi.WaktuHk;
        TenggatKalender = definisi.TenggatKalender;
        BolehDilewati = sop.BolehDilewati(kode);
        Status = StatusLangkah.Menunggu;
    }

    private LangkahSop()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The SOP instance (activity) the step belongs to.</summary>
    public Guid InstansId { get; internal set; }

    public int Nomor { get; private set; }

    public string Kode { get; private set; } = string.Empty;

    public string Nama { get; private set; } = string.Empty;

    /// <summary>Roles that perform the step (copied from the SOP version the instance started with).</summary>
    public List<string> Pelaksana { get; private set; } = [];

    public string Output { get; private set; } = string.Empty;

    public string Kelengkapan { get; private set; } = string.Empty;

    /// <summary>Steps whose output is this step's Kelengkapan; empty = an external document uploaded to this step.</summary>
    public List<string> KelengkapanDari { get; private set; } = [];

    public int? WaktuHk { get; private set; }

    public TenggatKalender? TenggatKalender { get; private set; }

    public bool BolehDilewati { get; private set; }

    public StatusLangkah Status { get; private set; }

    public LocalDate? TanggalMulai { get; private set; }

    public LocalDate? JatuhTempo { get; private set; }

    /// <summary>The day the output was last submitted; an approved step counts as finished on that day.</summary>
    public LocalDate? TanggalDiajukan { get; private set; }

    public LocalDate? TanggalSelesai { get; private set; }

    /// <summary>For N/A steps: the date the user plans to finish.</summary>
    public LocalDate? RencanaSelesai { get; private set; }

    public string? AlasanTerakhir { get; private set; }

    public IReadOnlyList<PeriodeJeda> Jeda => _jeda;

    public bool Terbuka => Status is StatusLangkah.Berjalan or StatusLangkah.Dijeda or StatusLangkah.Diajukan or StatusLangkah.Dikembalikan;

    public IEnumerable<PemicuLangkah> PemicuTersedia(KonteksTransisi konteks)
    {
        _konteks = konteks;
        var mesin = Mesin();
        return Enum.GetValues<PemicuLangkah>().Where(p => mesin.CanFire(p)).ToList();
    }

    public void Mulai(LocalDate hariIni, KalenderHariKerja kalender, KonteksTransisi konteks)
    {
        Fire(PemicuLangkah.Mulai, konteks);
        TanggalMulai = hariIni;
        HitungUlangJatuhTempo(kalender);
    }

    public void JedaKan(LocalDate hariIni, string alasan, KonteksTransisi konteks)
    {
        WajibAlasan(alasan);
        Fire(PemicuLangkah.Jeda, konteks);
        _jeda.Add(new PeriodeJeda(hariIni, null, alasan.Trim()));
        AlasanTerakhir = alasan.Trim();
    }

    public void Lanjutkan(LocalDate hariIni, KalenderHariKerja kalender, KonteksTransisi konteks)
    {
        Fire(PemicuLangkah.Lanjutkan, konteks);
        var terbuka = _jeda[^1];
        _jeda[^1] = terbuka with { Selesai = hariIni < terbuka.Mulai ? terbuka.Mulai : hariIni };
        HitungUlangJatuhTempo(kalender);
    }

    public void Ajukan(LocalDate hariIni, KonteksTransisi konteks)
    {
        Fire(PemicuLangkah.Ajukan, konteks);
        TanggalDiajukan = hariIni;
    }

    public void Kembalikan(string alasan, KonteksTransisi konteks)
    {
        WajibAlasan(alasan);
        Fire(PemicuLangkah.Kembalikan, konteks);
        AlasanTerakhir = alasan.Trim();
    }

    public void Setujui(LocalDate hariIni, KonteksTransisi konteks)
    {
        Fire(PemicuLangkah.Setujui, konteks);
        TanggalSelesai = TanggalDiajukan is { } diajukan && diajukan <= hariIni ? diajukan : hariIni;
    }

    public void Lewati(string alasan, KonteksTransisi konteks)
    {
        WajibAlasan(alasan);
        Fire(PemicuLangkah.Lewati, konteks);
        AlasanTerakhir = alasan.Trim();
    }

    public void Batalkan(string alasan, KonteksTransisi konteks)
    {
        WajibAlasan(alasan);
        Fire(PemicuLangkah.Batalkan, konteks);
        AlasanTerakhir = alasan.Trim();
    }

    /// <summary>Words the output for this activity (e.g. SOP B step 3: a surat rekomendasi for OT/SK/Kosmetik).</summary>
    public void SesuaikanOutput(string output)
    {
        if (Status != StatusLangkah.Menunggu)
        {
            throw new DomainException($"Langkah {Kode} sudah dimulai; outputnya tidak dapat diubah.");
        }

        Output = string.IsNullOrWhiteSpace(output) ? Output : output.Trim();
    }

    /// <summary>Sets the planned finish date of a step without an HK deadline.</summary>
    public void TetapkanRencana(LocalDate? rencana)
    {
        if (WaktuHk is not null)
        {
            throw new DomainException($"Langkah {Kode} memiliki Mutu Baku {WaktuHk} HK; tanggal rencana hanya untuk langkah tanpa batas waktu.");
        }

        RencanaSelesai = rencana;
    }

    /// <summary>Due date = start + N HK + the working days spent paused (closed pauses), capped by a calendar
    /// deadline where the SOP sets one. Called on start, on resume and when the holiday calendar changes.</summary>
    public void HitungUlangJatuhTempo(KalenderHariKerja kalender)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        if (TanggalMulai is not { } mulai || WaktuHk is not { } hk)
        {
            JatuhTempo = null;
            return;
        }

        JatuhTempo = Batas(kalender, mulai, hk + HkDijeda(kalender, null));
    }

    /// <summary>The step's SLA on <paramref name="hariIni"/> (the performing unit's local date).</summary>
    public SlaLangkah Sla(LocalDate hariIni, KalenderHariKerja kalender)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        if (WaktuHk is not { } hk)
        {
            return new SlaLangkah(TanggalMulai is null ? StatusSla.BelumBerjalan : StatusSla.TanpaSla, null, null, null, null, RencanaSelesai);
        }

        if (TanggalMulai is not { } mulai || Status is StatusLangkah.Dilewati or StatusLangkah.Dibatalkan || JatuhTempo is null)
        {
            return new SlaLangkah(StatusSla.BelumBerjalan, hk, null, null, null, null);
        }

        if (Status == StatusLangkah.Selesai && TanggalSelesai is { } selesai)
        {
            var terpakaiSelesai = kalender.HitungHariKerja(mulai, selesai) - HkDijeda(kalender, selesai);
            var status = selesai <= JatuhTempo ? StatusSla.SelesaiTepatWaktu : StatusSla.SelesaiTerlambat;
            return new SlaLangkah(status, hk, terpakaiSelesai, hk - terpakaiSelesai, JatuhTempo, null);
        }

        // A submitted step is measured on the day it was submitted; the reviewer's time is not the performer's.
        if (Status == StatusLangkah.Diajukan && TanggalDiajukan is { } diajukan && diajukan < hariIni)
        {
            hariIni = diajukan;
        }

        // An ongoing pause keeps moving the due date until the step resumes.
        var jatuhTempo = Batas(kalender, mulai, hk + HkDijeda(kalender, hariIni));
        var terpakai = Math.Max(0, kalender.HitungHariKerja(mulai, hariIni) - HkDijeda(kalender, hariIni));
        var tersisa = kalender.HitungHariKerja(hariIni, jatuhTempo);
        var sla = hariIni > jatuhTempo ? StatusSla.Terlambat : tersisa <= BatasMendekatiHk ? StatusSla.MendekatiBatas : StatusSla.TepatWaktu;
        return new SlaLangkah(sla, hk, terpakai, tersisa, jatuhTempo, null);
    }

    /// <summary>Working days spent paused: each pause counts the working days in [mulai, selesai); an open pause
    /// counts up to <paramref name="sampai"/> (inclusive) or not at all when <paramref name="sampai"/> is null.</summary>
    private int HkDijeda(KalenderHariKerja kalender, LocalDate? sampai)
    {
        var total = 0;
        foreach (var jeda in _jeda)
        {
            var akhir = jeda.Selesai ?? sampai?.PlusDays(1);
            if (akhir is { } a && a > jeda.Mulai)
            {
                total += kalender.HitungHariKerja(jeda.Mulai.PlusDays(-1), a.PlusDays(-1));
            }
        }

        return total;
    }

    private LocalDate Batas(KalenderHariKerja kalender, LocalDate mulai, int hk)
    {
        var batas = kalender.TambahHariKerja(mulai, hk);
        if (TenggatKalender == Domain.TenggatKalender.HariKe10SetelahTriwulan)
        {
            var tenggat = HariKe10SetelahTriwulan(mulai);
            return tenggat < batas ? tenggat : batas;
        }

        return batas;
    }

    /// <summary>The report is for the quarter that contains (start − 10 days): started in the first ten days of a
    /// quarter, it reports the quarter just ended; it is due on the 10th day after that quarter ends.</summary>
    public static LocalDate HariKe10SetelahTriwulan(LocalDate mulai)
    {
        var acuan = mulai.PlusDays(-10);
        var bulanAkhirTriwulan = ((acuan.Month - 1) / 3 * 3) + 3;
        var awalTriwulanBerikut = new LocalDate(acuan.Year, bulanAkhirTriwulan, 1).PlusMonths(1);
        return awalTriwulanBerikut.PlusDays(9);
    }

    private static void WajibAlasan(string alasan)
    {
        if (string.IsNullOrWhiteSpace(alasan))
        {
            throw new DomainException("Alasan wajib diisi.");
        }
    }

    private void Fire(PemicuLangkah pemicu, KonteksTransisi konteks)
    {
        _konteks = konteks ?? throw new ArgumentNullException(nameof(konteks));
        Mesin().Fire(pemicu);
    }

    private StateMachine<StatusLangkah, PemicuLangkah> Mesin()
    {
        var m = new StateMachine<StatusLangkah, PemicuLangkah>(() => Status, s => Status = s);
        var kelengkapan = new Tuple<Func<bool>, string>(() => _konteks.KelengkapanTersedia, $"Kelengkapan belum ada: {Kelengkapan}.");
        var output = new Tuple<Func<bool>, string>(() => _konteks.OutputTersedia, $"Output \"{Output}\" belum diunggah.");
        var penugasan = new Tuple<Func<bool>, string>(
            () => _konteks.PenugasanTertunda is not { Count: > 0 },
            $"Menunggu laporan tindak lanjut dari: {string.Join(", ", _konteks.PenugasanTertunda ?? [])}.");
        var bolehLewat = new Tuple<Func<bool>, string>(() => BolehDilewati, $"Langkah {Kode} tidak boleh dilewati menurut SOP.");

        m.Configure(StatusLangkah.Menunggu)
            .PermitIf(PemicuLangkah.Mulai, StatusLangkah.Berjalan, kelengkapan)
            .PermitIf(PemicuLangkah.Lewati, StatusLangkah.Dilewati, bolehLewat)
            .Permit(PemicuLangkah.Batalkan, StatusLangkah.Dibatalkan);
        m.Configure(StatusLangkah.Berjalan)
            .PermitIf(PemicuLangkah.Ajukan, StatusLangkah.Diajukan, output, penugasan)
            .Permit(PemicuLangkah.Jeda, StatusLangkah.Dijeda)
            .PermitIf(PemicuLangkah.Lewati, StatusLangkah.Dilewati, bolehLewat)
            .Permit(PemicuLangkah.Batalkan, StatusLangkah.Dibatalkan);
        m.Configure(StatusLangkah.Dijeda)
            .Permit(PemicuLangkah.Lanjutkan, StatusLangkah.Berjalan)
            .Permit(PemicuLangkah.Batalkan, StatusLangkah.Dibatalkan);
        m.Configure(StatusLangkah.Diajukan)
            .PermitIf(PemicuLangkah.Setujui, StatusLangkah.Selesai, output)
            .Permit(PemicuLangkah.Kembalikan, StatusLangkah.Dikembalikan)
            .Permit(PemicuLangkah.Batalkan, StatusLangkah.Dibatalkan);
        m.Configure(StatusLangkah.Dikembalikan)
            .PermitIf(PemicuLangkah.Ajukan, StatusLangkah.Diajukan, output, penugasan)
            .Permit(PemicuLangkah.Batalkan, StatusLangkah.Dibatalkan);

        m.OnUnhandledTrigger((state, trigger, unmetGuards) => throw new DomainException(
            unmetGuards is { Count: > 0 }
                ? $"Tidak dapat {NamaAksi(trigger)} langkah {Kode}: {string.Join(" ", unmetGuards)}"
                : $"Tidak dapat {NamaAksi(trigger)} langkah {Kode} yang berstatus {state}."));
        return m;
    }

    private static string NamaAksi(PemicuLangkah pemicu) => pemicu switch
    {
        PemicuLangkah.Mulai => "memulai",
        PemicuLangkah.Jeda => "menjeda",
        PemicuLangkah.Lanjutkan => "melanjutkan",
        PemicuLangkah.Ajukan => "mengajukan",
        PemicuLangkah.Kembalikan => "mengembalikan",
        PemicuLangkah.Setujui => "menyetujui",
        PemicuLangkah.Lewati => "melewati",
        PemicuLangkah.Batalkan => "membatalkan",
        _ => pemicu.ToString(),
    };
}
