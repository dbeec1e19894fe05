using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Bpom.Platform.Modules.Sop.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Nasional;

/// <summary>What playing one activity forward produced.</summary>
internal sealed class HasilSimulasi
{
    public List<InstansSop> Instans { get; } = [];

    public List<PenugasanLangkah> Penugasan { get; } = [];

    public List<CatatanAudit> Audit { get; } = [];

    public List<DokumenSop> Dokumen { get; } = [];

    public List<BerkasNasional> Berkas { get; } = [];
}

/// <summary>
/// Plays an activity of the national dataset forward through the real domain, from its creation to today: step 1's
/// Kelengkapan, start, output, submission and approval of each step on working days drawn around its Mutu Baku
/// (some late, some paused, some returned once), routed units reporting and acknowledging, some activities cancelled,
/// some stalled on a step (never submitted or never approved), recent ones still running. Every transition is audited as the
/// application would; the run's position follows the domain, and past sweeps are played so only today's rungs are due.
/// </summary>
internal sealed class SimulasiKegiatan(DataNasional data, IReadOnlyDictionary<string, DefinisiSop> definisi, KalenderHariKerja kalender)
{
    private static readonly KonteksTransisi Lengkap = new(KelengkapanTersedia: true, OutputTersedia: true);
    private readonly Dictionary<Guid, UnitNasional> _unit = data.Unit.ToDictionary(u => u.Id);
    private readonly PenggunaNasional? _ppsdm = data.Pengguna.FirstOrDefault(p => p.Peran.Contains("Ppsdm"));
    private readonly PenggunaNasional? _pimpinan = data.Pengguna.FirstOrDefault(p => p.Peran.Contains("Pimpinan"));

    public void Jalankan(KegiatanNasional k, HasilSimulasi hasil)
    {
        var unit = _unit[k.UnitId];
        var zona = ZonaWaktuUnit.Dari(unit.ZonaWaktu);
        var hariIni = data.Sekarang.InZone(zona).Date;
        var acak = data.Acak($"sop/{k.InstansId:N}");
        Instant Pukul(LocalDate hari) => hari.At(new LocalTime(8 + acak.Next(8), acak.Next(60))).InZoneLeniently(zona).ToInstant();

        var sop = definisi[k.KodeSop];
        var staf = data.Staf(k.UnitId);
        var kepala = data.Kepala(k.UnitId);
        var dibuat = Pukul(k.Mulai);
        var i = new InstansSop(k.InstansId, sop, k.Modul, k.ReferensiId, k.Judul, k.UnitId, unit.ZonaWaktu, k.Tahun, dibuat, k.OlehId);
        i.Indeks(k.Judul, k.Indeks.TanggalAcuan, k.Indeks.Teks, k.Indeks.Atribut, dibuat);
        i.AturUnitTerlibat(k.Penugasan.Select(p => p.UnitId));
        foreach (var (kode, teks) in k.Output ?? new Dictionary<string, string>())
        {
            i.CariLangkah(kode).SesuaikanOutput(teks);
        }

        var rute = k.Penugasan.Where(p => p.UnitId != k.UnitId)
            .Select((p, n) => new PenugasanLangkah(data.Id($"{i.Id:N}/penugasan/{n}"), i.Id, p.LangkahKode, p.UnitId, p.Jenis, p.Keterangan)).ToList();
        Audit(i, null, "Dibuat", null, nameof(StatusInstans.Berjalan), null, $"{sop.Kode} versi {sop.Versi}: {k.Judul}", staf, dibuat);

        var umur = data.TahunAkhir - k.Tahun;
        var peluangMacet = Math.Clamp(data.Opsi.Terbuka * 1.8 * (1 - (umur / (double)data.Opsi.Tahun)), 0, 0.9);
        var langkah = i.Langkah;
        int? macetDi = acak.NextDouble() < peluangMacet ? acak.Next(langkah.Count) : null;
        var macetDiajukan = acak.NextDouble() < 0.2;
        int? batalDi = acak.NextDouble() < 0.03 ? acak.Next(langkah.Count) : null;

        var t = k.Mulai;
        Unggah(i, langkah[0], JenisDokumen.Kelengkapan, "dasar-kegiatan.pdf", staf, Pukul(t), hasil);
        for (var n = 0; n < langkah.Count && i.Status == StatusInstans.Berjalan && t <= hariIni; n++)
        {
            var l = langkah[n];
            if (i.LangkahAktif?.Kode != l.Kode)
            {
                continue;
            }

            var pelaksana = Pelaksana(l, staf);
            if (batalDi == n)
            {
                var pada = kalender.TambahHariKerja(t, 1 + acak.Next(5));
                if (pada <= hariIni)
                {
                    var alasan = "Kegiatan dibatalkan: anggaran dialihkan.";
                    foreach (var p in i.Batalkan(alasan, Pukul(pada)))
                    {
                        Audit(i, p.Langkah.Kode, p.Aksi, p.Dari.ToString(), p.Ke.ToString(), alasan, null, kepala, Pukul(pada));
                    }

                    Audit(i, null, "KegiatanDibatalkan", nameof(StatusInstans.Berjalan), nameof(StatusInstans.Dibatalkan), alasan, null, kepala, Pukul(pada));
                }

                break;
            }

            if (l.Status == StatusLangkah.Menunggu)
            {
                if (l.BolehDilewati && acak.NextDouble() < 0.3)
                {
                    Transisi(i, l.Kode, PemicuLangkah.Lewati, Pukul(t), "Pelatihan tidak dilanjutkan dengan sertifikasi.", pelaksana);
                    continue;
                }

                Transisi(i, l.Kode, PemicuLangkah.Mulai, Pukul(t), null, pelaksana);
            }

            var hk = l.WaktuHk ?? (5 + acak.Next(25));
            var faktor = acak.NextDouble() < 0.12 ? 1.05 + (acak.NextDouble() * 0.75) : 0.35 + (acak.NextDouble() * 0.65);
            var durasi = Math.Max(1, (int)Math.Round(hk * faktor));
            if (macetDi == n && !macetDiajukan)
            {
                break; // stalled: started, never submitted
            }

            if (acak.NextDouble() < 0.04)
            {
                var jeda = kalender.TambahHariKerja(t, Math.Max(1, durasi / 3));
                var lama = 2 + acak.Next(7);
                if (jeda > hariIni)
                {
                    break;
                }

                Transisi(i, l.Kode, PemicuLangkah.Jeda, Pukul(jeda), "Menunggu konfirmasi jadwal dari mitra.", pelaksana);
                var lanjut = kalender.TambahHariKerja(jeda, lama);
                if (lanjut > hariIni)
                {
                    break;
                }

                Transisi(i, l.Kode, PemicuLangkah.Lanjutkan, Pukul(lanjut), null, pelaksana);
                durasi += lama;
            }

            var ajukan = kalender.TambahHariKerja(t, durasi);
            if (ajukan > hariIni)
            {
                break;
            }

            foreach (var r in rute.Where(r => r.LangkahKode == l.Kode && r.Jenis == JenisPenugasan.Pelaksana))
            {
                r.Selesaikan(Pukul(ajukan), data.Staf(r.UnitId)?.Id ?? Guid.Empty, data.Staf(r.UnitId)?.Username ?? "sistem", "Tindak lanjut telah dilaksanakan.");
                Audit(i, l.Kode, "PenugasanSelesai", null, nameof(JenisPenugasan.Pelaksana), null, "Laporan tindak lanjut unit.", data.Staf(r.UnitId), Pukul(ajukan));
            }

            var versi = 1;
            Unggah(i, l, JenisDokumen.Output, $"output-{l.Kode.ToLowerInvariant()}.pdf", pelaksana, Pukul(ajukan), hasil, versi);
            Transisi(i, l.Kode, PemicuLangkah.Ajukan, Pukul(ajukan), null, pelaksana);
            if (macetDi == n)
            {
                break; // stalled: submitted, never approved
            }

            var setujui = kalender.TambahHariKerja(ajukan, acak.Next(3));
            if (setujui > hariIni)
            {
                break;
            }

            if (acak.NextDouble() < 0.08)
            {
                Transisi(i, l.Kode, PemicuLangkah.Kembalikan, Pukul(setujui), "Lampiran belum lengkap.", kepala);
                var ulang = kalender.TambahHariKerja(setujui, 1 + acak.Next(4));
                if (ulang > hariIni)
                {
                    break;
                }

                Unggah(i, l, JenisDokumen.Output, $"output-{l.Kode.ToLowerInvariant()}.pdf", pelaksana, Pukul(ulang), hasil, ++versi);
                Transisi(i, l.Kode, PemicuLangkah.Ajukan, Pukul(ulang), null, pelaksana);
                setujui = kalender.TambahHariKerja(ulang, acak.Next(3));
                if (setujui > hariIni)
                {
                    break;
                }
            }

            Transisi(i, l.Kode, PemicuLangkah.Setujui, Pukul(setujui), null, kepala);
            foreach (var r in rute.Where(r => r.LangkahKode == l.Kode && r.Jenis == JenisPenugasan.Penerima))
            {
                var terima = setujui.PlusDays(acak.Next(10));
                if (terima <= hariIni && acak.NextDouble() < 0.95)
                {
                    r.Selesaikan(Pukul(terima), data.Staf(r.UnitId)?.Id ?? Guid.Empty, data.Staf(r.UnitId)?.Username ?? "sistem", null);
                }
            }

            if (i.Status == StatusInstans.Selesai)
            {
                Audit(i, null, "KegiatanSelesai", nameof(StatusInstans.Berjalan), nameof(StatusInstans.Selesai), null, null, kepala, Pukul(setujui));
            }

            t = setujui;
        }

        i.PerbaruiPosisi(kalender, data.Sekarang, paksa: true);
        SapuanLalu(i, hariIni.AtStartOfDayInZone(zona).ToInstant());
        hasil.Instans.Add(i);
        hasil.Penugasan.AddRange(rute);

        void Transisi(InstansSop instans, string kode, PemicuLangkah pemicu, Instant pada, string? alasan, PenggunaNasional? oleh)
        {
            foreach (var p in instans.Jalankan(kode, pemicu, pada, kalender, _ => Lengkap, alasan))
            {
                var keterangan = p.Langkah.JatuhTempo is { } jt && p.Ke == StatusLangkah.Berjalan ? $"Jatuh tempo {jt:yyyy-MM-dd} ({p.Langkah.WaktuHk} HK)" : null;
                Audit(instans, p.Langkah.Kode, p.Aksi, p.Dari.ToString(), p.Ke.ToString(), p.Aksi == "MulaiOtomatis" ? null : alasan, keterangan, oleh, pada);
            }
        }

        void Audit(InstansSop instans, string? kode, string aksi, string? dari, string? ke, string? alasan, string? keterangan, PenggunaNasional? oleh, Instant pada) =>
            hasil.Audit.Add(new CatatanAudit(
                Guid.CreateVersion7(pada.ToDateTimeOffset()), instans.Id, kode, aksi, dari, ke, alasan, keterangan, oleh?.Id, oleh?.Username ?? "sistem",
                oleh?.UnitId, pada));

        void Unggah(InstansSop instans, LangkahSop l, JenisDokumen jenis, string nama, PenggunaNasional? oleh, Instant pada, HasilSimulasi h, int versi = 1)
        {
            var nomor = h.Dokumen.Count;
            var berkasId = data.Id($"{instans.Id:N}/berkas/{nomor}");
            h.Berkas.Add(new BerkasNasional(berkasId, "Sop", nama, pada));
            var dokumen = new DokumenSop(
                data.Id($"{instans.Id:N}/dokumen/{nomor}"), berkasId, instans.Id, l.Kode, jenis, versi, nama, BerkasNasional.JenisKonten, BerkasNasional.Ukuran(berkasId),
                BerkasNasional.Sha256(berkasId), oleh?.Id ?? Guid.Empty, oleh?.Username ?? "sistem", pada);
            h.Dokumen.Add(dokumen);
            Audit(instans, l.Kode, "UnggahDokumen", null, null, null, $"{jenis} v{versi}: {nama} ({dokumen.Ukuran} bita, SHA-256 {dokumen.Sha256})", oleh, pada);
        }
    }

    /// <summary>The sweeps of the past: rungs that fell due before today (the unit's day) were sent then; only today's
    /// remain due.</summary>
    private static void SapuanLalu(InstansSop i, Instant awalHariIni)
    {
        for (var n = 0; n < 3 && i.TenggatPada is { } pada && pada < awalHariIni && i.TenggatRung is { } rung; n++)
        {
            i.MajukanTenggat(rung);
        }
    }

    private PenggunaNasional? Pelaksana(LangkahSop l, PenggunaNasional? staf) =>
        l.Pelaksana.Contains("Ppsdm") ? _ppsdm : l.Pelaksana.Contains("Pimpinan") ? _pimpinan : staf;
}
