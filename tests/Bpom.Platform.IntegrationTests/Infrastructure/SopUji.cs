using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Bpom.Platform.IntegrationTests.Infrastructure;

/// <summary>REST helpers for walking SOP activities in tests.</summary>
public static class SopUji
{
    /// <summary>A valid Kegiatan Advokasi body (planned 7–8 December 2026 unless told otherwise).</summary>
    public static object DataAdvokasi(string judul, string mulai = "2026-12-07", string selesai = "2026-12-08") => new
    {
        judul,
        topik = "PJAS",
        komoditas = "PanganOlahan",
        pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Pemda" } },
        bentuk = "Fgd",
        lokasi = "Bengkulu",
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = selesai,
        dasarKegiatan = "Disposisi",
    };

    /// <summary>A valid Kegiatan Pembinaan body: mentoring one business (<paramref name="usaha"/>, NIB
    /// <paramref name="nib"/>) in <paramref name="provinsi"/>.</summary>
    public static object DataPembinaan(string judul, string usaha, string nib, string provinsi, string kabupatenKota, string mulai, string selesai) => new
    {
        judul,
        asal = "InisiatifUpt",
        dasarKegiatan = "Rencana 2026",
        komoditas = "PanganOlahan",
        fungsi = "Fasilitator",
        bentuk = "Pendampingan",
        jumlahPeserta = 5,
        lokasi = provinsi,
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = selesai,
        sasaran = new[] { new { nama = usaha, jenis = "PelakuUsaha", nib, umkm = true, irtp = true, provinsi, kabupatenKota } },
    };

    public static byte[] Pdf(string isi) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {isi}\n%%EOF\n");

    public static async Task<HttpResponseMessage> UnggahAsync(HttpClient client, string instansId, string kode, string jenis, string nama, byte[] isi)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(jenis), "jenis");
        var file = new ByteArrayContent(isi);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "berkas", nama);
        return await client.PostAsync($"/api/sop/instans/{instansId}/langkah/{kode}/dokumen", form);
    }

    public static Task<HttpResponseMessage> AksiAsync(HttpClient client, string instansId, string kode, string aksi, string? alasan = null) =>
        client.PostAsJsonAsync($"/api/sop/instans/{instansId}/langkah/{kode}/{aksi}", new { alasan });

    public static JsonElement Langkah(JsonElement instans, string kode) =>
        instans.GetProperty("langkah").EnumerateArray().Single(l => l.GetProperty("kode").GetString() == kode);

    public static (string? Status, string? JatuhTempo, string Sla) Keadaan(JsonElement instans, string kode)
    {
        var l = Langkah(instans, kode);
        return (l.GetProperty("status").GetString(), l.GetProperty("jatuhTempo").ValueKind == JsonValueKind.Null ? null : l.GetProperty("jatuhTempo").GetString(),
            l.GetProperty("sla").GetProperty("status").GetString()!);
    }

    public static async Task<JsonElement> InstansAsync(HttpClient client, string iid) =>
        await (await client.GetAsync($"/api/sop/instans/{iid}")).JsonAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> AuditAsync(HttpClient client, string iid) =>
        await (await client.GetAsync($"/api/sop/instans/{iid}/audit")).JsonAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> NotifikasiAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/notifikasi?batas=200")).JsonAsync(HttpStatusCode.OK)).GetProperty("item");

    /// <summary>The first page of the user's inbox (its <c>item</c> array).</summary>
    public static async Task<JsonElement> TugasAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/tugas-saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("item");

    /// <summary>Uploads the step's output, submits it (performer) and approves it (head): the step is finished on the
    /// submission day; returns the activity after approval.</summary>
    public static async Task<JsonElement> SelesaikanLangkahAsync(HttpClient pelaksana, HttpClient kepala, string iid, string kode)
    {
        await (await UnggahAsync(pelaksana, iid, kode, "Output", $"{kode}.pdf", Pdf(kode))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(pelaksana, iid, kode, "Ajukan")).JsonAsync(HttpStatusCode.OK);
        return await (await AksiAsync(kepala, iid, kode, "Setujui")).JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Uploads the step 1 Kelengkapan and starts step 1.</summary>
    public static async Task<JsonElement> MulaiAsync(HttpClient pelaksana, string iid, string kode)
    {
        await (await UnggahAsync(pelaksana, iid, kode, "Kelengkapan", "dasar.pdf", Pdf("dasar"))).JsonAsync(HttpStatusCode.Created);
        return await (await AksiAsync(pelaksana, iid, kode, "Mulai")).JsonAsync(HttpStatusCode.OK);
    }
}
