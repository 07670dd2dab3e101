#!/usr/bin/python3
"""Soak: 5,000 varied cells through jupyter_client, gobackprop beside ipykernel.

    /usr/bin/python3 bench/soak.py [BINARY] [--cells N] [--window N] [--heap-profiles DIR]

BINARY is the gobackprop kernel binary (default: bin/gobackprop of this
repository); ipykernel is the Debian python3-ipykernel kernelspec "python3"
(without it, gobackprop is measured alone). Both kernels run the same
program of cells, each in its own language - arithmetic, a variable
redefined, printing, a loop, a function redefined, a map, a string
function, a failing cell - and are interleaved window by window, so that a
noisy moment of the machine hits both alike.

Per window of --window cells it prints the round trip's median and 99th
percentile (execute_request sent -> status idle received, jupyter_client's
BlockingKernelClient) and the RSS of each process (gobackprop: the front
and its worker; ipykernel: the kernel). At the end: RSS growth per cell
from the end of the first window (warm) to the last, and p99 of the last
window over the first's. It is a benchmark, not a test: it never fails on
a missed target (growth <= 2 KB a cell, p99 flat).
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

GO_SETUP = 'import "strings"'
GO_CELLS = [
    "1+1",
    "x := {i}",
    "x * 2",
    'fmt.Println("cell", {i})',
    "s := 0\nfor j := 0; j < 100; j++ {{\n\ts += j\n}}\ns",
    "func f(n int) int {{ return n * {k} }}\nf(3)",
    'm := map[string]int{{"a": {i}}}\nm["a"]',
    'strings.ToUpper("cell{k}")',
    "undefinedName{k} + 1",
    "xs := make([]float64, 1000)\nfor j := range xs {{\n\txs[j] = float64(j)\n}}\nlen(xs)",
]
PY_SETUP = "import math"
PY_CELLS = [
    "1+1",
    "x = {i}",
    "x * 2",
    'print("cell", {i})',
    "s = 0\nfor j in range(100):\n    s += j\ns",
    "def f(n):\n    return n * {k}\nf(3)",
    'm = {{"a": {i}}}\nm["a"]',
    '"cell{k}".upper()',
    "undefinedName{k} + 1",
    "xs = [float(j) for j in range(1000)]\nlen(xs)",
]


def rss_kb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d.name))
    return out


class Kernel:
    def __init__(self, label, kernel_name, cells, setup):
        self.label, self.kernel_name, self.cells, self.setup = label, kernel_name, cells, setup
        self.windows = []  # (p50, p99, {process: rss kB})
        self.n = 0

    def start(self):
        from jupyter_client.manager import KernelManager

        self.km = KernelManager(kernel_name=self.kernel_name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.run(self.setup)

    def run(self, code):
        kc = self.kc
        t0 = time.perf_counter()
        msg_id = kc.execute(code, stop_on_error=False)
        while True:
            m = kc.get_iopub_msg(timeout=60)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                t = time.perf_counter() - t0
                break
        while True:
            r = kc.get_shell_msg(timeout=60)
            if r["parent_header"].get("msg_id") == msg_id:
                return t

    def rss(self):
        pid = self.km.provisioner.process.pid
        out = {"kernel": rss_kb(pid)}
        for i, c in enumerate(children(pid)):
            out["worker" if i == 0 else f"child{i}"] = rss_kb(c)
        return out

    def profile(self):
        """Ask gobackprop's worker for a heap profile (--heap-profiles)."""
        for c in children(self.km.provisioner.process.pid)[:1]:
            os.kill(c, signal.SIGUSR1)

    def window(self, count):
        times = []
        for _ in range(count):
            i = self.n
            code = self.cells[i % len(self.cells)].format(i=i, k=i % 7)
            times.append(self.run(code))
            self.n += 1
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        self.windows.append((statistics.median(times), p99, self.rss()))

    def stop(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", nargs="?", default=str(REPO / "bin" / "gobackprop"))
    ap.add_argument("--cells", type=int, default=5000)
    ap.add_argument("--window", type=int, default=500)
    ap.add_argument("--heap-profiles", metavar="DIR",
                    help="have gobackprop's worker write a heap profile into DIR after each window")
    args = ap.parse_args()
    binary = Path(args.binary).resolve()
    if not binary.is_file():
        sys.exit(f"soak.py: no kernel binary at {binary} (run make build)")

    data_dir = tempfile.mkdtemp(prefix="gobackprop-soak-")
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    d = Path(data_dir, "kernels", "soak-gobackprop")
    d.mkdir(parents=True)
    spec = {"argv": [str(binary), "kernel", "{connection_file}"], "display_name": "gobackprop",
            "language": "go", "interrupt_mode": "message"}
    if args.heap_profiles:
        Path(args.heap_profiles).mkdir(parents=True, exist_ok=True)
        spec["env"] = {"GOBACKPROP_HEAP_PROFILE": str(Path(args.heap_profiles).resolve())}
    (d / "kernel.json").write_text(json.dumps(spec))
    kernels = [Kernel("gobackprop", "soak-gobackprop", GO_CELLS, GO_SETUP)]
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
        if any("ipykernel" in a for a in spec.argv):
            kernels.append(Kernel("ipykernel", "python3", PY_CELLS, PY_SETUP))
    except NoSuchKernel:
        print("ipykernel: no python3 kernelspec (apt-get install python3-ipykernel); measuring without it")
    try:
        for k in kernels:
            k.start()
            k.start_rss = k.rss()
        for w in range(args.cells // args.window):
            for k in kernels:
                k.window(args.window)
            if args.heap_profiles:
                kernels[0].profile()
            print(f"window {w + 1}: " + "; ".join(
                f"{k.label} p50 {k.windows[-1][0] * 1000:.2f} ms p99 {k.windows[-1][1] * 1000:.2f} ms "
                + " ".join(f"{p} {v / 1024:.1f} MB" for p, v in k.windows[-1][2].items())
                for k in kernels), flush=True)
    finally:
        for k in kernels:
            k.stop()
        shutil.rmtree(data_dir, ignore_errors=True)

    print()
    print(f"| kernel | process | RSS at start | after {args.window} cells | after {args.cells} | "
          f"growth per cell (warm) | p50 first / last window | p99 first / last window |")
    print("|---|---|---|---|---|---|---|---|")
    for k in kernels:
        first, last = k.windows[0], k.windows[-1]
        cells = args.window * (len(k.windows) - 1)
        for p in last[2]:
            s, a, b = k.start_rss.get(p, 0), first[2].get(p, 0), last[2][p]
            print(f"| {k.label} | {p} | {s / 1024:.1f} MB | {a / 1024:.1f} MB | {b / 1024:.1f} MB | "
                  f"{(b - a) * 1024 / cells / 1000:.2f} KB | {first[0] * 1000:.2f} / {last[0] * 1000:.2f} ms | "
                  f"{first[1] * 1000:.2f} / {last[1] * 1000:.2f} ms |")


if __name__ == "__main__":
    main()
