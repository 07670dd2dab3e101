#!/usr/bin/python3
"""run.py FILE [nb]: run a Go file through gobackprop run as one cell (or notebook style with
nb: declarations, then main's body) and with go run; print both outputs."""
import subprocess, sys

from check import cells_of, run_kernel

got, err = run_kernel(cells_of(open(sys.argv[1]).read(), sys.argv[2:] == ["nb"]))
print("--- gobackprop:")
print(got, end="")
if err:
    print("ERROR:", err)
g = subprocess.run(["go", "run", sys.argv[1]], capture_output=True, text=True)
print("--- go run:")
print(g.stdout + g.stderr, end="")
