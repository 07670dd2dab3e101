#!/usr/bin/python3
"""Latency and memory of gobackprop next to ipykernel and the protocol floor.

    /usr/bin/python3 bench/latency.py [BINARY] [--before OLD_BINARY] [--starts N] [--runs N] [--warmup N]

BINARY is the gobackprop kernel binary (default: bin/gobackprop of this
repository). The floor is bench/floorkernel, a Go kernel on zmq4 that runs
nothing; it is built into a temporary directory here. The conforming floor
is the same program with -conforming: it also publishes the execute_input
and execute_result the protocol asks for `1+1`, so gobackprop minus it is
what gobackprop itself adds. ipykernel is the Debian python3-ipykernel
kernelspec "python3". --before adds another gobackprop binary (a build of
the commit before a change), interleaved with the rest, so that a change is
measured against its base in one run.

All three are measured in one run and interleaved (round robin over the
repetitions), so that a noisy moment of the machine hits them alike:

- start-up: from KernelManager.start_kernel (process start) to the first
  kernel_info_reply, found by polling kernel_info with short timeouts
  (jupyter_client's wait_for_ready would add a fixed 0.2 s);
- round trip: execute_request of the cell `1+1` sent -> status idle
  received, median over --runs after --warmup unmeasured runs, with two
  clients: jupyter_client's BlockingKernelClient (as the issue asks; in
  jupyter_client 7 each get_iopub_msg runs an asyncio loop, so every
  message a kernel publishes costs the client a lot) and a lean client on
  the same connection: pyzmq sockets and jupyter_client's Session, which
  still signs, checks and parses every message;
- idle RSS: VmRSS of the kernel process after the warm-up.

It prints a Markdown table and the issue's targets with pass/fail. It is a
benchmark, not a test: it never fails on a missed target.
"""

import argparse
import os
import queue
import shutil
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import zmq
import zmq.asyncio

REPO = Path(__file__).resolve().parents[1]

# Targets from the kernel issue ("Speed and memory").
ROUND_TRIP_FACTOR = 1.2   # round trip at most 1.2x the floor
START_UP_MARGIN = 0.05    # start-up at most 0.05 s above the floor (issue 18)
IDLE_RSS_MB = 45          # idle RSS at most 45 MB

CELL = "1+1"


def write_spec(data_dir, name, argv, display_name, language, interrupt_mode):
    d = Path(data_dir, "kernels", name)
    d.mkdir(parents=True)
    (d / "kernel.json").write_text(json.dumps({
        "argv": argv, "display_name": display_name, "language": language,
        "interrupt_mode": interrupt_mode,
    }, indent=1))


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024  # kB -> MiB
    return float("nan")


class Kernel:
    """One kernelspec under test and, while it runs, its manager and client."""

    def __init__(self, label, kernel_name):
        self.label, self.kernel_name = label, kernel_name
        self.starts, self.round_trips, self.lean_round_trips = [], [], []
        self.rss = None
        self.km = self.kc = self.ctx = None
        self.lean_ctx = self.lean_shell = self.lean_iopub = None

    def start(self):
        """Start the kernel; return seconds to the first kernel_info_reply."""
        from jupyter_client.manager import KernelManager

        self.km = KernelManager(kernel_name=self.kernel_name)
        # The client connects before the kernel listens; libzmq then retries
        # only after RECONNECT_IVL (100 ms by default), which would round
        # a start-up up to the client's retry clock. 1 ms measures the
        # kernel instead (a context option is the default of its sockets).
        self.ctx = zmq.asyncio.Context()
        self.ctx.setsockopt(zmq.RECONNECT_IVL, 1)
        t0 = time.perf_counter()
        self.km.start_kernel()
        self.kc = self.km.client(context=self.ctx)
        self.kc.start_channels()
        deadline = t0 + 60
        while True:
            self.kc.kernel_info()
            try:
                reply = self.kc.get_shell_msg(timeout=0.02)
            except queue.Empty:
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"{self.label}: no kernel_info_reply within 60 s")
                continue
            if reply["msg_type"] == "kernel_info_reply":
                return time.perf_counter() - t0

    def settle(self):
        """Wait until iopub delivers (the PUB/SUB join is done) and drop
        whatever is queued from start-up polling."""
        self.kc.wait_for_ready(timeout=60)
        self.drain()

    def drain(self):
        """Drop what the jupyter_client channels hold."""
        for get in (self.kc.get_shell_msg, self.kc.get_iopub_msg):
            while True:
                try:
                    get(timeout=0.2)
                except queue.Empty:
                    break

    def connect_lean(self):
        """Open the lean client's sockets on the running kernel."""
        info = self.km.get_connection_info()
        self.lean_ctx = zmq.Context()
        self.lean_shell = self.lean_ctx.socket(zmq.DEALER)
        self.lean_shell.connect(f"tcp://{info['ip']}:{info['shell_port']}")
        self.lean_iopub = self.lean_ctx.socket(zmq.SUB)
        self.lean_iopub.setsockopt(zmq.SUBSCRIBE, b"")
        self.lean_iopub.connect(f"tcp://{info['ip']}:{info['iopub_port']}")
        # Wait until the subscription has reached the kernel: a PUB drops
        # what it publishes before.
        deadline = time.perf_counter() + 60
        while not self.lean_iopub.poll(50):
            self.kc.kernel_info()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{self.label}: lean iopub got nothing in 60 s")
        while self.lean_iopub.poll(200):
            self.lean_iopub.recv_multipart()
        self.drain()

    def lean_round_trip(self):
        """round_trip through the lean client: the same messages, signed,
        checked and parsed by jupyter_client's Session, without asyncio."""
        session = self.km.session
        t0 = time.perf_counter()
        msg = session.send(self.lean_shell, "execute_request", {
            "code": CELL, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True})
        msg_id = msg["header"]["msg_id"]
        while True:
            _, parts = session.feed_identities(self.lean_iopub.recv_multipart())
            m = session.deserialize(parts)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                t = time.perf_counter() - t0
                break
        _, parts = session.feed_identities(self.lean_shell.recv_multipart())  # outside the timed part
        reply = session.deserialize(parts)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"{self.label}: {CELL} failed: {reply['content']}")
        return t

    def round_trip(self):
        """Seconds from execute_request sent to its status idle received."""
        kc = self.kc
        t0 = time.perf_counter()
        msg_id = kc.execute(CELL)
        while True:
            m = kc.get_iopub_msg(timeout=60)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                t = time.perf_counter() - t0
                break
        reply = kc.get_shell_msg(timeout=60)  # outside the timed part
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"{self.label}: {CELL} failed: {reply['content']}")
        return t

    def pid(self):
        return self.km.provisioner.process.pid

    def stop(self):
        if self.lean_ctx is not None:
            self.lean_ctx.destroy(linger=0)
            self.lean_ctx = self.lean_shell = self.lean_iopub = None
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None:
            self.km.shutdown_kernel(now=True)
        if self.ctx is not None:
            self.ctx.destroy(linger=0)
        self.km = self.kc = self.ctx = None


def ms(s):
    return f"{s * 1000:.2f} ms"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", nargs="?", default=str(REPO / "bin" / "gobackprop"))
    ap.add_argument("--before", help="another gobackprop binary to measure in the same run (the base of a change)")
    ap.add_argument("--starts", type=int, default=5, help="start-ups per kernel (default 5)")
    ap.add_argument("--runs", type=int, default=200, help="timed round trips per kernel (default 200)")
    ap.add_argument("--warmup", type=int, default=20, help="untimed round trips first (default 20)")
    args = ap.parse_args()

    binary = Path(args.binary).resolve()
    if not binary.is_file():
        sys.exit(f"latency.py: no kernel binary at {binary} (run make build)")

    data_dir = tempfile.mkdtemp(prefix="gobackprop-bench-")
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # ipykernel's frozen-modules warning
    kernels = []
    try:
        floor_bin = Path(data_dir, "floorkernel")
        subprocess.run(["go", "build", "-o", str(floor_bin), "./bench/floorkernel"], cwd=REPO, check=True)
        write_spec(data_dir, "bench-floor", [str(floor_bin), "{connection_file}"],
                   "protocol floor", "go", "signal")
        write_spec(data_dir, "bench-floor-conforming", [str(floor_bin), "-conforming", "{connection_file}"],
                   "conforming protocol floor", "go", "signal")
        write_spec(data_dir, "bench-gobackprop", [str(binary), "kernel", "{connection_file}"],
                   "Go (gobackprop)", "go", "message")
        kernels = [Kernel("floor (zmq4, runs nothing)", "bench-floor"),
                   Kernel("gobackprop", "bench-gobackprop"),
                   Kernel("conforming floor (+ execute_input, execute_result)", "bench-floor-conforming")]

        before = None
        if args.before:
            write_spec(data_dir, "bench-gobackprop-before", [str(Path(args.before).resolve()), "kernel", "{connection_file}"],
                       "Go (gobackprop before)", "go", "message")
            before = Kernel("gobackprop before", "bench-gobackprop-before")

        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
        try:
            spec = KernelSpecManager().get_kernel_spec("python3")
            if not any("ipykernel" in a for a in spec.argv):
                raise NoSuchKernel("python3")
            kernels.append(Kernel("ipykernel", "python3"))
            print(f"ipykernel: kernelspec python3 in {spec.resource_dir} ({' '.join(spec.argv[:3])})")
        except NoSuchKernel:
            print("ipykernel: no python3 kernelspec found (apt-get install python3-ipykernel); "
                  "measuring without it")
        if before is not None:
            kernels.append(before)

        print(f"gobackprop: {binary}")
        print(f"start-ups: {args.starts} per kernel; round trips: {args.runs} after {args.warmup} warm-up; "
              f"interleaved\n", flush=True)

        for _ in range(args.starts):
            for k in kernels:
                try:
                    k.starts.append(k.start())
                finally:
                    k.stop()

        for k in kernels:
            k.start()
            k.settle()
            k.connect_lean()
        for _ in range(args.warmup):
            for k in kernels:
                k.round_trip()
                k.lean_round_trip()
        for k in kernels:
            k.rss = rss_mb(k.pid())
        for _ in range(args.runs):
            for k in kernels:
                k.round_trips.append(k.round_trip())
                k.lean_round_trips.append(k.lean_round_trip())
    finally:
        for k in kernels:
            k.stop()
        shutil.rmtree(data_dir, ignore_errors=True)

    med = statistics.median
    print(f"| kernel | start-up median (min - max of {args.starts}) | round trip `{CELL}`, jupyter_client: "
          f"median (min) | round trip, lean client: median (min) | idle RSS |")
    print("|---|---|---|---|---|")
    for k in kernels:
        print(f"| {k.label} | {med(k.starts):.3f} s ({min(k.starts):.3f} - {max(k.starts):.3f}) "
              f"| {ms(med(k.round_trips))} ({ms(min(k.round_trips))}) "
              f"| {ms(med(k.lean_round_trips))} ({ms(min(k.lean_round_trips))}) | {k.rss:.1f} MB |")

    floor, gbp, conforming = kernels[0], kernels[1], kernels[2]
    f_start, g_start = med(floor.starts), med(gbp.starts)
    f_rt, g_rt, c_rt = med(floor.round_trips), med(gbp.round_trips), med(conforming.round_trips)
    f_lean, g_lean, c_lean = med(floor.lean_round_trips), med(gbp.lean_round_trips), med(conforming.lean_round_trips)
    verdict = lambda ok: "pass" if ok else "FAIL"
    print()
    print("| target (gobackprop) | limit | measured | |")
    print("|---|---|---|---|")
    print(f"| round trip <= {ROUND_TRIP_FACTOR}x floor | {ms(ROUND_TRIP_FACTOR * f_rt)} | {ms(g_rt)} "
          f"({g_rt / f_rt:.2f}x) | {verdict(g_rt <= ROUND_TRIP_FACTOR * f_rt)} |")
    print(f"| start-up <= floor + {START_UP_MARGIN} s | {f_start + START_UP_MARGIN:.3f} s | {g_start:.3f} s "
          f"(floor {g_start - f_start:+.3f} s) | {verdict(g_start <= f_start + START_UP_MARGIN)} |")
    print(f"| idle RSS <= {IDLE_RSS_MB} MB | {IDLE_RSS_MB} MB | {gbp.rss:.1f} MB | {verdict(gbp.rss <= IDLE_RSS_MB)} |")
    print()
    print("| round trip, as a multiple of the floor's | jupyter_client | lean client |")
    print("|---|---|---|")
    print(f"| conforming floor (the two messages the protocol adds for `{CELL}`) "
          f"| {c_rt / f_rt:.2f}x | {c_lean / f_lean:.2f}x |")
    print(f"| gobackprop | {g_rt / f_rt:.2f}x | {g_lean / f_lean:.2f}x |")
    print(f"| gobackprop over the conforming floor (what gobackprop adds) "
          f"| {ms(g_rt - c_rt)} ({g_rt / c_rt:.2f}x) | {ms(g_lean - c_lean)} ({g_lean / c_lean:.2f}x) |")
    if before is not None:
        b_rt, b_lean = med(before.round_trips), med(before.lean_round_trips)
        print(f"\nBefore the change (--before), same run: round trip {ms(b_rt)} ({b_rt / c_rt:.2f}x the conforming "
              f"floor; after: {g_rt / c_rt:.2f}x), lean client {ms(b_lean)} ({b_lean / c_lean:.2f}x; after: "
              f"{g_lean / c_lean:.2f}x), start-up {med(before.starts):.3f} s (after: {g_start:.3f} s), "
              f"idle RSS {before.rss:.1f} MB.")
    ipks = [k for k in kernels if k.kernel_name == "python3"]
    if ipks:
        ipk = ipks[0]
        i_rt = med(ipk.round_trips)
        print(f"\nFor orientation: gobackprop's round trip is {g_rt / i_rt:.2f}x ipykernel's "
              f"(the issue expects at most about 0.3x; lean client {g_lean / med(ipk.lean_round_trips):.2f}x); "
              f"start-up {g_start:.3f} s vs {med(ipk.starts):.3f} s; RSS {gbp.rss:.1f} MB vs {ipk.rss:.1f} MB.")


if __name__ == "__main__":
    main()
