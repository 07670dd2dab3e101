"""Compare autodiff's fused losses with numpy, in one run.

Times CS231n's softmax_loss_vectorized and svm_loss_vectorized (forward and
backward, numpy with the BLAS Debian ships) at the assignment's dev size,
X 500x3073 and W 3073x10, then runs the Go benchmarks of the same work
(autodiff.SoftmaxLoss / SVMLoss after MatMul, then Backward) and prints the
ratio. Usage: /usr/bin/python3 bench/losses.py
"""
import re
import subprocess
import sys
import time

import numpy as np

N, D, C = 500, 3073, 10


def softmax_loss_vectorized(W, X, y, reg):
    # The CS231n assignment's vectorized softmax loss and gradient.
    num_train = X.shape[0]
    scores = X.dot(W)
    scores -= scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    probs = exp / exp.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(num_train), y]).sum() / num_train + reg * np.sum(W * W)
    dscores = probs
    dscores[np.arange(num_train), y] -= 1
    dW = X.T.dot(dscores) / num_train + 2 * reg * W
    return loss, dW


def svm_loss_vectorized(W, X, y, reg):
    # The CS231n assignment's vectorized multiclass SVM loss and gradient.
    num_train = X.shape[0]
    scores = X.dot(W)
    correct = scores[np.arange(num_train), y][:, None]
    margins = np.maximum(0, scores - correct + 1)
    margins[np.arange(num_train), y] = 0
    loss = margins.sum() / num_train + reg * np.sum(W * W)
    mask = (margins > 0).astype(float)
    mask[np.arange(num_train), y] = -mask.sum(axis=1)
    dW = X.T.dot(mask) / num_train + 2 * reg * W
    return loss, dW


def best_ms(f, runs=30):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2] * 1e3


def go_bench(*tags):
    out = subprocess.run(
        ["go", "test", *tags, "-run", "^$", "-bench", "SoftmaxLoss500|SVMLoss500", "-benchtime", "30x", "./autodiff/"],
        capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        m = re.match(r"Benchmark(\w+?)500x3073\S*\s+\d+\s+([\d.]+) ns/op", line)
        if m:
            got[m.group(1)] = float(m.group(2)) / 1e6
    return got


def main():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((N, D))
    W = 0.001 * rng.standard_normal((D, C))
    y = rng.integers(0, C, N)
    numpy_ms = {
        "SoftmaxLoss": best_ms(lambda: softmax_loss_vectorized(W, X, y, 5e-6)),
        "SVMLoss": best_ms(lambda: svm_loss_vectorized(W, X, y, 5e-6)),
    }
    go_ms = go_bench()
    try:  # the build linked to OpenBLAS needs Debian's libopenblas-dev
        blas_ms = go_bench("-tags", "openblas")
    except subprocess.CalledProcessError:
        blas_ms = {}
    print("| loss, forward + backward, X %dx%d, W %dx%d | numpy (median) | pure Go | ratio | -tags openblas | ratio |" % (N, D, D, C))
    print("|---|---|---|---|---|---|")
    for name in ("SoftmaxLoss", "SVMLoss"):
        g, b = go_ms.get(name, float("nan")), blas_ms.get(name, float("nan"))
        print("| %s | %.2f ms | %.2f ms | %.2fx | %.2f ms | %.2fx |" % (
            name, numpy_ms[name], g, g / numpy_ms[name], b, b / numpy_ms[name]))


if __name__ == "__main__":
    sys.exit(main())
