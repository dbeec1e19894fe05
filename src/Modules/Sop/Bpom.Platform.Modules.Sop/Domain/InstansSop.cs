using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>What happened to a step, for the audit trail and the integration events.</summary>
/// <param name="Langkah">The step.</param>
/// <param name="Dari">Its state before.</param>
/// <param name="Ke">Its state after.</param>
/// <param name="Aksi">The action (Mulai, Ajukan, … or an automatic start).</param>
internal sealed record PerubahanLangkah(LangkahSop Langkah, StatusLangkah Dari, StatusLangkah Ke, string Aksi);

/// <summary>
/// One run of an SOP for one activity (a Kegiatan Advokasi, a Pembinaan, …): the activity steps of the SOP version it
/// started with (yearly-cycle steps are not part of an activity), performed by one unit in that unit's time zone.
/// Only the current step (the first one not finished) moves; approving a step starts the next one the same day,
/// its Kelengkapan being the output just approved.
/// </summary>
internal sealed class InstansSop
{
    private readonly List<LangkahSop> _langkah = [];

    public InstansSop(
        Guid id, DefinisiSop sop, string modul, Guid referensiId, string judul, Guid unitId, string zonaWaktu, int tahun,
        Instant dibuatPada, Guid dibuatOlehId, IReadOnlyList<string>? langkah = null, Guid? penyetujuUnitId = null, Guid? dasarRekomendasiId = null)
    {
        ArgumentNullException.ThrowIfNull(sop);
        PenyetujuUnitId = penyetujuUnitId == unitId ? null : penyetujuUnitId;
        DasarRekomendasiId = dasarRekomendasiId;
        Id = id;
        KodeSop = sop.Kode;
        VersiSop = sop.Versi;
        Modul = modul;
        ReferensiId = referensiId;
        Judul = judul;
        UnitId = unitId;
        ZonaWaktu = zonaWaktu;
        Tahun = tahun;
        DibuatPada = dibuatPada;
        DiubahPada = dibuatPada;
        DibuatOlehId = dibuatOlehId;
        Status = StatusInstans.Berjalan;
        var dipilih = langkah is null
            ? sop.Langkah.Where(l => !l.SiklusTahunan).ToList()
            : langkah.Select(sop.CariLangkah).DistinctBy(l => l.Kode).ToList();
        if (dipilih.Count == 0)
        {
            throw new DomainException("Kegiatan tanpa langkah.");
        }

        foreach (var definisi in dipilih.OrderBy(l => l.Nomor))
        {
            _langkah.Add(new LangkahSop(Guid.CreateVersion7(), sop, definisi.Kode) { InstansId = id });
        }

        TanggalAcuan = HariIni(dibuatPada);
        TeksCari = TeksPencarian(judul, null);
        PerbaruiPosisi(null, dibuatPada);
    }

    private InstansSop()
    {
    }

    public Guid Id { get; private set; }

    public string KodeSop { get; private set; } = string.Empty;

    public int VersiSop { get; private set; }

    /// <summary>The SOP module that owns the activity (Advokasi, Pembinaan, …).</summary>
    public string Modul { get; private set; } = string.Empty;

    /// <summary>The activity's id in its module.</summary>
    public Guid ReferensiId { get; private set; }

    public string Judul { get; private set; } = string.Empty;

    /// <summary>The performing unit; its time zone decides "today" for deadlines.</summary>
    public Guid UnitId { get; private set; }

    public string ZonaWaktu { get; private set; } = "Asia/Jakarta";

    public int Tahun { get; private set; }

    public StatusInstans Status { get; private set; }

    public Instant DibuatPada { get; private set; }

    public Guid DibuatOlehId { get; private set; }

    /// <summary>Bumped by every change so concurrent edits of one activity are detected.</summary>
    public Instant DiubahPada { get; private set; }

    public Instant? SelesaiPada { get; private set; }

    /// <summary>The unit whose head approves or returns outputs instead of the performing unit's (a Loka's annual
    /// report: its koordinator Balai); null = the performing unit.</summary>
    public Guid? PenyetujuUnitId { get; private set; }

    /// <summary>The previous year's recommendation the activity is planned on (its first step's Kelengkapan).</summary>
    public Guid? DasarRekomendasiId { get; private set; }

    /// <summary>Units other than the performing one that steps are routed to (they read the activity).</summary>
    public List<Guid> UnitTerlibat { get; private set; } = [];

    // Where the run stands, kept with every change so lists, the inbox and the sweep filter, sort and page in SQL
    // without loading steps. The steps stay the truth; these follow them (PerbaruiPosisi).

    /// <summary>The current step's code (null when the run is finished or cancelled).</summary>
    public string? AktifKode { get; private set; }

    public string? AktifNama { get; private set; }

    public StatusLangkah? AktifStatus { get; private set; }

    /// <summary>Roles performing the current step.</summary>
    public List<string> AktifPelaksana { get; private set; } = [];

    /// <summary>The current step's due date, or its planned date when it has no HK deadline (the inbox's order).</summary>
    public LocalDate? AktifJatuhTempo { get; private set; }

    /// <summary>From when the current step counts as overdue; null when it is not (or cannot become) overdue in its
    /// present state.</summary>
    public Instant? TerlambatSejak { get; private set; }

    /// <summary>When the sweep should next look at the current step, and the rung it expects then.</summary>
    public Instant? TenggatPada { get; private set; }

    public string? TenggatRung { get; private set; }

    /// <summary>Version of the position rules the columns were computed with (0 = not yet: filled at start-up).</summary>
    public int PosisiVersi { get; private set; }

    // How the owning module lists the activity (its search index): sort date, search text and its filters.

    /// <summary>The date lists sort by, newest first (a planned start, a registration start).</summary>
    public LocalDate TanggalAcuan { get; private set; }

    /// <summary>Lower-case text the list's search looks in (title and what the module adds).</summary>
    public string TeksCari { get; private set; } = string.Empty;

    /// <summary>The module's filter values as a JSON object of strings (jsonb).</summary>
    public string Atribut { get; private set; } = "{}";

    /// <summary>When the module last gave its list data; null for runs created before the module did.</summary>
    public Instant? DiindeksPada { get; private set; }

    public IReadOnlyList<LangkahSop> Langkah => _langkah.OrderBy(l => l.Nomor).ToList();

    /// <summary>The first step that is neither finished, skipped nor cancelled; null when the activity is done.</summary>
    public LangkahSop? LangkahAktif => Status == StatusInstans.Berjalan
        ? _langkah.Where(l => l.Status is not (StatusLangkah.Selesai or StatusLangkah.Dilewati or StatusLangkah.Dibatalkan))
            .MinBy(l => l.Nomor)
        : null;

    public LangkahSop CariLangkah(string kode) =>
        _langkah.SingleOrDefault(l => string.Equals(l.Kode, kode, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Langkah {kode} tidak ada pada kegiatan ini.");

    /// <summary>Today in the performing unit's time zone.</summary>
    public LocalDate HariIni(Instant sekarang) => sekarang.InZone(Zona()).Date;

    /// <summary>Today in the time zone <paramref name="zonaWaktu"/> (a run read without its steps).</summary>
    public static LocalDate HariIni(Instant sekarang, string zonaWaktu) =>
        sekarang.InZone(ZonaWaktuUnit.Dari(zonaWaktu)).Date;

    /// <summary>Fires <paramref name="pemicu"/> on step <paramref name="kode"/>. Approving completes the step and
    /// starts the next one (or completes the activity).</summary>
    /// <param name="kode">Step code.</param>
    /// <param name="pemicu">Action.</param>
    /// <param name="sekarang">Now.</param>
    /// <param name="kalender">Working-day calendar.</param>
    /// <param name="konteks">Document facts for each step code.</param>
    /// <param name="alasan">Reason (required to pause, return, skip).</param>
    /// <returns>Every step that changed state, in order.</returns>
    public IReadOnlyList<PerubahanLangkah> Jalankan(
        string kode, PemicuLangkah pemicu, Instant sekarang, KalenderHariKerja kalender, Func<LangkahSop, KonteksTransisi> konteks, string? alasan)
    {
        ArgumentNullException.ThrowIfNull(konteks);
        if (pemicu == PemicuLangkah.Batalkan)
        {
            throw new DomainException("Gunakan pembatalan kegiatan untuk membatalkan langkah.");
        }

        var langkah = LangkahYangBisaDikerjakan(kode);
        var hariIni = HariIni(sekarang);
        var dari = langkah.Status;
        var ctx = konteks(langkah);
        switch (pemicu)
        {
            case PemicuLangkah.Mulai:
                langkah.Mulai(hariIni, kalender, ctx);
                break;
            case PemicuLangkah.Jeda:
                langkah.JedaKan(hariIni, alasan ?? string.Empty, ctx);
                break;
            case PemicuLangkah.Lanjutkan:
                langkah.Lanjutkan(hariIni, kalender, ctx);
                break;
            case PemicuLangkah.Ajukan:
                langkah.Ajukan(hariIni, ctx);
                break;
            case PemicuLangkah.Kembalikan:
                langkah.Kembalikan(alasan ?? string.Empty, ctx);
                break;
            case PemicuLangkah.Setujui:
                langkah.Setujui(hariIni, ctx);
                break;
            case PemicuLangkah.Lewati:
                langkah.Lewati(alasan ?? string.Empty, ctx);
                break;
            default:
                throw new DomainException($"Aksi {pemicu} tidak dikenal.");
        }

        DiubahPada = sekarang;
        var hasil = new List<PerubahanLangkah> { new(langkah, dari, langkah.Status, pemicu.ToString()) };
        LanjutkanSetelah(pemicu, hasil, hariIni, kalender, konteks, sekarang);
        PerbaruiPosisi(kalender, sekarang);
        return hasil;
    }

    /// <summary>After an approval or a skip: start the next step when its Kelengkapan is there, or finish the run.</summary>
    private void LanjutkanSetelah(
        PemicuLangkah pemicu, List<PerubahanLangkah> hasil, LocalDate hariIni, KalenderHariKerja kalender, Func<LangkahSop, KonteksTransisi> konteks,
        Instant sekarang)
    {
        if (pemicu is PemicuLangkah.Setujui or PemicuLangkah.Lewati)
        {
            if (LangkahAktif is { } berikut)
            {
                var konteksBerikut = konteks(berikut);
                if (pemicu == PemicuLangkah.Setujui && berikut.Status == StatusLangkah.Menunggu && konteksBerikut.KelengkapanTersedia)
                {
                    berikut.Mulai(hariIni, kalender, konteksBerikut);
                    hasil.Add(new PerubahanLangkah(berikut, StatusLangkah.Menunggu, berikut.Status, "MulaiOtomatis"));
                }
            }
            else
            {
                Status = StatusInstans.Selesai;
                SelesaiPada = sekarang;
            }
        }
    }

    /// <summary>Sets the planned finish date of an N/A step.</summary>
    public LangkahSop TetapkanRencana(string kode, LocalDate? rencana, Instant sekarang)
    {
        var langkah = LangkahYangBisaDikerjakan(kode);
        langkah.TetapkanRencana(rencana);
        DiubahPada = sekarang;
        PerbaruiPosisi(null, sekarang);
        return langkah;
    }

    /// <summary>Cancels the activity: every step not finished is cancelled with the reason.</summary>
    public IReadOnlyList<PerubahanLangkah> Batalkan(string alasan, Instant sekarang)
    {
        if (Status != StatusInstans.Berjalan)
        {
            throw new DomainException($"Kegiatan sudah {Status.ToString().ToLowerInvariant()}; tidak dapat dibatalkan.");
        }

        var hasil = new List<PerubahanLangkah>();
        foreach (var langkah in _langkah.Where(l => l.Status is not (StatusLangkah.Selesai or StatusLangkah.Dilewati)).OrderBy(l => l.Nomor))
        {
            var dari = langkah.Status;
            langkah.Batalkan(alasan, new KonteksTransisi());
            hasil.Add(new PerubahanLangkah(langkah, dari, langkah.Status, nameof(PemicuLangkah.Batalkan)));
        }

        Status = StatusInstans.Dibatalkan;
        DiubahPada = sekarang;
        PerbaruiPosisi(null, sekarang);
        return hasil;
    }

    /// <summary>Recomputes the due dates of open steps (the calendar changed); returns the steps whose date moved,
    /// with the old date.</summary>
    public IReadOnlyList<(LangkahSop Langkah, LocalDate? Lama)> HitungUlangJatuhTempo(KalenderHariKerja kalender, Instant sekarang)
    {
        var berubah = new List<(LangkahSop, LocalDate?)>();
        foreach (var langkah in _langkah.Where(l => l.Terbuka))
        {
            var lama = langkah.JatuhTempo;
            langkah.HitungUlangJatuhTempo(kalender);
            if (lama != langkah.JatuhTempo)
            {
                berubah.Add((langkah, lama));
            }
        }

        if (berubah.Count > 0)
        {
            DiubahPada = sekarang;
        }

        PerbaruiPosisi(kalender, sekarang, paksa: berubah.Count > 0);
        return berubah;
    }

    /// <summary>Follows a change of the activity's title in its module.</summary>
    public void UbahJudul(string judul)
    {
        Judul = judul.Trim();
        TeksCari = TeksPencarian(Judul, TeksCari);
    }

    /// <summary>Records the units the activity's steps are routed to.</summary>
    public void AturUnitTerlibat(IEnumerable<Guid> unit) => UnitTerlibat = [.. unit.Where(u => u != UnitId).Distinct().Order()];

    /// <summary>Takes the owning module's list data: title, sort date, search text and filter values.</summary>
    public void Indeks(string judul, LocalDate tanggalAcuan, string? teks, IReadOnlyDictionary<string, string>? atribut, Instant sekarang)
    {
        Judul = judul.Trim();
        TanggalAcuan = tanggalAcuan;
        TeksCari = TeksPencarian(Judul, teks);
        Atribut = AtributJson(atribut);
        DiindeksPada = sekarang;
    }

    /// <summary>The JSON object stored for the module's filter values (keys sorted, so equal values store alike).</summary>
    public static string AtributJson(IReadOnlyDictionary<string, string>? atribut) =>
        atribut is not { Count: > 0 }
            ? "{}"
            : System.Text.Json.JsonSerializer.Serialize(new SortedDictionary<string, string>(atribut.ToDictionary(), StringComparer.Ordinal));

    private static string TeksPencarian(string judul, string? tambahan)
    {
        var teks = string.IsNullOrWhiteSpace(tambahan) ? judul : $"{judul} {tambahan}";
        return teks.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Recomputes where the run stands (current step, its due date, when it is overdue, when the sweep should look
    /// next). The sweep's next rung is kept while the current step and its due date stay the same, so a rung already
    /// sent is not queued again; <paramref name="paksa"/> recomputes it anyway (a calendar change).
    /// </summary>
    public void PerbaruiPosisi(KalenderHariKerja? kalender, Instant sekarang, bool paksa = false)
    {
        var aktif = LangkahAktif;
        var sama = aktif?.Kode == AktifKode && aktif?.JatuhTempo == AktifJatuhTempo && TenggatRung is not null && !paksa;
        AktifKode = aktif?.Kode;
        AktifNama = aktif?.Nama;
        AktifStatus = aktif?.Status;
        AktifPelaksana = aktif is null ? [] : [.. aktif.Pelaksana];
        AktifJatuhTempo = aktif is null ? null : aktif.JatuhTempo ?? aktif.RencanaSelesai;
        var zona = Zona();
        var hariIni = sekarang.InZone(zona).Date;
        TerlambatSejak = aktif switch
        {
            { WaktuHk: not null, JatuhTempo: { } jt, Status: StatusLangkah.Berjalan or StatusLangkah.Dikembalikan } =>
                jt.PlusDays(1).AtStartOfDayInZone(zona).ToInstant(),
            { WaktuHk: not null, Status: StatusLangkah.Diajukan or StatusLangkah.Dijeda } when kalender is not null
                && aktif.Sla(hariIni, kalender).Status == StatusSla.Terlambat => sekarang,
            _ => null,
        };
        if (aktif is { WaktuHk: not null, JatuhTempo: { } jatuhTempo, Status: StatusLangkah.Berjalan or StatusLangkah.Dikembalikan })
        {
            if (!sama)
            {
                if (kalender is null)
                {
                    throw new InvalidOperationException("Kalender hari kerja diperlukan untuk menjadwalkan tenggat.");
                }

                var (rung, hari) = JadwalTenggat.Berikutnya(hariIni, jatuhTempo, kalender);
                TenggatRung = rung;
                TenggatPada = hari.AtStartOfDayInZone(zona).ToInstant();
            }
        }
        else
        {
            TenggatRung = null;
            TenggatPada = null;
        }

        PosisiVersi = VersiPosisi;
    }

    /// <summary>The sweep handled <paramref name="rung"/> of the current step: look again at the next one.</summary>
    public void MajukanTenggat(string rung)
    {
        if (AktifJatuhTempo is not { } jatuhTempo || TenggatRung is null)
        {
            return;
        }

        var berikut = JadwalTenggat.Setelah(rung, jatuhTempo);
        TenggatRung = berikut?.Rung;
        TenggatPada = berikut?.Hari.AtStartOfDayInZone(Zona()).ToInstant();
    }

    /// <summary>The rules version <see cref="PosisiVersi"/> records; raise it when the position's meaning changes
    /// so start-up recomputes stored runs.</summary>
    public const int VersiPosisi = 1;

    private DateTimeZone Zona() => ZonaWaktuUnit.Dari(ZonaWaktu);

    /// <summary>Marks the activity changed (a document upload, a recommendation edit) for concurrency.</summary>
    public void Sentuh(Instant sekarang) => DiubahPada = sekarang;

    private LangkahSop LangkahYangBisaDikerjakan(string kode)
    {
        if (Status != StatusInstans.Berjalan)
        {
            throw new DomainException($"Kegiatan sudah {(Status == StatusInstans.Selesai ? "selesai" : "dibatalkan")}; langkahnya tidak dapat diubah.");
        }

        var langkah = CariLangkah(kode);
        var aktif = LangkahAktif!;
        if (langkah.Nomor > aktif.Nomor)
        {
            throw new DomainException($"Langkah {langkah.Kode} belum dapat dikerjakan: selesaikan langkah {aktif.Kode} ({aktif.Nama}) terlebih dahulu.");
        }

        if (langkah.Nomor < aktif.Nomor)
        {
            throw new DomainException($"Langkah {langkah.Kode} sudah {langkah.Status.ToString().ToLowerInvariant()}; tidak dapat diubah lagi.");
        }

        return langkah;
    }
}
