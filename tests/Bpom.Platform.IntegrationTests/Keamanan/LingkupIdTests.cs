using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Keamanan.OperasiOpenApi;

namespace Bpom.Platform.IntegrationTests.Keamanan;

/// <summary>
/// Issue 16, scope by id, generated from the OpenAPI document: the ids only Jambi's UPT can see (harvested from every
/// list it reads and the details those name, minus what Bengkulu's UPT sees) are tried on every operation with an id
/// in its path. A read Jambi gets 200 for must answer Bengkulu 403 or 404; a write by Bengkulu's UPT or its head, with
/// a body generated from the schema, must never succeed, and Jambi's records read exactly as before afterwards.
/// </summary>
public class LingkupIdTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly Dictionary<string, string> ContohQuery = new(StringComparer.Ordinal)
    {
        ["tahun"] = "2026", ["periode"] = "TW1", ["semester"] = "1", ["kodeSop"] = "POM-04.01-A", ["mulai"] = "2026-03-02", ["hk"] = "5", ["ukuran"] = "100",
    };

    /// <summary>Steps of each SOP that Jambi's activities are at (the engine's step codes).</summary>
    private static readonly string[] KodeLangkah = ["A1", "B1", "C1"];

    [Fact]
    public async Task Another_UPT_can_neither_read_nor_change_a_record_it_names_by_id()
    {
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.id", "Balai POM di Jambi");
        var jambiUnit = await api.UnitIdAsync("Balai POM di Jambi");
        await BuatDataJambiAsync(jambi);
        var operasi = await SemuaAsync(api);
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var kepalaBengkulu = await api.LoginAsync("kepala.bengkulu");

        // The ids each side can see: every list, then every detail the list names.
        var listJambi = await PanenDaftarAsync(jambi, operasi);
        var listBengkulu = await PanenDaftarAsync(bengkulu, operasi);
        var terlihatBengkulu = new HashSet<string>(listBengkulu, StringComparer.Ordinal);
        var lingkup = new Lingkup(listJambi.Where(i => !terlihatBengkulu.Contains(i)), jambiUnit);
        var bacaan = operasi.Where(o => o.Method == "GET" && o.PathParameter.Any(IdParameter)).ToList();
        var awal = await BacaSemuaAsync(jambi, bacaan, lingkup);

        // What the details name is Jambi's too (documents, businesses, communities), unless Bengkulu sees it as well.
        lingkup.Ids.UnionWith(awal.Values.Where(v => v[0] is '{' or '[').SelectMany(IdDi).Where(i => !terlihatBengkulu.Contains(i)).ToList());
        lingkup.Catat(awal);
        awal = await BacaSemuaAsync(jambi, bacaan, lingkup);
        lingkup.Catat(awal);
        Assert.True(lingkup.Ids.Count is >= 8 and <= 200, $"{lingkup.Ids.Count} ids of Jambi's own were found");
        var galat = new List<string>();

        // Reads: what Jambi reads, Bengkulu may not.
        foreach (var url in awal.Keys)
        {
            foreach (var (nama, klien) in new[] { ("UPT", bengkulu), ("KepalaUnit", kepalaBengkulu) })
            {
                var r = await klien.GetAsync(url);
                if (r.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    galat.Add($"GET {url} as Bengkulu's {nama}: {(int)r.StatusCode}");
                }
            }
        }

        // Writes: never a success, whatever the body.
        var ditolakLingkup = new HashSet<string>(StringComparer.Ordinal);
        var tulisan = operasi.Where(o => o.Method != "GET" && o.PathParameter.Any(IdParameter)).ToList();
        foreach (var o in tulisan)
        {
            foreach (var isi in Isian(o, lingkup))
            {
                foreach (var (nama, klien) in new[] { ("UPT", bengkulu), ("KepalaUnit", kepalaBengkulu) })
                {
                    using var req = new HttpRequestMessage(new HttpMethod(o.Method), Url(o, n => ContohQuery.GetValueOrDefault(n, "x"), isi))
                    {
                        Content = o.Method == "DELETE" ? null : Isi(o, isi.Values.First()),
                    };
                    var r = await klien.SendAsync(req);
                    if (r.IsSuccessStatusCode || (int)r.StatusCode >= 500)
                    {
                        galat.Add($"{o.Method} {req.RequestUri} as Bengkulu's {nama}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                    }
                    else if (r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                    {
                        ditolakLingkup.Add(o.Kunci);
                    }
                }
            }
        }

        // Nothing of Jambi's changed.
        var akhir = await BacaSemuaAsync(jambi, bacaan, lingkup);
        galat.AddRange(awal.Where(a => akhir.GetValueOrDefault(a.Key) != a.Value).Select(a => $"GET {a.Key} changed after Bengkulu's writes"));

        Assert.True(awal.Count >= 12, $"only {awal.Count} reads by id answered Jambi");
        Assert.True(ditolakLingkup.Count >= 20, $"only {ditolakLingkup.Count} writes by id reached the scope check (the rest were refused as input):\n{string.Join("\n", tulisan.Select(t => t.Kunci).Except(ditolakLingkup))}");
        Assert.True(galat.Count == 0, string.Join("\n", galat));
    }

    private static bool IdParameter(string nama) => nama == "id" || nama.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>An activity of each SOP run at Jambi with what hangs off it: a step document, businesses, communities.</summary>
    private static async Task BuatDataJambiAsync(HttpClient jambi)
    {
        var advokasi = await (await jambi.PostAsJsonAsync("/api/advokasi", SopUji.DataAdvokasi("RAHASIA-JAMBI-ID"))).JsonAsync(HttpStatusCode.Created);
        await SopUji.MulaiAsync(jambi, advokasi.GetProperty("instans").GetProperty("id").GetString()!, "A1");
        var pembinaan = await (await jambi.PostAsJsonAsync("/api/pembinaan", SopUji.DataPembinaan(
            "Pendampingan IRTP Jambi", "IRTP Jambi Lingkup", "8120009998887", "Jambi", "Kota Jambi", "2026-12-07", "2026-12-18"))).JsonAsync(HttpStatusCode.Created);
        await SopUji.MulaiAsync(jambi, pembinaan.GetProperty("instans").GetProperty("id").GetString()!, "B1");
        await (await jambi.PostAsJsonAsync("/api/pemberdayaan", new
        {
            judul = "Desa Pangan Aman Jambi",
            program = "DesaPanganAman",
            komunitas = new[] { new { jenis = "Desa", nama = "Desa Lingkup", provinsi = "Jambi", kabupatenKota = "Kota Jambi" } },
            bentuk = "PembentukanKaderKomunitas",
            kader = new[] { new { nama = "Kader Jambi", peran = "Kader", komunitas = "Desa Lingkup", kontak = (string?)null } },
            jumlahPeserta = 10,
            lokasi = "Balai Desa",
            tanggalRencanaMulai = "2026-12-07",
            tanggalRencanaSelesai = "2026-12-18",
            dasarKegiatan = "Rencana kerja",
        })).JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Every id-shaped value in the answers of the GETs without path parameters.</summary>
    private static async Task<HashSet<string>> PanenDaftarAsync(HttpClient klien, List<Operasi> operasi)
    {
        var hasil = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in operasi.Where(o => o.Method == "GET" && !o.PathParameter.Any()))
        {
            var q = string.Join("&", o.Query.Select(p => p["name"]!.GetValue<string>())
                .Where(n => ContohQuery.ContainsKey(n) || o.Query.Any(p => p["name"]!.GetValue<string>() == n && p["required"]?.GetValue<bool>() == true))
                .Select(n => $"{n}={ContohQuery.GetValueOrDefault(n, "x")}"));
            var r = await klien.GetAsync(q.Length == 0 ? o.Path : $"{o.Path}?{q}");
            if (r.IsSuccessStatusCode && r.Content.Headers.ContentType?.MediaType == "application/json")
            {
                hasil.UnionWith(IdDi(await r.Content.ReadAsStringAsync()));
            }
        }

        return hasil;
    }

    private static IEnumerable<string> IdDi(string json)
    {
        var simpul = new Stack<JsonNode?>([JsonNode.Parse(json)]);
        while (simpul.TryPop(out var n))
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (_, v) in o)
                    {
                        simpul.Push(v);
                    }

                    break;
                case JsonArray a:
                    foreach (var v in a)
                    {
                        simpul.Push(v);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _):
                    yield return s;
                    break;
            }
        }
    }

    /// <summary>What Jambi can see: its ids, and for each id the ids its own reads show (a recommendation under an
    /// activity), so that a route with two ids is tried with pairs that belong together.</summary>
    private sealed class Lingkup(IEnumerable<string> ids, string unit)
    {
        public HashSet<string> Ids { get; } = new(ids, StringComparer.Ordinal);

        public string Unit { get; } = unit;

        public Dictionary<string, HashSet<string>> Anak { get; } = new(StringComparer.Ordinal);

        public void Catat(IReadOnlyDictionary<string, string> bacaan)
        {
            foreach (var (url, isi) in bacaan.Where(b => b.Value[0] is '{' or '['))
            {
                foreach (var id in Ids.Where(i => url.Contains(i, StringComparison.Ordinal)))
                {
                    var anak = Anak.TryGetValue(id, out var a) ? a : Anak[id] = new HashSet<string>(StringComparer.Ordinal);
                    anak.UnionWith(IdDi(isi).Where(x => x != id && Ids.Contains(x)));
                }
            }
        }
    }

    /// <summary>The path values to try: the first id parameter takes every id of Jambi's (a <c>unitId</c> Jambi's
    /// unit), a second one the ids Jambi reads under the first; step codes every SOP's first step and actions every
    /// action.</summary>
    private static IEnumerable<Dictionary<string, string>> Isian(Operasi o, Lingkup lingkup)
    {
        IEnumerable<Dictionary<string, string>> hasil = [new Dictionary<string, string>(StringComparer.Ordinal)];
        string? induk = null;
        foreach (var p in o.Parameter.Where(p => p["in"]!.GetValue<string>() == "path"))
        {
            var nama = p["name"]!.GetValue<string>();
            var namaInduk = induk;
            Func<Dictionary<string, string>, IEnumerable<string>> nilai = nama switch
            {
                "unitId" => _ => [lingkup.Unit],
                _ when IdParameter(nama) && namaInduk is null => _ => lingkup.Ids,
                _ when IdParameter(nama) => h => lingkup.Anak.GetValueOrDefault(h[namaInduk!]) ?? [],
                "kode" => _ => KodeLangkah,
                "aksi" => _ => p["schema"]?["enum"]?.AsArray().Select(e => e!.GetValue<string>()) ?? ["Mulai", "Ajukan", "Setujui", "Kembalikan"],
                _ => _ => [],
            };
            if (IdParameter(nama) && nama != "unitId")
            {
                induk ??= nama;
            }

            if (nama is "unitId" or "kode" or "aksi" || IdParameter(nama))
            {
                hasil = hasil.SelectMany(h => nilai(h).Select(v => new Dictionary<string, string>(h, StringComparer.Ordinal) { [nama] = v })).ToList();
            }
        }

        return hasil.Where(h => h.Count > 0);
    }

    private static async Task<Dictionary<string, string>> BacaSemuaAsync(HttpClient jambi, List<Operasi> bacaan, Lingkup lingkup)
    {
        var hasil = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in bacaan)
        {
            foreach (var isi in Isian(o, lingkup))
            {
                var url = Url(o, n => ContohQuery.GetValueOrDefault(n, "x"), isi);
                var r = await jambi.GetAsync(url);
                if (r.StatusCode == HttpStatusCode.OK)
                {
                    // A stored file is compared by its bytes; a document generated on each read (its own timestamp
                    // inside) only by being there — its data is in the JSON reads.
                    hasil[url] = r.Content.Headers.ContentType?.MediaType == "application/json" ? await r.Content.ReadAsStringAsync()
                        : await HashAsync(r) is var hash && hash == await HashAsync(await jambi.GetAsync(url)) ? hash : "dibuat-saat-dibaca";
                }
            }
        }

        return hasil;
    }

    private static async Task<string> HashAsync(HttpResponseMessage r) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(await r.Content.ReadAsByteArrayAsync()));

    /// <summary>A body built from the operation's schema: every property with a plausible value (ids are Jambi's).</summary>
    private static HttpContent Isi(Operasi o, string id)
    {
        if (o.Jenis == "multipart/form-data")
        {
            var form = new MultipartFormDataContent();
            foreach (var (nama, skema) in o.Body?["properties"]?.AsObject() ?? [])
            {
                if (skema?["format"]?.GetValue<string>() == "binary")
                {
                    var berkas = new ByteArrayContent(SopUji.Pdf("lingkup"));
                    berkas.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                    form.Add(berkas, nama, "lingkup.pdf");
                }
                else
                {
                    form.Add(new StringContent(Contoh(skema!, id)?.ToString() ?? "x"), nama);
                }
            }

            return form;
        }

        return new StringContent(o.Body is null ? "{}" : Contoh(o.Body, id)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
    }

    private static JsonNode? Contoh(JsonNode skema, string id, int kedalaman = 0) =>
        skema["enum"] is JsonArray e && e.Count > 0 ? e[0]!.DeepClone()
        : kedalaman > 4 ? null
        : skema["format"]?.GetValue<string>() switch
        {
            "date" => JsonValue.Create("2026-12-09"),
            "date-time" => JsonValue.Create("2026-12-09T03:00:00Z"),
            "uuid" => JsonValue.Create(id),
            _ => Tipe(skema) switch
            {
                "integer" or "number" => JsonValue.Create(1),
                "boolean" => JsonValue.Create(false),
                "array" when skema["items"] is { } items => new JsonArray(Contoh(items, id, kedalaman + 1)),
                "object" => new JsonObject((skema["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(p.Key, Contoh(p.Value!, id, kedalaman + 1)))),
                _ => JsonValue.Create("Uji lingkup"),
            },
        };
}
