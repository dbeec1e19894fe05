using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Keamanan.OperasiOpenApi;

namespace Bpom.Platform.IntegrationTests.Keamanan;

/// <summary>
/// Issue 16.8, generated from the OpenAPI document so that a new operation cannot slip through:
/// <list type="bullet">
/// <item>the authorization matrix: every operation × anonymous and every role (one demo account each), the outcome
/// class (401, 403 or passed the role gate) compared with <c>matriks-otorisasi.json</c> — an operation without an
/// entry, or an outcome that differs, fails; no combination may answer 5xx;</item>
/// <item>bad input: every JSON body property and query parameter sent as NUL text, an over-long text, the wrong type
/// and injection strings — never a 5xx; NUL and wrong types are 400 ProblemDetails.</item>
/// </list>
/// Regenerate the table after a deliberate change with <c>BPOM_PERBARUI_MATRIKS=1</c> and review its diff.
/// </summary>
public class OpenApiKeamananTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly (string Nama, string? Username)[] Peran =
    [
        ("Anonim", null), ("Upt", "upt.bengkulu"), ("KepalaUnit", "kepala.bengkulu"), ("UnitKerjaPusat", "pusat.advokasi"),
        ("Ppsdm", "ppsdm"), ("Pimpinan", "pimpinan"), ("Admin", "admin"),
    ];

    private static readonly string BerkasMatriks = Path.Combine(AppContext.BaseDirectory, "Keamanan", "matriks-otorisasi.json");

    private static string Kelas(HttpStatusCode s) => s switch
    {
        HttpStatusCode.Unauthorized => "401",
        HttpStatusCode.Forbidden => "403",
        _ => "ok",
    };

    [Fact]
    public async Task Every_operation_answers_every_role_as_the_table_says_and_never_with_a_5xx()
    {
        var operasi = await OperasiOpenApi.SemuaAsync(api);
        var klien = new Dictionary<string, HttpClient>();
        foreach (var (nama, username) in Peran)
        {
            klien[nama] = username is null ? api.CreateClient() : await api.LoginAsync(username);
        }

        var hasil = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var galat = new List<string>();
        // Logout ends the session it is sent with: last.
        foreach (var o in operasi.OrderBy(o => o.Path == "/api/auth/logout"))
        {
            var baris = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (nama, _) in Peran)
            {
                using var req = Permintaan(o, Url(o), "{}");
                var r = await klien[nama].SendAsync(req);
                if ((int)r.StatusCode >= 500)
                {
                    galat.Add($"{o.Kunci} as {nama}: {(int)r.StatusCode}");
                }

                baris[nama] = Kelas(r.StatusCode);
            }

            hasil[o.Kunci] = baris;
        }

        Assert.True(galat.Count == 0, "5xx answers:\n" + string.Join("\n", galat));
        var teks = JsonSerializer.Serialize(hasil, new JsonSerializerOptions { WriteIndented = true });
        if (Environment.GetEnvironmentVariable("BPOM_PERBARUI_MATRIKS") == "1")
        {
            var sumber = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Keamanan", "matriks-otorisasi.json");
            await File.WriteAllTextAsync(sumber, teks + "\n");
        }

        var tabel = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(await File.ReadAllTextAsync(BerkasMatriks))!;
        var tanpaEntri = hasil.Keys.Where(k => !tabel.ContainsKey(k)).ToList();
        Assert.True(tanpaEntri.Count == 0, "Operations without an entry in matriks-otorisasi.json (add one, reviewed):\n" + string.Join("\n", tanpaEntri));
        var beda = hasil.SelectMany(h => h.Value.Where(v => tabel[h.Key].GetValueOrDefault(v.Key) != v.Value)
            .Select(v => $"{h.Key} as {v.Key}: expected {tabel[h.Key].GetValueOrDefault(v.Key)}, got {v.Value}")).ToList();
        Assert.True(beda.Count == 0, "Authorization differs from the table:\n" + string.Join("\n", beda));

        // The table itself keeps the rules that matter: anonymous reaches only the public operations, and only Admin
        // reaches user management.
        Assert.All(tabel.Where(t => !Publik(t.Key)), t => Assert.Equal("401", t.Value["Anonim"]));
        Assert.All(tabel.Where(t => t.Key.Contains(" /api/pengguna", StringComparison.Ordinal)), t =>
            Assert.All(t.Value.Where(v => v.Key is not ("Admin" or "Anonim")), v => Assert.Equal("403", v.Value)));
    }

    private static bool Publik(string kunci) =>
        kunci is "POST /api/auth/login" or "POST /api/auth/refresh" || kunci.StartsWith("GET /api/verifikasi", StringComparison.Ordinal)
        || kunci.StartsWith("GET /api/fasilitator/sertifikat/", StringComparison.Ordinal)
        || kunci.StartsWith("GET /api/fasilitator/qr-sertifikat/", StringComparison.Ordinal)
        || kunci == "GET /api/kalender/feed/{token}.ics"; // the secret token in the address is the credential

    public static readonly string[] Racun = ["' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "😀𝔘ñí©ødé"];

    [Fact]
    public async Task Bad_values_in_every_body_property_and_query_parameter_are_4xx_never_5xx()
    {
        var admin = await api.LoginAsync("admin");
        var galat = new List<string>();
        foreach (var o in (await OperasiOpenApi.SemuaAsync(api)).Where(o => o.Path != "/api/auth/logout"))
        {
            var varian = new List<(string Apa, string Url, string Json, bool Wajib400)>();
            if (o.Body?["properties"]?.AsObject() is { } props)
            {
                foreach (var (nama, skema) in props)
                {
                    var tipe = skema?["type"]?.GetValue<string>() ?? (skema?["$ref"] is not null ? "object" : "string");
                    varian.Add(($"{nama}=NUL", Url(o), new JsonObject { [nama] = "a\u0000b" }.ToJsonString(), true));
                    varian.Add(($"{nama}=panjang", Url(o), new JsonObject { [nama] = new string('x', 100_000) }.ToJsonString(), false));
                    varian.Add(($"{nama}=salah-tipe", Url(o), new JsonObject { [nama] = tipe is "string" ? JsonValue.Create(12345) : JsonValue.Create("bukan-" + tipe) }.ToJsonString(), tipe is "integer" or "number" or "boolean" or "array"));
                    varian.AddRange(Racun.Select(r => ($"{nama}=racun", Url(o), new JsonObject { [nama] = r }.ToJsonString(), false)));
                }
            }

            foreach (var p in o.Parameter.Where(p => p["in"]!.GetValue<string>() == "query"))
            {
                var nama = p["name"]!.GetValue<string>();
                var dasar = Url(o, n => n == nama ? "%00" : Contoh(o.Parameter.First(x => x["name"]!.GetValue<string>() == n)["schema"]));
                var url = dasar.Contains(nama + "=", StringComparison.Ordinal) ? dasar : $"{dasar}{(dasar.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{nama}=%00";
                varian.Add(($"?{nama}=NUL", url, "{}", true));
                varian.Add(($"?{nama}=panjang", url.Replace("%00", new string('x', 5000), StringComparison.Ordinal), "{}", false));
                varian.AddRange(Racun.Select(r => ($"?{nama}=racun", url.Replace("%00", Uri.EscapeDataString(r), StringComparison.Ordinal), "{}", false)));
            }

            foreach (var (apa, url, json, wajib400) in varian)
            {
                using var req = Permintaan(o, url, json);
                var r = await admin.SendAsync(req);
                if ((int)r.StatusCode >= 500 || (wajib400 && r.StatusCode != HttpStatusCode.BadRequest))
                {
                    galat.Add($"{o.Kunci} {apa}: {(int)r.StatusCode}");
                }
            }
        }

        Assert.True(galat.Count == 0, string.Join("\n", galat));
    }

    /// <summary>Sample values that make each list's required parameters valid (so a refusal is about scope, not input).</summary>
    private static readonly Dictionary<string, string> ContohParameter = new(StringComparer.Ordinal)
    {
        ["tahun"] = "2026", ["periode"] = "TW1", ["semester"] = "1", ["kodeSop"] = "POM-04.01-A", ["mulai"] = "2026-03-02", ["hk"] = "5",
    };

    [Fact]
    public async Task Every_read_filtered_by_unit_keeps_a_UPT_to_its_own_units()
    {
        // Another UPT (Jambi) with an activity whose title marks its data; Bengkulu's UPT asks for Jambi's unit.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.lingkup", "Balai POM di Jambi");
        var jambiId = await api.UnitIdAsync("Balai POM di Jambi");
        const string penanda = "RAHASIA-JAMBI-LINGKUP";
        await (await jambi.PostAsJsonAsync("/api/advokasi", SopUji.DataAdvokasi(penanda))).JsonAsync(HttpStatusCode.Created);
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var galat = new List<string>();
        var diperiksa = 0;
        foreach (var o in (await OperasiOpenApi.SemuaAsync(api)).Where(o => o.Method == "GET" && o.Parameter.Any(p => p["name"]!.GetValue<string>() == "unitId")))
        {
            if (o.Path is "/api/kalender/hari-kerja/jatuh-tempo" or "/api/pengguna")
            {
                continue; // a unit's time zone is public; user management is Admin-only (the role matrix)
            }

            var q = string.Join("&", o.Parameter.Where(p => p["in"]!.GetValue<string>() == "query" && (p["required"]?.GetValue<bool>() == true || ContohParameter.ContainsKey(p["name"]!.GetValue<string>())))
                .Select(p => p["name"]!.GetValue<string>()).Where(n => n != "unitId").Select(n => $"{n}={ContohParameter.GetValueOrDefault(n, "x")}"));
            var url = $"{o.Path}?unitId={jambiId}{(q.Length > 0 ? "&" + q : string.Empty)}";

            // The unit's own staff may ask (the request is well formed and their role passes) …
            var milik = await jambi.GetAsync(url);
            if (milik.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden || (int)milik.StatusCode >= 500)
            {
                galat.Add($"{o.Kunci} as Jambi's own UPT: {(int)milik.StatusCode} {await milik.Content.ReadAsStringAsync()}");
                continue;
            }

            // … another UPT gets 403/404, or an answer without any of that unit's data.
            diperiksa++;
            var r = await bengkulu.GetAsync(url);
            if (r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                continue;
            }

            var bocor = r.Content.Headers.ContentType?.MediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                ? (await MiniExcelLibs.MiniExcel.QueryAsync(await r.Content.ReadAsStreamAsync(), useHeaderRow: true)).Any()
                : (await r.Content.ReadAsStringAsync()) is var teks && (teks.Contains(penanda, StringComparison.Ordinal) || teks.Contains("Balai POM di Jambi", StringComparison.Ordinal));
            if (r.StatusCode != HttpStatusCode.OK || bocor)
            {
                galat.Add($"{o.Kunci} as Bengkulu's UPT for Jambi: {(int)r.StatusCode}{(bocor ? ", Jambi's data in the answer" : string.Empty)}");
            }
        }

        Assert.True(diperiksa >= 20, $"only {diperiksa} unit-filtered reads were checked");
        Assert.True(galat.Count == 0, string.Join("\n", galat));
    }

    [Fact]
    public async Task A_koordinator_Balai_reads_its_Lokas_through_every_unit_filtered_read_as_the_Loka_does()
    {
        var loka = await api.LoginAsync("loka.rejanglebong");
        var lokaId = await api.UnitIdAsync("Loka POM di Kabupaten Rejang Lebong");
        var koordinator = await api.LoginAsync("upt.bengkulu");
        var galat = new List<string>();
        var diperiksa = 0;
        foreach (var o in (await OperasiOpenApi.SemuaAsync(api)).Where(o => o.Method == "GET" && o.Parameter.Any(p => p["name"]!.GetValue<string>() == "unitId")))
        {
            if (o.Path is "/api/kalender/hari-kerja/jatuh-tempo" or "/api/pengguna")
            {
                continue;
            }

            var q = string.Join("&", o.Parameter.Where(p => p["in"]!.GetValue<string>() == "query" && (p["required"]?.GetValue<bool>() == true || ContohParameter.ContainsKey(p["name"]!.GetValue<string>())))
                .Select(p => p["name"]!.GetValue<string>()).Where(n => n != "unitId").Select(n => $"{n}={ContohParameter.GetValueOrDefault(n, "x")}"));
            var url = $"{o.Path}?unitId={lokaId}{(q.Length > 0 ? "&" + q : string.Empty)}";
            var milik = (await loka.GetAsync(url)).StatusCode;
            var baca = (await koordinator.GetAsync(url)).StatusCode;
            diperiksa += milik == HttpStatusCode.OK ? 1 : 0;
            if (milik != baca)
            {
                galat.Add($"{o.Kunci}: the Loka gets {(int)milik}, its koordinator {(int)baca}");
            }
        }

        Assert.True(diperiksa >= 15, $"only {diperiksa} unit-filtered reads answered the Loka itself");
        Assert.True(galat.Count == 0, string.Join("\n", galat));
    }

    /// <summary>Values no field of this domain has a use for: dates before 2000 or after 2100, negative counts, years,
    /// pages and amounts, and numbers beyond any plausible size.</summary>
    private static readonly string[] TanggalMustahil = ["1899-12-31", "2101-01-01"];

    private static readonly JsonNode[] AngkaMustahil = [JsonValue.Create(-1), JsonValue.Create(1_000_000_000_000_000m)];

    /// <summary>Every implausible value of a schema, top-level and nested (objects and array items alike), each as
    /// the whole body that carries it and the field name validation must give it (<c>isian[0].nilai</c>).</summary>
    private static IEnumerable<(string Nama, JsonNode Nilai)> Mustahil(JsonNode skema, int kedalaman = 0)
    {
        if (kedalaman > 10)
        {
            yield break;
        }

        if (skema["format"]?.GetValue<string>() == "date")
        {
            foreach (var t in TanggalMustahil)
            {
                yield return (string.Empty, JsonValue.Create(t));
            }
        }
        else if (Tipe(skema) is "integer" or "number")
        {
            foreach (var a in AngkaMustahil)
            {
                yield return (string.Empty, a.DeepClone());
            }
        }
        else if (Tipe(skema) == "array" && skema["items"] is { } items)
        {
            foreach (var (nama, nilai) in Mustahil(items, kedalaman + 1))
            {
                yield return ("[0]" + nama, new JsonArray(nilai));
            }
        }
        else if (skema["additionalProperties"] is JsonObject nilaiPeta)
        {
            // A map (targets per period): the field is the map itself.
            foreach (var (_, nilai) in Mustahil(nilaiPeta, kedalaman + 1).Where(m => m.Nama.Length == 0))
            {
                yield return (string.Empty, new JsonObject { ["TW1"] = nilai });
            }
        }
        else if (skema["properties"] is JsonObject props)
        {
            foreach (var (anak, skemaAnak) in props)
            {
                foreach (var (nama, nilai) in Mustahil(skemaAnak!, kedalaman + 1))
                {
                    yield return ((kedalaman == 0 ? anak : "." + anak) + nama, new JsonObject { [anak] = nilai });
                }
            }
        }
    }

    [Fact]
    public async Task Implausible_dates_and_numbers_in_every_body_property_and_query_parameter_are_400_naming_the_field()
    {
        var admin = await api.LoginAsync("admin");
        var galat = new List<string>();
        foreach (var o in (await OperasiOpenApi.SemuaAsync(api)).Where(o => o.Path != "/api/auth/logout"))
        {
            var varian = new List<(string Nama, string Url, string Json)>();
            if (o.Body is not null)
            {
                varian.AddRange(Mustahil(o.Body).Select(m => (m.Nama, Url(o), m.Nilai.ToJsonString())));
            }

            foreach (var p in o.Parameter.Where(p => p["in"]!.GetValue<string>() == "query"))
            {
                var nama = p["name"]!.GetValue<string>();
                var nilai = p["schema"]?["format"]?.GetValue<string>() == "date" ? TanggalMustahil : Tipe(p["schema"]) is "integer" or "number" ? ["-1"] : [];
                foreach (var n in nilai)
                {
                    var dasar = Url(o, x => x == nama ? n : Contoh(o.Parameter.First(y => y["name"]!.GetValue<string>() == x)["schema"]));
                    varian.Add(($"?{nama}", dasar.Contains(nama + "=", StringComparison.Ordinal) ? dasar : $"{dasar}{(dasar.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{nama}={n}", "{}"));
                }
            }

            foreach (var (nama, url, json) in varian)
            {
                using var req = Permintaan(o, url, json);
                var r = await admin.SendAsync(req);
                var teks = await r.Content.ReadAsStringAsync();
                var kunci = nama.TrimStart('?');
                var dinamai = r.StatusCode == HttpStatusCode.BadRequest && JsonNode.Parse(teks)?["errors"]?.AsObject() is { } errors
                    && errors.Any(e => e.Key.Equals(kunci, StringComparison.OrdinalIgnoreCase) || e.Key.EndsWith("." + kunci, StringComparison.OrdinalIgnoreCase));
                if (!dinamai)
                {
                    galat.Add($"{o.Kunci} {nama} = {(json == "{}" ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..] : json)}: {(int)r.StatusCode}");
                }
            }
        }

        Assert.True(galat.Count == 0, "Implausible values not refused by name:\n" + string.Join("\n", galat));
    }
}
