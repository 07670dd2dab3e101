"""bench/latency.py keeps working: it starts the protocol floor, the
conforming floor, gobackprop and ipykernel, drives each with both clients
and prints its tables. Few repetitions: this checks that the benchmark
runs and reports every kernel, it measures nothing (speed is never
asserted in a test).

Run: GOBACKPROP=$PWD/bin/gobackprop /usr/bin/python3 -m unittest -v tests/jupyter/test_bench.py
"""

import re
import subprocess
import sys
import unittest

import kernelenv


class LatencyBenchmarkTest(unittest.TestCase):
    def test_latency_script_reports_every_kernel(self):
        if kernelenv.try_import("ipykernel") is None:
            kernelenv.missing("ipykernel", "python3-ipykernel")
        out = subprocess.run(
            [sys.executable, str(kernelenv.REPO / "bench" / "latency.py"), kernelenv.binary(),
             "--starts", "1", "--runs", "3", "--warmup", "1"],
            capture_output=True, text=True, timeout=300)
        self.assertEqual(out.returncode, 0, out.stderr)
        rows = {}
        for line in out.stdout.splitlines():
            m = re.match(r"\| ([^|]+) \| ([\d.]+) s .*\| ([\d.]+) ms .*\| ([\d.]+) ms .*\| ([\d.]+) MB \|$", line)
            if m:
                rows[m.group(1)] = [float(g) for g in m.groups()[1:]]
        for label in ("floor (zmq4, runs nothing)", "gobackprop",
                      "conforming floor (+ execute_input, execute_result)", "ipykernel"):
            self.assertIn(label, rows, out.stdout)
            start, rt, lean, rss = rows[label]
            self.assertGreater(start, 0, label)
            self.assertGreater(rt, 0, label)
            self.assertGreater(lean, 0, label)
            self.assertGreater(rss, 1, label)
        self.assertRegex(out.stdout, r"\| round trip <= 1\.2x floor \| [\d.]+ ms \| [\d.]+ ms \([\d.]+x\) \| (pass|FAIL) \|")
        self.assertIn("what gobackprop adds", out.stdout)


if __name__ == "__main__":
    unittest.main()
