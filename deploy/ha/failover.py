#!/usr/bin/env python3
"""Failover test of the HA topology (.data/ha/topology.json, started by ./deploy/ha/up.sh).

Under a steady stream of writes (new Advokasi activities, SOP step transitions) and reads (Tugas Saya) through the
entry point it
  1. runs the deadline sweep on two processes at once, on steps whose reminder is due;
  2. kills -9 the PostgreSQL primary (its Patroni and postmaster: the loss of the database server); Patroni promotes
     the synchronous standby; the API recovers without a restart; the longest stretch without an acknowledged write is
     the write unavailability (target < 30 s);
  3. kills -9 one API instance: requests go on through the other;
then checks that every write acknowledged with 2xx is in the database, that no reminder was sent twice, restarts the
lost database node (it rejoins as a replica) and prints the figures. Exit status 1 when a check fails.
Standard library only; everything on 127.0.0.1.
"""
import datetime
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HA = os.path.join(ROOT, ".data", "ha")
TOPO = json.load(open(os.path.join(HA, "topology.json")))
ENTRY = TOPO["entry"]
PASSWORD = os.environ.get("BPOM_DEMO_PASSWORD", "Bpom#2026dev")
TARGET_UNAVAILABLE_S = 30.0


def call(method, path, token=None, body=None, files=None, timeout=15):
    """One HTTP call; returns (status, parsed JSON or None). Status 0 = no answer (refused, reset, timeout)."""
    headers = {"Accept": "application/json"}
    data = None
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if files is not None:
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in files.items():
            if isinstance(value, tuple):
                fname, content, ctype = value
                parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\nContent-Type: {ctype}\r\n\r\n'.encode() + content + b"\r\n")
            else:
                parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        data = b"".join(parts) + f"--{boundary}--\r\n".encode()
        headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(ENTRY + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw and r.headers.get_content_type().endswith("json") else None)
    except urllib.error.HTTPError as e:
        return e.code, None
    except Exception:
        return 0, None


def login(username):
    for _ in range(30):
        s, b = call("POST", "/api/auth/login", body={"username": username, "password": PASSWORD})
        if s == 200:
            return b["accessToken"]
        time.sleep(1)
    raise SystemExit(f"login {username} failed")


def psql(sql):
    out = subprocess.run(["psql", TOPO["database"].replace(";", " ").replace("Host=", "host=").replace("Port=", "port=")
                          .replace("Database=", "dbname=").replace("Username=", "user=").replace("Password=", "password="),
                          "-tAc", sql], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return out.stdout.strip()


def patroni(url, path="/patroni"):
    try:
        with urllib.request.urlopen(url + path, timeout=2) as r:
            return json.loads(r.read())
    except Exception:
        return None


def leader():
    for node in TOPO["postgres"]:
        p = patroni(node["patroni"])
        if p and p.get("role") in ("master", "primary") and p.get("state") == "running":
            return node
    return None


def running(pid):
    """Whether a process runs (a zombie waiting for its parent to reap it does not)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in f)
    except FileNotFoundError:
        return False


def urllib_ok(base):
    try:
        with urllib.request.urlopen(base + "/health/live", timeout=2) as r:
            return r.status == 200
    except Exception:
        return False


def pdf(text):
    return f"%PDF-1.4\n% {text}\n%%EOF\n".encode()


today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date().isoformat()


def pemberdayaan(token, judul):
    s, b = call("POST", "/api/pemberdayaan", token, {
        "judul": judul, "program": "DesaPanganAman", "bentuk": "Bimtek",
        "komunitas": [{"jenis": "Desa", "nama": f"Desa {judul}", "provinsi": "Bengkulu", "kabupatenKota": "Kota Bengkulu"}],
        "kader": [], "jumlahPeserta": 10, "lokasi": "Aula", "tanggalRencanaMulai": today, "tanggalRencanaSelesai": today,
        "dasarKegiatan": "Uji failover"})
    return b["instans"]["id"] if s == 201 else None


def upload(token, iid, jenis, name):
    return call("POST", f"/api/sop/instans/{iid}/langkah/C1/dokumen", token,
                files={"jenis": jenis, "berkas": (f"{name}.pdf", pdf(name), "application/pdf")})[0]


class Stream:
    """Writers and readers running until stopped; every acknowledged write is recorded with its time."""

    def __init__(self, token):
        self.token = token
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.created = []  # (time, activity id)
        self.started = []  # (time, instance id) whose C1 was started (Mulai acknowledged)
        self.ok_times = []  # times of acknowledged writes
        self.ok_spans = []  # (sent, acknowledged) of each acknowledged write
        self.failed_writes = []  # times of refused/failed writes
        self.reads_ok = 0
        self.reads_failed = []
        self.pending = []  # instances with their document uploaded, ready for Mulai

    def writer(self, n):
        i = 0
        while not self.stop.is_set():
            i += 1
            t = time.monotonic()
            if i % 3 == 0 and self.pending:
                with self.lock:
                    iid = self.pending.pop(0) if self.pending else None
                if iid:
                    s, _ = call("POST", f"/api/sop/instans/{iid}/langkah/C1/Mulai", self.token, {})
                    self.record(s, t, ("started", iid))
                    if s not in (200, 201, 204) and s != 409:
                        with self.lock:
                            self.pending.append(iid)  # try it again later
                    continue
            if i % 3 == 1:
                iid = pemberdayaan(self.token, f"F{n}-{i}-{uuid.uuid4().hex[:6]}")
                if iid and upload(self.token, iid, "Kelengkapan", "dasar") in (200, 201):
                    with self.lock:
                        self.pending.append(iid)
                self.record(201 if iid else 0, t, None)
                continue
            s, b = call("POST", "/api/advokasi", self.token, {
                "judul": f"Failover {n}-{i}", "topik": "Keamanan pangan jajanan anak sekolah", "komoditas": "PanganOlahan",
                "pemangkuKepentingan": [{"jenis": "PemerintahDaerah", "nama": "Dinas Pendidikan"}], "bentuk": "Fgd",
                "lokasi": "Aula", "tanggalRencanaMulai": today, "tanggalRencanaSelesai": today, "dasarKegiatan": "Uji failover"})
            self.record(s, t, ("created", b["id"]) if s == 201 and b else None)

    def record(self, status, t, what):
        done = time.monotonic()
        with self.lock:
            if 200 <= status < 300:
                self.ok_times.append(done)
                self.ok_spans.append((t, done))
                if what and what[0] == "created":
                    self.created.append((done, what[1]))
                elif what and what[0] == "started":
                    self.started.append((done, what[1]))
            else:
                self.failed_writes.append(t)
        if not 200 <= status < 300:
            time.sleep(0.2)  # a client backs off while the service is unavailable

    def reader(self):
        while not self.stop.is_set():
            t = time.monotonic()
            s, _ = call("GET", "/api/tugas-saya", self.token)
            with self.lock:
                if s == 200:
                    self.reads_ok += 1
                else:
                    self.reads_failed.append(t)
            time.sleep(0.05)


def sweep_twice():
    """The deadline sweep in two processes at once (as two Hangfire servers would run it), on the primary."""
    env = dict(os.environ, ConnectionStrings__Bpom=TOPO["database"], ASPNETCORE_ENVIRONMENT="Production",
               Hangfire__Server="false", Seed__DemoUsers="false")
    procs = [subprocess.Popen(["dotnet", "Bpom.Platform.Api.dll", "jalankan-job", "sop-sapuan-tenggat", "--kali", "2"],
                              cwd=TOPO["publish"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
    return [p.wait(timeout=300) for p in procs]


def main():
    failures = []
    bengkulu = login("upt.bengkulu")

    # Steps whose reminder is due now: C1 started, its due date moved to today.
    due = []
    for i in range(5):
        iid = pemberdayaan(bengkulu, f"Pengingat {i} {uuid.uuid4().hex[:6]}")
        if iid and upload(bengkulu, iid, "Kelengkapan", "dasar") in (200, 201) and call("POST", f"/api/sop/instans/{iid}/langkah/C1/Mulai", bengkulu, {})[0] in (200, 201):
            due.append(iid)
    if len(due) != 5:
        failures.append(f"could not prepare the reminder steps ({len(due)} of 5)")
    ids = ",".join(f"'{i}'" for i in due)
    psql(f"""UPDATE sop.langkah SET "JatuhTempo" = '{today}' WHERE "InstansId" IN ({ids}) AND "Kode" = 'C1';
             UPDATE sop.instans SET "AktifJatuhTempo" = '{today}', "TenggatRung" = 'H0', "TenggatPada" = now() - interval '1 minute' WHERE "Id" IN ({ids});""")

    stream = Stream(bengkulu)
    threads = [threading.Thread(target=stream.writer, args=(n,), daemon=True) for n in range(3)]
    threads += [threading.Thread(target=stream.reader, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()

    time.sleep(5)
    codes = sweep_twice()
    if any(c != 0 for c in codes):
        failures.append(f"sweep processes exited with {codes}")

    time.sleep(3)
    s_ready, ready_before = call("GET", "/health/ready", timeout=5)
    node_before = (ready_before or {}).get("database", {}).get("server") if s_ready == 200 else None
    primary = leader()
    if primary is None:
        raise SystemExit("no running primary found")
    name = os.path.basename(primary["dataDir"])
    patroni_pid = int(open(os.path.join(HA, f"{name}.patroni.pid")).read().strip())
    postmaster_pid = int(open(os.path.join(primary["dataDir"], "postmaster.pid")).readline().strip())
    with stream.lock:
        before = len(stream.ok_times)
    t_kill = time.monotonic()
    for pid in (patroni_pid, postmaster_pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    print(f"killed -9 the primary {name} (patroni {patroni_pid}, postgres {postmaster_pid})", flush=True)

    # Until a write sent after the kill is acknowledged (at most 90 s), then 10 s more of steady traffic. A write sent
    # before the kill may still be acknowledged after it (committed just before); it does not end the outage.
    def first_after_kill():
        with stream.lock:
            return min([done for sent, done in stream.ok_spans if sent > t_kill] or [float("inf")])

    deadline = t_kill + 90
    while time.monotonic() < deadline and first_after_kill() == float("inf"):
        time.sleep(0.2)
    new_primary = None
    for _ in range(20):
        new_primary = leader()
        if new_primary and new_primary is not primary:
            break
        time.sleep(0.5)
    time.sleep(10)
    unavailable = first_after_kill() - t_kill
    print(f"write unavailability: {unavailable:.1f} s (from the kill to the first acknowledged write sent after it; "
          f"acknowledged writes before the kill: {before})", flush=True)
    if unavailable >= TARGET_UNAVAILABLE_S:
        failures.append(f"write unavailability {unavailable:.1f} s ≥ {TARGET_UNAVAILABLE_S:.0f} s")
    if not new_primary or new_primary is primary:
        failures.append("the replica was not promoted")
    else:
        print(f"new primary: {os.path.basename(new_primary['dataDir'])}", flush=True)
    # /health/ready names the node the instances write to: the old primary's port before, the new one's after.
    s_ready, ready_after = call("GET", "/health/ready", timeout=5)
    node_after = (ready_after or {}).get("database", {}).get("server") if s_ready == 200 else None
    print(f"/health/ready database node: {node_before} before, {node_after} after", flush=True)
    if not (node_before and node_before.endswith(f":{primary['port']}")) or not (new_primary and node_after and node_after.endswith(f":{new_primary['port']}")):
        failures.append("/health/ready did not report the primary's node before and the new primary's after")

    # One API instance lost: the other serves everything.
    api_pid = int(open(os.path.join(HA, "api1.pid")).read().strip())
    with stream.lock:
        reads_failed_before, writes_failed_before, ok_before = len(stream.reads_failed), len(stream.failed_writes), len(stream.ok_times)
    t_api = time.monotonic()
    os.kill(api_pid, signal.SIGKILL)
    time.sleep(0.5)
    if running(api_pid):
        failures.append(f"API instance 1 (pid {api_pid}) still runs after kill -9")
    if urllib_ok(TOPO["api"][0]):
        failures.append("API instance 1 still answers after kill -9")
    print(f"killed -9 API instance 1 (pid {api_pid})", flush=True)
    time.sleep(10)
    stream.stop.set()
    for t in threads:
        t.join(timeout=30)
    with stream.lock:
        api_failed_reads = [t for t in stream.reads_failed[reads_failed_before:] if t > t_api + 1]
        api_failed_writes = [t for t in stream.failed_writes[writes_failed_before:] if t > t_api + 1]
        api_ok = len(stream.ok_times) - ok_before
    print(f"after losing an API instance: {api_ok} writes acknowledged, {len(api_failed_writes)} writes and "
          f"{len(api_failed_reads)} reads failed (after the first second)", flush=True)
    if api_ok == 0 or api_failed_reads or api_failed_writes:
        failures.append("requests failed after one API instance was lost")

    # Every acknowledged write is in the database.
    created = [i for _, i in stream.created]
    lost_created = 0
    for k in range(0, len(created), 500):
        chunk = created[k:k + 500]
        found = int(psql(f"""SELECT count(*) FROM advokasi.kegiatan WHERE "Id" IN ({",".join(f"'{i}'" for i in chunk)})"""))
        lost_created += len(chunk) - found
    started = [i for _, i in stream.started]
    lost_started = 0
    if started:
        mulai = int(psql(f"""SELECT count(*) FROM sop.langkah WHERE "Kode" = 'C1' AND "TanggalMulai" IS NOT NULL AND "InstansId" IN ({",".join(f"'{i}'" for i in started)})"""))
        lost_started = len(set(started)) - mulai
    lost = lost_created + lost_started
    print(f"acknowledged writes: {len(stream.ok_times)} ({len(created)} activities created, {len(started)} steps started); "
          f"lost: {lost}", flush=True)
    if lost:
        failures.append(f"{lost} acknowledged writes are not in the database")

    # Reminders: each due step reminded once per person, although two processes swept twice each.
    sent = int(psql(f"""SELECT count(*) FROM notifikasi.notifikasi WHERE "InstansId" IN ({ids}) AND "LangkahKode" = 'C1' AND "Judul" LIKE 'Jatuh tempo hari ini:%'""")) if due else 0
    dup = int(psql(f"""SELECT count(*) FROM (SELECT 1 FROM notifikasi.notifikasi WHERE "InstansId" IN ({ids}) AND "LangkahKode" = 'C1'
                       GROUP BY "PenggunaId", "InstansId", "Jenis", "Judul" HAVING count(*) > 1) d""")) if due else 0
    print(f"reminders sent: {sent}, duplicates: {dup}", flush=True)
    if sent == 0:
        failures.append("the sweep sent no reminder")
    if dup:
        failures.append(f"{dup} reminders were sent twice")

    # The lost database node comes back as a replica of the new primary.
    conf = os.path.join(HA, f"{name}.yml")
    subprocess.run(["runuser", "-u", "postgres", "--", "bash", "-c",
                    f"nohup patroni '{conf}' >> '{HA}/{name}.log' 2>&1 & echo $! > '{HA}/{name}.patroni.pid'"]
                   if os.geteuid() == 0 else ["bash", "-c", f"nohup patroni '{conf}' >> '{HA}/{name}.log' 2>&1 & echo $! > '{HA}/{name}.patroni.pid'"], check=True)
    t_rejoin = time.monotonic()
    rejoined = False
    while time.monotonic() < t_rejoin + 90:
        p = patroni(primary["patroni"])
        if p and p.get("role") == "replica" and p.get("state") in ("running", "streaming"):
            rejoined = True
            break
        time.sleep(1)
    print(f"{name} rejoined as a replica: {'yes' if rejoined else 'no'} ({time.monotonic() - t_rejoin:.0f} s)", flush=True)
    if not rejoined:
        failures.append(f"{name} did not rejoin as a replica")

    print(f"reads: {stream.reads_ok} ok, {len(stream.reads_failed)} failed in all; writes failed in all: {len(stream.failed_writes)}")
    print(f"FAILOVER RESULT unavailability_s={unavailable:.1f} lost_writes={lost} duplicate_reminders={dup} "
          f"acknowledged={len(stream.ok_times)} reminders={sent} {'PASS' if not failures else 'FAIL'}")
    for f in failures:
        print(f"  ✗ {f}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
