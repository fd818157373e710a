#!/usr/bin/env python3
"""A day in miniature (issue 23, part 3): `tidings serve --watch` against a local feed server that
publishes a new item every few seconds, under read load, for a bounded time; killed with SIGKILL
half-way and restarted.

Every SAMPLE seconds it records the server's heap after a full collection (jcmd GC.run, then
GC.heap_info), its open file descriptors and threads (/proc), and the store's size on disk (DuckDB
file, its WAL and the search index), to WORK/soak.csv (and WORK/soak.png when matplotlib is
there). At the end it waits for the watcher to catch up and checks every published item through
the API, in the store (/api/articles: its title exactly once) and in the index (/api/search: its
unique word in exactly one article): nothing lost, nothing stored twice, the index consistent with
the store. It fails (exit 1) when an item is lost or doubled, or when heap, descriptors, threads or
the store's bytes per stored item keep growing: the median of the last quarter of the samples after
the restart more than GROWTH times that of its second quarter (after warm-up).

The server runs from a copy of the built classes (WORK/app), taken at the start, so that building
the working tree while the soak runs does not change what the restart half-way starts.

    nice -n 19 python3 bench/soak.py [--minutes 30] [--publish-every 5] [--work DIR]

Needs a built tree (./tidings builds it); Python 3 standard library (matplotlib for the plot); jcmd from the JDK.
"""
import argparse
import csv
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = [7391]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GROWTH = 1.5
# Items a feed lists, newest first: more than a 30-minute run publishes, so that a watcher slowed by a
# loaded machine (or the restart) still finds every item; what it tests is the server, not the window.
FEED_WINDOW = 500


class Feed:
    """The items published so far; thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.items = []

    def publish(self):
        with self.lock:
            n = len(self.items) + 1
            self.items.append((n, time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())))
            return n

    def snapshot(self):
        with self.lock:
            return list(self.items)


def token(n):
    return "soakitem%05d" % n


def feed_server(feed):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, status, ctype, body):
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            base = "http://127.0.0.1:%d" % self.server.server_port
            if self.path == "/feed.xml":
                items = "".join(
                    "<item><title>Soak item %d</title><link>%s/items/%d.html</link><guid>%s/items/%d</guid>"
                    "<pubDate>%s</pubDate></item>" % (n, base, n, base, n, date)
                    for n, date in feed.snapshot()[-FEED_WINDOW:])
                self.send(200, "application/rss+xml",
                          "<?xml version='1.0'?><rss version='2.0'><channel><title>Soak</title>%s</channel></rss>" % items)
            elif self.path.startswith("/items/") and self.path.endswith(".html"):
                n = int(self.path[len("/items/"):-len(".html")])
                body = ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. "
                        "The minister of soak affairs said that report %s was the %dth of the day, "
                        "and that the talks in the capital would resume next week after both delegations "
                        "agreed to exchange prisoners before the end of the month.") % (token(n), n)
                self.send(200, "text/html; charset=utf-8",
                          "<html><head><title>Soak item %d</title></head><body><article><h1>Soak item %d</h1>"
                          "<p>%s</p></article></body></html>" % (n, n, body))
            else:
                self.send(404, "text/plain", "not found")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def java_pid(proc):
    """The JVM's pid: the launcher's own or its java child's."""
    for _ in range(100):
        try:
            with open("/proc/%d/cmdline" % proc.pid, "rb") as f:
                if b"java" in f.read().split(b"\0")[0]:
                    return proc.pid
            children = open("/proc/%d/task/%d/children" % (proc.pid, proc.pid)).read().split()
            for c in children:
                with open("/proc/%s/cmdline" % c, "rb") as f:
                    if b"java" in f.read():
                        return int(c)
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("no JVM found under pid %d" % proc.pid)


MODULES = ["cli", "model", "pipeline", "eval", "store", "server", "bench", "stream"]


def freeze_app(work):
    """The command line's class path as the launcher builds it, with the classes copied to WORK/app."""
    subprocess.run([os.path.join(REPO, "tidings"), "--help"], cwd=REPO, check=True, capture_output=True)
    app = os.path.join(work, "app")
    parts = []
    for m in MODULES:
        dst = os.path.join(app, m)
        shutil.copytree(os.path.join(REPO, "tidings-" + m, "target", "classes"), dst)
        parts.append(dst)
    with open(os.path.join(REPO, "tidings-cli", "target", "classpath.txt")) as f:
        parts.append(f.read().strip())
    return ":".join(parts)


def start_server(args, feeds, port):
    cmd = ["java", "-Xmx2g", "-cp", args.classpath, "org.tidings.cli.Tidings", "serve", "--create",
           "--watch", feeds, "--delay", "0s", "--db", os.path.join(args.work, "soak.duckdb"), "--port", str(port),
           "--rate-limit", "0"]
    log = open(os.path.join(args.work, "serve.log"), "a")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
                            env=dict(os.environ, TIDINGS_HOME=os.path.join(args.work, "home")))
    api = "http://127.0.0.1:%d" % port
    for _ in range(1200):
        try:
            urllib.request.urlopen(api + "/openapi.json", timeout=2).read()
            return proc, java_pid(proc), api
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("serve --watch exited with %d; see %s/serve.log" % (proc.returncode, args.work))
            time.sleep(0.5)
    raise RuntimeError("serve --watch did not answer in 600 s")


def get_json(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


def sample(pid, work):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=60)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
    heap_kb = 0
    for line in info.splitlines():  # "garbage-first heap   total 262144K, used 51234K"
        if " used " in line and "heap" in line:
            heap_kb = int(line.split(" used ")[1].split("K")[0])
            break
    fds = len(os.listdir("/proc/%d/fd" % pid))
    threads = next(int(l.split()[1]) for l in open("/proc/%d/status" % pid) if l.startswith("Threads:"))
    store = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(work) for f in fs
                if "soak.duckdb" in os.path.join(d, f))
    stored = get_json("http://127.0.0.1:%d/api/search?kind=article&limit=1&q=soakitem*" % PORT[0])["total"]
    return heap_kb, fds, threads, store, stored


def load(api_ref, stop, counts):
    """Read load until stopped: about 20 requests a second over the endpoints; api_ref[0] is the current address."""
    paths = ["/api/events?limit=50", "/api/counts?from=2020-01-01&to=2030-01-01", "/api/actors?limit=20",
             "/api/search?q=minister&limit=10", "/api/quotes?limit=20"]
    i = 0
    while not stop.is_set():
        try:
            urllib.request.urlopen(api_ref[0] + paths[i % len(paths)], timeout=30).read()
            counts["ok"] += 1
        except OSError:
            counts["failed"] += 1  # includes the seconds around the kill
        i += 1
        time.sleep(0.05)


def growing(series):
    q = len(series) // 4
    if q < 2:
        return False
    early, late = statistics.median(series[q:2 * q]), statistics.median(series[-q:])
    return late > GROWTH * max(early, 1)


def titles_stored(api):
    """How often each soak item's title is in the store (every article listed, page by page)."""
    seen = {}
    offset = 0
    while True:
        page = get_json(api + "/api/articles?limit=100&offset=%d" % offset)
        for a in page["items"]:
            title = a.get("title") or ""
            if title.startswith("Soak item "):
                seen[title] = seen.get(title, 0) + 1
        if page.get("nextOffset") is None or not page["items"]:
            return seen
        offset = page["nextOffset"]


def check(api, published):
    """Items lost, doubled in the store, and lost or doubled in the index (lists of item numbers)."""
    stored = titles_stored(api)
    indexed = [get_json(api + "/api/search?kind=article&limit=5&q=" + token(n))["total"] for n in range(1, published + 1)]
    in_store = [stored.get("Soak item %d" % n, 0) for n in range(1, published + 1)]
    return {
        "lost": [n for n, c in zip(range(1, published + 1), in_store) if c == 0],
        "stored_twice": [n for n, c in zip(range(1, published + 1), in_store) if c > 1],
        "not_indexed": [n for n, (c, t) in zip(range(1, published + 1), zip(in_store, indexed)) if c and t == 0],
        "indexed_twice": [n for n, t in zip(range(1, published + 1), indexed) if t > 1],
    }


def plot(samples, restart, path):
    """soak.png: heap, descriptors, threads and store size over time; False without matplotlib."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, axes = plt.subplots(5, 1, figsize=(8, 11), sharex=True)
    series = ((2, "heap after GC (MiB)", 1 / 1024), (3, "open fds", 1), (4, "threads", 1),
              (5, "store (MiB)", 1 / 2 ** 20), (6, "items stored", 1))
    for ax, (i, label, scale) in zip(axes, series):
        ax.plot([r[0] / 60 for r in samples], [r[i] * scale for r in samples], marker=".", linewidth=1)
        ax.set_ylabel(label)
        ax.set_ylim(bottom=0)
        if restart is not None:
            ax.axvline(restart / 60, color="red", linestyle="--", linewidth=1)
    axes[0].set_title("serve --watch under read load; red: SIGKILL and restart")
    axes[-1].set_xlabel("minutes")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    return True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--publish-every", type=float, default=5)
    p.add_argument("--sample-every", type=float, default=15)
    p.add_argument("--port", type=int, default=7391)
    p.add_argument("--work", default=os.path.join(REPO, "target", "soak"))
    args = p.parse_args()
    PORT[0] = args.port
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    args.classpath = freeze_app(args.work)
    feed = Feed()
    fs = feed_server(feed)
    feeds = os.path.join(args.work, "feeds.txt")
    with open(feeds, "w") as f:
        f.write("http://127.0.0.1:%d/feed.xml 10s\n" % fs.server_port)
    proc, pid, api = start_server(args, feeds, args.port)
    api_ref = [api]
    stop = threading.Event()
    counts = {"ok": 0, "failed": 0}
    threading.Thread(target=load, args=(api_ref, stop, counts), daemon=True).start()
    rows = []
    start = time.time()
    end = start + args.minutes * 60
    restart = None
    down_seconds = None
    next_publish = next_sample = start
    while time.time() < end:
        now = time.time()
        if now >= next_publish:
            feed.publish()
            next_publish += args.publish_every
        if restart is None and now >= start + (end - start) / 2:
            os.kill(pid, signal.SIGKILL)
            proc.wait()
            print("t=%4ds SIGKILL; restarting" % (now - start), flush=True)
            proc, pid, api = start_server(args, feeds, args.port)
            api_ref[0] = api
            restart = now - start
            down_seconds = time.time() - now
            next_sample = time.time()
        if now >= next_sample:
            heap, fds, threads, store, stored = sample(pid, args.work)
            rows.append([round(now - start), len(feed.snapshot()), heap, fds, threads, store, stored])
            print("t=%4ds published=%4d heap=%7dK fds=%4d threads=%4d store=%9d stored=%4d" % tuple(rows[-1]), flush=True)
            next_sample += args.sample_every
        time.sleep(0.2)
    published = len(feed.snapshot())
    caught_up = time.time()
    deadline = caught_up + 600
    while True:
        result = check(api, published)
        if not result["lost"] and not result["not_indexed"] or time.time() > deadline:
            break
        time.sleep(10)
    caught_up = time.time() - caught_up
    stop.set()
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=120)
    fs.shutdown()
    with open(os.path.join(args.work, "soak.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["seconds", "published", "heap_kb_after_gc", "fds", "threads", "store_bytes", "stored"])
        w.writerows(rows)
    after = [r for r in rows if restart is None or r[0] >= restart]
    grow = {name: growing([r[i] for r in after]) for name, i in (("heap", 2), ("fds", 3), ("threads", 4))}
    grow["store_bytes_per_item"] = growing([r[5] / max(r[6], 1) for r in after])
    summary = dict(result, published=published, growing=grow, reads=counts,
                   restart_at_seconds=round(restart) if restart is not None else None,
                   restart_took_seconds=round(down_seconds or 0), caught_up_after_end_seconds=round(caught_up),
                   plot=plot(rows, restart, os.path.join(args.work, "soak.png")))
    print(json.dumps(summary, indent=1))
    failed = any(result[k] for k in ("lost", "stored_twice", "not_indexed", "indexed_twice")) or any(grow.values())
    print("soak: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
