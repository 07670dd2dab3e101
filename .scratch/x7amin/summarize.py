#!/usr/bin/python3
"""Summarize a TestGoCorpus -v log: one line per (program, style) that differs."""
import re, sys
log = open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/x7a-corpus.log").read()
res = {}
for m in re.finditer(r"corpus_test.go:(\d+): (\S+) \((\w+)\): (.*)", log):
    line, name, style, rest = m.groups()
    k = (name, style)
    d = res.setdefault(k, {"silent": False, "err": "", "died": False})
    if "SILENT" in rest: d["silent"] = True
    if "process died" in rest: d["died"] = True
for m in re.finditer(r"corpus_test.go:\d+: (\S+) \((\w+)\): [^\n]*\n(?:        [^\n]*\n|\s*\n)*?        \(error: (\"[^\n]*\")\)", log):
    res[(m.group(1), m.group(2))]["err"] = m.group(3)[:160]
for k in sorted(res, key=lambda k: (not res[k]["silent"], not res[k]["died"], k)):
    d = res[k]
    kind = "SILENT" if d["silent"] else "DIED" if d["died"] else "ERROR"
    print(kind, k[0], k[1], d["err"])
for m in re.finditer(r"corpus_test.go:134: (.*)", log): print(m.group(1))
