#!/usr/bin/python3
"""table.py LOG: the per-program markdown table of a TestGoCorpus -v log over the x7a corpus."""
import glob, os, re, sys
log = open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/x7a-corpus.log").read()
files = sorted(os.path.basename(f) for f in glob.glob("interp/testdata/gocorpus/*_x7a_*.go"))
res = {}
for m in re.finditer(r"corpus_test.go:(\d+): (\S+) \((\w+)\): (.*)", log):
    _, name, style, rest = m.groups()
    res.setdefault((name, style), "ERROR")
    if "SILENT" in rest:
        res[(name, style)] = "SILENT"
    elif "process died" in rest:
        res[(name, style)] = "DIED"
print("\n".join(f"| {f} | {res.get((f, 'program'), 'same')} | {res.get((f, 'notebook'), 'same')} |" for f in files))
