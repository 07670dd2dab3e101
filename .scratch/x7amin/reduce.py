#!/usr/bin/python3
"""reduce.py FILE NEEDLE [nb]: greedy line deletion keeping (go build ok) and (gobackprop output contains NEEDLE)."""
import subprocess, sys, os
f, needle = sys.argv[1], sys.argv[2]
mode = sys.argv[3:] 
here = os.path.dirname(os.path.abspath(__file__))
lines = open(f).read().split("\n")
def ok(ls):
    open("/tmp/x7a-reduce.go", "w").write("\n".join(ls))
    if subprocess.run(["go", "build", "-o", "/dev/null", "/tmp/x7a-reduce.go"], capture_output=True).returncode:
        return False
    r = subprocess.run(["/usr/bin/python3", os.path.join(here, "run.py"), "/tmp/x7a-reduce.go"] + mode, capture_output=True, text=True).stdout
    return needle in r.split("--- go run:")[0]
assert ok(lines), "does not reproduce"
changed = True
while changed:
    changed = False
    for n in (8, 4, 2, 1):
        i = 0
        while i < len(lines):
            t = lines[:i] + lines[i + n:]
            if ok(t):
                lines = t; changed = True
            else:
                i += 1
print("\n".join(lines))
