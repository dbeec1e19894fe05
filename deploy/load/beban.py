#!/usr/bin/env python3
"""Load test of Bpom.Platform over a national dataset (run by deploy/load/run.sh).

Logs in as users of several roles and units, drives reads with wrk (inbox, lists with filters and search, detail,
audit, Kinerja dashboards and comparison, registries, recaps, the HK calculator) at each concurrency, writes with
threads (creates and step transitions, checking nothing was lost or duplicated), measures `pgbench -S` and
`/health/live` in the same run as floors, samples the API's RSS throughout, and writes a JSON report and the
Markdown table of docs/performance.md.
"""
import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import threading
import time
import urllib.parse
from datetime import date

SANDI = "Bpom#2026dev"


class Api:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.host, self.port = u.hostname, u.port or 80

    def panggil(self, metode, jalur, token=None, isi=None, jenis="application/json"):
        c = http.client.HTTPConnection(self.host, self.port, timeout=120)
        kepala = {"Accept": "application/json"}
        if token:
            kepala["Authorization"] = f"Bearer {token}"
        data = None
        if isi is not None:
            data = isi if isinstance(isi, bytes) else json.dumps(isi).encode()
            kepala["Content-Type"] = jenis
        c.request(metode, jalur, body=data, headers=kepala)
        r = c.getresponse()
        badan = r.read()
        c.close()
        return r.status, (json.loads(badan) if badan and r.getheader("Content-Type", "").find("json") >= 0 else badan)

    def masuk(self, pengguna):
        s, b = self.panggil("POST", "/api/auth/login", isi={"username": pengguna, "password": SANDI})
        if s != 200:
            raise SystemExit(f"login {pengguna}: {s} {b}")
        return b["accessToken"]


class Rss(threading.Thread):
    """Samples VmRSS of a process every 0.2 s; keeps the peak and the last value."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.puncak, self.akhir, self.berhenti = pid, 0, 0, False

    def run(self):
        while not self.berhenti:
            try:
                with open(f"/proc/{self.pid}/status") as f:
                    for baris in f:
                        if baris.startswith("VmRSS:"):
                            self.akhir = int(baris.split()[1]) // 1024
                            self.puncak = max(self.puncak, self.akhir)
            except FileNotFoundError:
                return
            time.sleep(0.2)


def wrk(url, jalur, token, c, durasi, skrip):
    env = dict(os.environ, BEBAN_TOKEN=token or "")
    t = min(2, c)
    hasil = subprocess.run(
        ["wrk", f"-t{t}", f"-c{c}", f"-d{durasi}s", "--timeout", "30s", "-s", skrip, url.rstrip("/") + jalur],
        capture_output=True, text=True, env=env, check=False)
    baris = [b for b in hasil.stdout.splitlines() if b.startswith("{")]
    if not baris:
        raise SystemExit(f"wrk {jalur}: {hasil.stdout} {hasil.stderr}")
    r = json.loads(baris[-1])
    r["rps"] = r["permintaan"] / (r["durasi_us"] / 1e6)
    r["galat"] = sum(r[k] for k in ("galat_status", "galat_koneksi", "galat_baca", "galat_tulis", "galat_waktu"))
    return r


# pgbench holds one server connection per client: with the API's pools (25) beside it, more would exceed the
# cluster's max_connections (100).
PGBENCH_MAKS = 60


def pgbench(pg, c, durasi):
    c = min(c, PGBENCH_MAKS)
    env = dict(os.environ, PGPASSWORD=pg["sandi"])
    args = ["pgbench", "-h", pg["host"], "-p", str(pg["port"]), "-U", pg["user"], "-S", "-n", "-c", str(c), "-j", str(min(2, c)),
            "-T", str(durasi), pg["db"]]
    hasil = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    m = re.search(r"tps = ([0-9.]+)", hasil.stdout)
    if not m:
        raise SystemExit(f"pgbench: {hasil.stdout} {hasil.stderr}")
    lat = re.search(r"latency average = ([0-9.]+) ms", hasil.stdout)
    return {"rps": float(m.group(1)), "p50": float(lat.group(1)) if lat else None, "p95": None, "p99": None, "galat": 0, "klien": c}


def hitung_sql(pg, sql):
    """One number from the database (lists cap their count at 1,000; the write checks need the exact one)."""
    env = dict(os.environ, PGPASSWORD=pg["sandi"])
    hasil = subprocess.run(["psql", "-h", pg["host"], "-p", str(pg["port"]), "-U", pg["user"], "-d", pg["db"], "-tAc", sql],
                           capture_output=True, text=True, env=env, check=True)
    return int(hasil.stdout.strip())


def tulis_paralel(api, token, c, durasi, kerja):
    """c threads run kerja(i) until durasi passes (kerja returns False to stop a thread); returns latencies and errors."""
    lat, galat, kunci, akhir = [], [0], threading.Lock(), time.time() + durasi
    urutan = iter(range(10**9))

    def jalan():
        while time.time() < akhir:
            with kunci:
                i = next(urutan)
            mulai = time.perf_counter()
            ok = kerja(i)
            if ok is None:
                return
            with kunci:
                lat.append((time.perf_counter() - mulai) * 1000)
                if not ok:
                    galat[0] += 1

    ts = [threading.Thread(target=jalan) for _ in range(c)]
    t0 = time.time()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    lama = time.time() - t0
    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] if lat else None
    return {"permintaan": len(lat), "rps": len(lat) / lama, "p50": q(0.5), "p95": q(0.95), "p99": q(0.99), "galat": galat[0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:5090")
    ap.add_argument("--pid", type=int, default=0)
    ap.add_argument("--sekali", action="store_true", help="call each read once and stop (deploy/load/explain.sh)")
    ap.add_argument("--durasi", type=int, default=10)
    ap.add_argument("--konkurensi", default="1,50,200")
    ap.add_argument("--pg", help="host:port:user:password:db for pgbench -S")
    ap.add_argument("--keluaran")
    ap.add_argument("--skrip", default=os.path.join(os.path.dirname(__file__), "wrk-hasil.lua"))
    ap.add_argument("--sapuan", help="the sweep's log lines (from jalankan-job) to put in the report")
    ap.add_argument("--markdown", help="a Markdown file whose section between the beban markers gets the result tables")
    a = ap.parse_args()
    if not a.sekali and not (a.pg and a.keluaran and a.pid):
        ap.error("--pid, --pg and --keluaran are required for a load run")
    pg = None
    if a.pg:
        h, p, u, s, d = a.pg.split(":", 4)
        pg = {"host": h, "port": int(p), "user": u, "sandi": s, "db": d}
    api = Api(a.url)
    rss = Rss(a.pid)
    rss.start()
    awal_rss = 0
    time.sleep(0.5)
    awal_rss = rss.akhir

    tok = {n: api.masuk(n) for n in ["upt.bengkulu", "kepala.bengkulu", "admin", "pusat.perencanaan", "pimpinan", "pusat.pmpu.pangan", "loka.rejanglebong"]}
    _, saya = api.panggil("GET", "/api/auth/saya", tok["upt.bengkulu"])
    unit_bengkulu = saya["unitId"]
    tahun = date.today().year
    _, daftar = api.panggil("GET", "/api/advokasi?halaman=1&ukuran=1", tok["upt.bengkulu"])
    contoh = daftar["item"][0]
    periode = f"TW{(date.today().month - 1) // 3 + 1}"

    baca = [
        ("Tugas Saya (Balai)", "/api/tugas-saya", "upt.bengkulu", "daftar"),
        ("Tugas Saya (kepala Balai)", "/api/tugas-saya", "kepala.bengkulu", "daftar"),
        ("Advokasi, halaman 1 (Balai)", "/api/advokasi?halaman=1&ukuran=20", "upt.bengkulu", "daftar"),
        ("Advokasi, halaman 1 (admin, nasional)", "/api/advokasi?halaman=1&ukuran=20", "admin", "daftar"),
        (f"Advokasi tahun {tahun - 3} (admin)", f"/api/advokasi?tahun={tahun - 3}", "admin", "daftar"),
        ("Advokasi cari=jajanan (admin)", "/api/advokasi?cari=jajanan", "admin", "daftar"),
        ("Advokasi urut Judul (admin)", "/api/advokasi?urut=Judul&halaman=1&ukuran=20", "admin", "daftar"),
        ("Advokasi urut jatuh tempo (Balai)", "/api/advokasi?urut=JatuhTempo&halaman=1&ukuran=20", "upt.bengkulu", "daftar"),
        ("Pengguna halaman 2 (admin)", "/api/pengguna?halaman=2&ukuran=20", "admin", "daftar"),
        ("Pembinaan Kosmetik terlambat (Pimpinan)", "/api/pembinaan?komoditas=Kosmetik&terlambat=true", "pimpinan", "daftar"),
        ("Pemberdayaan halaman 50 (admin)", "/api/pemberdayaan?halaman=50&ukuran=20", "admin", "daftar"),
        ("Registri pelaku usaha cari (admin)", "/api/pembinaan/sasaran?cari=berkah", "admin", "daftar"),
        ("Registri kader (admin)", "/api/pemberdayaan/kader", "admin", "daftar"),
        ("Registri fasilitator (admin)", "/api/fasilitator", "admin", "daftar"),
        ("Notifikasi (Balai)", "/api/notifikasi", "upt.bengkulu", "daftar"),
        ("Detail advokasi (Balai)", f"/api/advokasi/{contoh['id']}", "upt.bengkulu", "detail"),
        ("Jejak audit (Balai)", f"/api/sop/instans/{contoh['instansId']}/audit", "upt.bengkulu", "detail"),
        ("Nilai kinerja unit (Balai)", f"/api/kinerja/nilai?unitId={unit_bengkulu}&tahun={tahun}&periode={periode}", "upt.bengkulu", "detail"),
        ("Perbandingan kinerja nasional", f"/api/kinerja/perbandingan?tahun={tahun}&periode={periode}", "pusat.perencanaan", "rekap"),
        ("Kepatuhan SOP nasional", f"/api/kinerja/kepatuhan-sop?tahun={tahun}&periode={periode}", "pusat.perencanaan", "rekap"),
        ("Rekap pemberdayaan nasional", f"/api/pemberdayaan/rekap?tahun={tahun}", "pimpinan", "rekap"),
        ("Kinerja BPOM Dalam Angka (s.d. TW4)", f"/api/kinerja/nasional/angka?tahun={tahun}&periode=TW4", "pimpinan", "rekap"),
        ("Rekap SKM nasional", f"/api/kinerja/skm/rekap?tahun={tahun}&periode=TAHUNAN", "pimpinan", "rekap"),
        ("Jatuh tempo +10 HK", f"/api/kalender/hari-kerja/jatuh-tempo?mulai={date.today()}&hk=10", "upt.bengkulu", "detail"),
        ("/health/live (batas kerangka)", "/health/live", None, "dasar"),
    ]

    if a.sekali:
        for nama, jalur, pengguna, _ in baca:
            mulai = time.perf_counter()
            s, _ = api.panggil("GET", jalur, tok.get(pengguna))
            print(f"{s} {(time.perf_counter() - mulai) * 1000:7.1f} ms  {nama}: {jalur}", flush=True)
        return

    konkurensi = [int(x) for x in a.konkurensi.split(",")]
    hasil = {"tanggal": time.strftime("%Y-%m-%d %H:%M"), "durasi": a.durasi, "konkurensi": konkurensi, "baca": [], "tulis": [], "pgbench": {}}
    for c in konkurensi:
        hasil["pgbench"][str(c)] = pgbench(pg, c, a.durasi)
        print(f"pgbench -S c={c}: {hasil['pgbench'][str(c)]['rps']:.0f} TPS", flush=True)

    for nama, jalur, pengguna, jenis in baca:
        s, _ = api.panggil("GET", jalur, tok.get(pengguna))
        if s != 200:
            raise SystemExit(f"{nama}: {jalur} → {s}")
        baris = {"nama": nama, "jalur": jalur, "jenis": jenis, "hasil": {}}
        for c in konkurensi:
            r = wrk(a.url, jalur, tok.get(pengguna), c, a.durasi, a.skrip)
            baris["hasil"][str(c)] = r
            print(f"{nama} c={c}: {r['rps']:.0f} rps p50 {r['p50']:.1f} p95 {r['p95']:.1f} p99 {r['p99']:.1f} ms, galat {r['galat']}, RSS {rss.akhir} MB", flush=True)
        hasil["baca"].append(baris)

    # Writes: creates (each title unique to the run) and step transitions (each prepared activity started once).
    tanda = f"beban-{int(time.time())}"
    balai = tok["upt.bengkulu"]

    def buat(i):
        s, _ = api.panggil("POST", "/api/advokasi", balai, {
            "judul": f"Advokasi {tanda} {i}", "topik": "Uji beban", "komoditas": "PanganOlahan", "bentuk": "Audiensi", "lokasi": "Bengkulu",
            "pemangkuKepentingan": [{"jenis": "PemerintahDaerah", "nama": "Pemerintah Kota Bengkulu"}],
            "tanggalRencanaMulai": str(date.today()), "tanggalRencanaSelesai": str(date.today()), "dasarKegiatan": "Uji beban"})
        return s == 201

    r = tulis_paralel(api, balai, 20, a.durasi, buat)
    r["tersimpan"] = hitung_sql(pg, f"SELECT count(*) FROM advokasi.kegiatan WHERE \"Judul\" LIKE 'Advokasi {tanda} %'")
    r["ganda"] = hitung_sql(pg, f"SELECT count(*) - count(DISTINCT \"Judul\") FROM advokasi.kegiatan WHERE \"Judul\" LIKE 'Advokasi {tanda} %'")
    r["utuh"] = r["tersimpan"] == r["permintaan"] - r["galat"] and r["ganda"] == 0
    hasil["tulis"].append({"nama": "Buat kegiatan advokasi (Balai)", "konkurensi": 20, "hasil": r})
    print(f"buat c=20: {r['rps']:.0f} rps p95 {r['p95']:.1f} ms, {r['permintaan']} dikirim, {r['tersimpan']} tersimpan", flush=True)

    # Transitions: prepare activities with their Kelengkapan, then start step A1 of each, 20 at a time.
    siap = []
    _, halaman = api.panggil("GET", f"/api/advokasi?cari={urllib.parse.quote(tanda)}&ukuran=100", tok["admin"])
    pdf = b"%PDF-1.4\n% uji beban\n%%EOF\n"
    batas = "----beban"
    for k in halaman["item"]:
        isi = (f"--{batas}\r\nContent-Disposition: form-data; name=\"jenis\"\r\n\r\nKelengkapan\r\n--{batas}\r\n"
               f"Content-Disposition: form-data; name=\"berkas\"; filename=\"dasar.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").encode() + pdf + f"\r\n--{batas}--\r\n".encode()
        s, _ = api.panggil("POST", f"/api/sop/instans/{k['instansId']}/langkah/A1/dokumen", balai, isi, f"multipart/form-data; boundary={batas}")
        if s == 201:
            siap.append(k["instansId"])

    def mulai(i):
        if i >= len(siap):
            return None
        s, _ = api.panggil("POST", f"/api/sop/instans/{siap[i]}/langkah/A1/Mulai", balai, {})
        return s == 200

    r = tulis_paralel(api, balai, 20, a.durasi * 3, mulai)
    berjalan = 0
    for iid in siap:
        _, ins = api.panggil("GET", f"/api/sop/instans/{iid}", balai)
        berjalan += sum(1 for l in ins["langkah"] if l["kode"] == "A1" and l["status"] == "Berjalan")
    r["tersimpan"], r["utuh"] = berjalan, berjalan == len(siap) == r["permintaan"] - r["galat"]
    hasil["tulis"].append({"nama": "Mulai langkah A1 (Balai)", "konkurensi": 20, "hasil": r})
    print(f"mulai c=20: {r['rps']:.0f} rps p95 {r['p95']:.1f} ms, {len(siap)} disiapkan, {berjalan} berjalan", flush=True)

    rss.berhenti = True
    hasil["rss"] = {"awal_mb": awal_rss, "puncak_mb": rss.puncak, "akhir_mb": rss.akhir}
    if a.sapuan and os.path.exists(a.sapuan):
        hasil["sapuan"] = [b.strip() for b in open(a.sapuan) if b.strip()]
    with open(a.keluaran, "w") as f:
        json.dump(hasil, f, indent=1)
    print(f"RSS awal {awal_rss} MB, puncak {rss.puncak} MB, akhir {rss.akhir} MB")
    if a.markdown:
        tulis_markdown(a.markdown, hasil)
        print(f"Tabel ditulis ke {a.markdown}")


# Targets of issue 14 (p95 in ms per concurrency; reads at c=50 must also reach 3 % of pgbench -S).
TARGET = {"daftar": {50: 50, 200: 250}, "detail": {50: 20}, "rekap": {50: 300}, "tulis": {20: 100}}


def sel(r):
    teks = f"{r['rps']:.0f}/s · p50 {r['p50']:.1f} · p95 {r['p95']:.1f} · p99 {r['p99']:.1f}" if r.get("p95") is not None else f"{r['rps']:.0f}/s"
    return teks + (f" · **{r['galat']} galat**" if r.get("galat") else "")


def tabel(hasil):
    ks = hasil["konkurensi"]
    pg50 = hasil["pgbench"].get("50", {}).get("rps")
    baris = [
        f"Diukur {hasil['tanggal']}, {hasil['durasi']} s per sel; waktu dalam ms. Target: daftar/inbox p95 < 50 ms pada c=50 dan < 250 ms pada c=200 "
        "dengan throughput c=50 ≥ 3 % pgbench -S; detail/audit p95 < 20 ms pada c=50; rekap/perbandingan p95 < 300 ms pada c=50; "
        "tulis p95 < 100 ms pada c=20 tanpa kehilangan atau duplikasi.",
        "",
        "| Permintaan | " + " | ".join(f"c={c}" for c in ks) + " | Target |",
        "|---|" + "---|" * len(ks) + "---|",
        "| `pgbench -S` (batas basis data) | " + " | ".join(f"{hasil['pgbench'][str(c)]['rps']:.0f} TPS" + (f" ({hasil['pgbench'][str(c)]['klien']} klien)" if hasil['pgbench'][str(c)]['klien'] != c else "") for c in ks) + " | |",
    ]
    for b in hasil["baca"]:
        target = TARGET.get(b["jenis"], {})
        cek = []
        for c, batas in target.items():
            r = b["hasil"].get(str(c))
            if r:
                ok = r["p95"] < batas and not r["galat"]
                if c == 50 and b["jenis"] == "daftar" and pg50:
                    ok = ok and r["rps"] >= 0.03 * pg50
                cek.append(f"c={c} {'✓' if ok else '✗'}")
        baris.append(f"| {b['nama']} | " + " | ".join(sel(b["hasil"][str(c)]) for c in ks) + f" | {', '.join(cek)} |")
    baris += ["", "| Tulis (c=20) | Hasil | Tersimpan | Target |", "|---|---|---|---|"]
    for t in hasil["tulis"]:
        r = t["hasil"]
        ok = r["p95"] is not None and r["p95"] < 100 and r["utuh"]
        baris.append(f"| {t['nama']} | {sel(r)} | {r['tersimpan']} dari {r['permintaan'] - r['galat']} diterima ({'utuh' if r['utuh'] else 'TIDAK utuh'}) | {'✓' if ok else '✗'} |")
    if hasil.get("sapuan"):
        baris += ["", "Sapuan tenggat (job `sop-sapuan-tenggat`, 1.000 tenggat jatuh tempo sebelum tiap putaran; putaran pertama dingin):", ""]
        baris += [f"{i + 1}. {b}" for i, b in enumerate(hasil["sapuan"])]
    rss = hasil["rss"]
    baris += ["", f"RSS API: awal {rss['awal_mb']} MB, puncak {rss['puncak_mb']} MB, akhir {rss['akhir_mb']} MB (target puncak < 1024 MB: {'✓' if rss['puncak_mb'] < 1024 else '✗'})."]
    return "\n".join(baris)


def tulis_markdown(jalur, hasil):
    awal, akhir = "<!-- beban:awal -->", "<!-- beban:akhir -->"
    isi = open(jalur).read() if os.path.exists(jalur) else f"{awal}\n{akhir}\n"
    if awal not in isi or akhir not in isi:
        isi += f"\n{awal}\n{akhir}\n"
    i, j = isi.index(awal) + len(awal), isi.index(akhir)
    with open(jalur, "w") as f:
        f.write(isi[:i] + "\n" + tabel(hasil) + "\n" + isi[j:])


if __name__ == "__main__":
    main()
