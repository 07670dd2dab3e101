#!/usr/bin/python3
"""check.py FILE...: run each Go file program-style and notebook-style through gobackprop run and
compare with go run; print SAME or the outputs. Needs /tmp/x7a-gobackprop (go build ./cmd/gobackprop)."""
import json, os, subprocess, sys, tempfile


def cells_of(src, nb):
    if not nb:
        return [src]
    i = src.index("func main() {")
    body = src[i + len("func main() {"):].rstrip()
    return [src[:i].replace("package main", "", 1), body[:-1]]


def run_notebook(cells):
    """Runs cells through gobackprop run; returns the executed notebook's cells, or None if it died."""
    d = tempfile.mkdtemp()
    p = os.path.join(d, "t.ipynb")
    nb = {"cells": [{"cell_type": "code", "metadata": {}, "source": c, "outputs": [], "execution_count": None} for c in cells],
          "metadata": {"kernelspec": {"name": "gobackprop", "display_name": "Go", "language": "go"}}, "nbformat": 4, "nbformat_minor": 5}
    json.dump(nb, open(p, "w"))
    subprocess.run([os.environ.get("X7A_BIN", "/tmp/x7a-gobackprop"), "run", p, "-o", p + ".out", "--allow-errors"], capture_output=True, text=True)
    if not os.path.exists(p + ".out"):
        return None
    return json.load(open(p + ".out"))["cells"]


def run_kernel(cells):
    done = run_notebook(cells)
    if done is None:
        return "", "DIED"
    out, err = "", ""
    for c in done:
        for o in c.get("outputs", []):
            if o["output_type"] == "stream" and o["name"] == "stdout":
                out += "".join(o["text"])
            elif o["output_type"] == "error":
                err = o["ename"] + ": " + o["evalue"]
    return out, err

def main(files):
    for f in files:
        g = subprocess.run(["go", "run", f], capture_output=True, text=True)
        want = g.stdout
        for nb in (False, True):
            got, err = run_kernel(cells_of(open(f).read(), nb))
            style = "notebook" if nb else "program"
            if got == want and (not err) == (g.returncode == 0):
                print("SAME", f, style)
                continue
            kind = "SILENT" if not err and g.returncode == 0 else "ERROR"
            print(kind, f, style, "|", err)
            print("  got :", got.replace("\n", "\\n")[:600])
            print("  want:", want.replace("\n", "\\n")[:600], g.stderr.strip().splitlines()[:1])


if __name__ == "__main__":
    main(sys.argv[1:])
