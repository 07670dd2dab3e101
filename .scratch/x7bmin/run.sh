#!/bin/sh
# run.sh PROG.go: run a program as one cell through the kernel's session
# (gobackprop run on a one-cell notebook) and with go run, and show both.
# NOTEBOOK=1 splits it as the corpus test does: declarations in one cell,
# main's body as top-level statements in the next.
set -e
f=$1; nb=/tmp/x7b-min-$(basename $f .go).ipynb
/usr/bin/python3 - "$f" "$nb" <<'PY'
import json,sys
import os
src=open(sys.argv[1]).read()
cells=[src]
if os.environ.get("NOTEBOOK"):
    i=src.index("func main() {")
    body=src[i+len("func main() {"):].rstrip()
    assert body.endswith("}")
    body="\n".join(l[1:] if l.startswith("\t") else l for l in body[:-1].split("\n"))
    j=src.index("package main")+len("package main")
    cells=[src[j:i], body]
nb={"cells":[{"cell_type":"code","metadata":{},"execution_count":None,"outputs":[],"source":c} for c in cells],
 "metadata":{"kernelspec":{"name":"gobackprop","display_name":"Go","language":"go"}},"nbformat":4,"nbformat_minor":5}
json.dump(nb,open(sys.argv[2],"w"))
PY
echo "--- go run"; go run "$f" 2>&1 || true
echo "--- session"; ${GOBACKPROP:-/tmp/x7b-gobackprop} run "$nb" -o "$nb.out" --allow-errors >/dev/null 2>&1 || true
/usr/bin/python3 - "$nb.out" <<'PY'
import json,sys
for c in json.load(open(sys.argv[1]))["cells"]:
    for o in c.get("outputs",[]):
        if o["output_type"]=="stream": print("".join(o["text"]),end="")
        elif o["output_type"]=="error": print("ERROR:",o["ename"],o["evalue"])
        elif "data" in o: print("DATA:", "".join(o["data"].get("text/plain","")))
PY
