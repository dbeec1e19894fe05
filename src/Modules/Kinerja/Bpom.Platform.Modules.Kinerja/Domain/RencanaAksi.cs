using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>Where a recommendation came from.</summary>
internal enum SumberRekomendasi
{
    Skm = 1,
    Advokasi = 2,
    Pembinaan = 3,
    Audit = 4,
    Lainnya = 5,
}

/// <summary>Open until closed with signed-off evidence.</summary>
internal enum StatusRencanaAksi
{
    Open = 1,
    Close = 2,
}

/// <summary>
/// A recommendation and the unit's action plan for it (rencana aksi / tindak lanjut). Evidence (data dukung) must be
/// signed off by the unit head before the item can close; the semester recap counts the plans judged
/// "sesuai rekomendasi".
/// </summary>
internal sealed class RencanaAksi
{
    private RencanaAksi()
    {
    }

    public RencanaAksi(
        Guid unitId, int tahun, int semester, SumberRekomendasi sumber, string nomorRekomendasi, string rekomendasi, Instant pada, string oleh, string? unsur = null)
    {
        Unsur = unsur;
        Id = Guid.NewGuid();
        UnitId = unitId;
        Tahun = tahun;
        Semester = semester;
        Sumber = sumber;
        NomorRekomendasi = nomorRekomendasi;
        Rekomendasi = rekomendasi;
        Status = StatusRencanaAksi.Open;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    /// <summary>Monitoring semester, 1 or 2.</summary>
    public int Semester { get; private set; }

    public SumberRekomendasi Sumber { get; private set; }

    public string NomorRekomendasi { get; private set; } = string.Empty;

    public string Rekomendasi { get; private set; } = string.Empty;

    public string? Rencana { get; private set; }

    /// <summary>The SKM element (U1–U9) a recommendation from an SKM addresses; null for other sources.</summary>
    public string? Unsur { get; private set; }

    /// <summary>The condition before the action (kondisi sebelum).</summary>
    public string? KondisiSebelum { get; private set; }

    /// <summary>The condition after it (kondisi sesudah), as reported.</summary>
    public string? KondisiSesudah { get; private set; }

    public LocalDate? BatasWaktu { get; private set; }

    public string? Catatan { get; private set; }

    /// <summary>The reviewer's judgement: does the plan match the recommendation? Null = not yet judged.</summary>
    public bool? SesuaiRekomendasi { get; private set; }

    public StatusRencanaAksi Status { get; private set; }

    public List<Guid> Bukti { get; private set; } = [];

    public string? BuktiDisahkanOleh { get; private set; }

    public Instant? BuktiDisahkanPada { get; private set; }

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    public void IsiRencana(
        string rencana, LocalDate? batasWaktu, string? catatan, IReadOnlyList<Guid> bukti, Instant pada, string oleh, string? kondisiSebelum = null, string? kondisiSesudah = null)
    {
        PastikanTerbuka();
        KondisiSebelum = kondisiSebelum;
        KondisiSesudah = kondisiSesudah;
        var buktiBerubah = !Bukti.SequenceEqual(bukti);
        Rencana = rencana;
        BatasWaktu = batasWaktu;
        Catatan = catatan;
        Bukti = [.. bukti];
        if (buktiBerubah)
        {
            // New evidence needs a new sign-off.
            BuktiDisahkanOleh = null;
            BuktiDisahkanPada = null;
        }

        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    public void Nilai(bool sesuai, string? catatan, Instant pada, string oleh)
    {
        SesuaiRekomendasi = sesuai;
        if (!string.IsNullOrWhiteSpace(catatan))
        {
            Catatan = catatan;
        }

        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    public void SahkanBukti(Instant pada, string oleh)
    {
        PastikanTerbuka();
        if (Bukti.Count == 0)
        {
            throw new DomainException("Belum ada data dukung untuk disahkan.");
        }

        BuktiDisahkanOleh = oleh;
        BuktiDisahkanPada = pada;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    /// <summary>Closes the item: needs a plan and evidence signed off by the unit head.</summary>
    public void Tutup(Instant pada, string oleh)
    {
        PastikanTerbuka();
        if (string.IsNullOrWhiteSpace(Rencana))
        {
            throw new DomainException("Rencana aksi belum diisi.");
        }

        if (BuktiDisahkanPada is null)
        {
            throw new DomainException("Data dukung belum ada atau belum disahkan kepala unit.");
        }

        Status = StatusRencanaAksi.Close;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    private void PastikanTerbuka()
    {
        if (Status == StatusRencanaAksi.Close)
        {
            throw new DomainException("Rencana aksi sudah ditutup.");
        }
    }
}
