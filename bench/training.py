"""Training steps as a student times them: a cell in the real kernel beside numpy.

Usage: /usr/bin/python3 bench/training.py [BINARY...] [--rounds N] [--steps N] [--numpy-threads N]

Each BINARY (default bin/gobackprop; give a pure-Go build too, e.g. `make
build BLAS=go BIN=bin/gobackprop-go`) is started as a Jupyter kernel through
jupyter_client. A set-up cell makes the CS231n dev-size problem (X 500x3073
as autodiff.ConstTensor, W 3073x10 as NewTensor, 500 labels); then each
round runs, in that kernel, a cell that times --steps back-to-back steps

    loss := Add(SoftmaxLoss(MatMul(X, W), y), Scale(L2(W), reg)); loss.Backward()

(and the same with SVMLoss) with time.Now inside the cell, as a student
would, and prints the time per step. numpy runs CS231n's
softmax_loss_vectorized / svm_loss_vectorized (bench/losses.py) the same
way in this process: warm, --steps calls back to back, timed around the
loop. Rounds interleave the kernels and numpy, so that a busy moment of
the machine hits all alike; the table gives the median round.

It also times a call from a cell into compiled code, X.At(i, j) in a loop,
against numpy's scalar index X[i, j] in a Python loop, each minus the same
loop without the call.

A benchmark, not a test: it never fails on a missed target.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# --numpy-threads must act before numpy loads OpenBLAS, which reads it once.
for i, a in enumerate(sys.argv):
    if a == "--numpy-threads" and i + 1 < len(sys.argv):
        os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[i + 1]

import numpy as np  # noqa: E402

os.environ.pop("OPENBLAS_NUM_THREADS", None)  # the kernels choose their own

sys.path.insert(0, str(Path(__file__).resolve().parent))
from latency import write_spec  # noqa: E402
from losses import softmax_loss_vectorized, svm_loss_vectorized  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
N, D, C, REG = 500, 3073, 10, 2.5e4
LOSSES = {"softmax": "SoftmaxLoss", "svm": "SVMLoss"}
AT_CALLS = 200_000

SETUP = f"""
import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/gobackprop/gobackprop/autodiff"
	"gonum.org/v1/gonum/mat"
)

rng := rand.New(rand.NewPCG(1, 2))
xData := make([]float64, {N}*{D})
for i := range xData {{
	xData[i] = rng.NormFloat64()
}}
Xm := mat.NewDense({N}, {D}, xData)
wData := make([]float64, {D}*{C})
for i := range wData {{
	wData[i] = 0.001 * rng.NormFloat64()
}}
X := autodiff.ConstTensor("X", Xm)
W := autodiff.NewTensor("W", mat.NewDense({D}, {C}, wData))
y := make([]int, {N})
for i := range y {{
	y[i] = rng.IntN({C})
}}
"""

STEPS_CELL = """
t0 := time.Now()
for step := 0; step < {steps}; step++ {{
	loss := autodiff.Add(autodiff.{fn}(autodiff.MatMul(X, W), y), autodiff.Scale(autodiff.L2(W), {reg}))
	loss.Backward()
}}
fmt.Println(time.Since(t0).Seconds() / {steps})
"""

# The loop with the call, then the same loop without it.
AT_CELL = f"""
s := 0.0
t0 := time.Now()
for i := 0; i < {AT_CALLS}; i++ {{
	s += Xm.At(i%{N}, 7)
}}
tAt := time.Since(t0).Seconds()
t0 = time.Now()
for i := 0; i < {AT_CALLS}; i++ {{
	s += float64(i % {N})
}}
fmt.Println(tAt/{AT_CALLS}, time.Since(t0).Seconds()/{AT_CALLS}, s != 0)
"""


def numpy_at(X):
    s = 0.0
    t0 = time.perf_counter()
    for i in range(AT_CALLS):
        s += X[i % N, 7]
    t_at = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i in range(AT_CALLS):
        s += float(i % N)
    return t_at / AT_CALLS, (time.perf_counter() - t0) / AT_CALLS


class Kernel:
    """A gobackprop binary running as a Jupyter kernel."""

    def __init__(self, binary, data_dir, index):
        from jupyter_client.manager import KernelManager
        name = f"bench-training-{index}"
        write_spec(data_dir, name, [str(binary), "kernel", "{connection_file}"], name, "go", "message")
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.run(SETUP)
        try:
            blas = self.run("fmt.Println(autodiff.BLAS())").strip()
        except RuntimeError:  # a build from before autodiff.BLAS
            blas = "pure Go, older build"
        self.label = f"{binary.name}: {blas}"
        self.steps = {k: [] for k in LOSSES}
        self.at = []

    def run(self, code):
        """Executes code; returns what it printed. Raises if the cell fails."""
        out = []

        def hook(msg):
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                out.append("\n".join(msg["content"]["traceback"]))

        reply = self.kc.execute_interactive(code, timeout=600, output_hook=hook)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"cell failed: {''.join(out)}\n{code}")
        return "".join(out)

    def stop(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binaries", nargs="*", default=[str(REPO / "bin" / "gobackprop")])
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds (default 7)")
    ap.add_argument("--steps", type=int, default=20, help="steps timed together in a round (default 20)")
    ap.add_argument("--numpy-threads", help="OpenBLAS threads for numpy (default: OpenBLAS's own, one per core); "
                    "the kernels start with one, the kernel's default")
    args = ap.parse_args()

    rng = np.random.default_rng(0)
    X = rng.standard_normal((N, D))
    W = 0.001 * rng.standard_normal((D, C))
    y = rng.integers(0, C, N)
    np_fns = {"softmax": softmax_loss_vectorized, "svm": svm_loss_vectorized}
    np_steps = {k: [] for k in LOSSES}
    np_at = []

    data_dir = tempfile.mkdtemp(prefix="gobackprop-bench-")
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    kernels = []
    try:
        for i, b in enumerate(args.binaries):
            kernels.append(Kernel(Path(b).resolve(), data_dir, i))
        for r in range(args.rounds + 1):  # round 0 warms up, untimed
            for k in kernels:
                for name, fn in LOSSES.items():
                    t = float(k.run(STEPS_CELL.format(steps=args.steps, fn=fn, reg=REG)))
                    if r:
                        k.steps[name].append(t)
                at, loop = (float(v) for v in k.run(AT_CELL).split()[:2])
                if r:
                    k.at.append((at, loop))
            for name, fn in np_fns.items():
                t0 = time.perf_counter()
                for _ in range(args.steps):
                    fn(W, X, y, REG)
                if r:
                    np_steps[name].append((time.perf_counter() - t0) / args.steps)
            if r:
                np_at.append(numpy_at(X))
    finally:
        for k in kernels:
            k.stop()
        shutil.rmtree(data_dir, ignore_errors=True)

    med = statistics.median
    ms = lambda s: f"{s * 1e3:.2f} ms"
    blas = numpy_blas()
    print(f"{args.rounds} rounds, {args.steps} steps a round, X {N}x{D}, W {D}x{C}: time a step, "
          f"median round (fastest round), and the medians' ratio to numpy's\n")
    print("| step, forward + backward | " + " | ".join(blas if i == 0 else k.label
                                                     for i, k in enumerate([None] + kernels)) + " |")
    print("|---|" + "---|" * (len(kernels) + 1))
    for name, fn in LOSSES.items():
        base = med(np_steps[name])
        cells = [f"{ms(base)} ({ms(min(np_steps[name]))})"] + [
            f"{ms(med(k.steps[name]))} ({ms(min(k.steps[name]))}), {med(k.steps[name]) / base:.2f}x" for k in kernels]
        print(f"| {fn} + Scale(L2(W)) | " + " | ".join(cells) + " |")
    np_call = med(a - l for a, l in np_at)
    print(f"\n| a call from a cell | time per call (loop minus the loop without it) | loop with the call |")
    print("|---|---|---|")
    print(f"| numpy `X[i, 7]` in Python | {np_call * 1e6:.3f} µs | {med(a for a, _ in np_at) * 1e6:.3f} µs |")
    for k in kernels:
        c = med(a - l for a, l in k.at)
        print(f"| {k.label}: `Xm.At(i%500, 7)` | {c * 1e6:.3f} µs ({c / np_call:.1f}x numpy's) "
              f"| {med(a for a, _ in k.at) * 1e6:.3f} µs |")


def numpy_blas():
    """The BLAS numpy calls, by the library it has loaded."""
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return "numpy"
    m = re.search(r"/(lib(openblas|blas|mkl_rt|blis)[^/\s]*\.so[^/\s]*)", maps)
    return f"numpy + {m.group(1)}" if m else "numpy"


if __name__ == "__main__":
    sys.exit(main())
