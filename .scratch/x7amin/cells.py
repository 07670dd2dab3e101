#!/usr/bin/python3
"""cells.py FILE: run FILE split at lines '// --- cell' as a notebook through gobackprop run and
print each cell's output; compare by hand with the expected text in the file's comments."""
import sys

from check import run_notebook

done = run_notebook(open(sys.argv[1]).read().split("// --- cell\n"))
if done is None:
    sys.exit("the session died")
for i, c in enumerate(done):
    out = ""
    for o in c.get("outputs", []):
        if o["output_type"] == "stream":
            out += "".join(o["text"])
        elif o["output_type"] == "error":
            out += "ERROR " + o["ename"] + ": " + o["evalue"] + "\n"
        elif "data" in o:
            out += "".join(o["data"].get("text/plain", "")) + "\n"
    print("[cell %d] %s" % (i + 1, out.rstrip().replace("\n", "\n         ")))
