"""The kernel through Jupyter's own command-line tools: `jupyter kernelspec
list` finds it, and `jupyter nbconvert --to notebook --execute` runs a
notebook on it (nbconvert drives the kernel with nbclient).

Run: GOBACKPROP=$PWD/bin/gobackprop /usr/bin/python3 -m unittest -v tests/jupyter/test_nbconvert.py
"""

import base64
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import unittest
from pathlib import Path

import kernelenv

JUPYTER = "/usr/bin/jupyter"

# The widest picture a notebook may show, in CSS pixels: about the width of
# the output area of a notebook on a laptop. A wider image is shrunk by the
# browser until a circuit diagram's labels cannot be read (issue 14).
MAX_IMAGE_WIDTH = 900

# The assignment notebooks that train classifiers for minutes: make
# test-assignments executes them (GOBACKPROP_TRAINING_NOTEBOOKS=1).
TRAINING = ("06b-", "07-", "08-", "09-")

# CSS pixels per unit of an SVG length.
SVG_UNITS = {"": 1, "px": 1, "pt": 96 / 72, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4}


def image_width(mime, data):
    """The width in CSS pixels of an image output: a PNG's from its IHDR
    chunk, an SVG's from the width attribute of its root element."""
    if mime == "image/png":
        raw = base64.b64decode(data)
        if raw[:8] != b"\x89PNG\r\n\x1a\n" or raw[12:16] != b"IHDR":
            raise AssertionError("an image/png output is not a PNG")
        return struct.unpack(">I", raw[16:20])[0]
    root = re.search(r"<svg\b[^>]*>", data)
    width = root and re.search(r'\bwidth="([\d.]+)\s*([a-z]*)"', root.group(0))
    if not width:
        raise AssertionError("an image/svg+xml output has no width")
    return float(width.group(1)) * SVG_UNITS[width.group(2)]


def image_widths(nb):
    """(cell number, mime type, width) of every image output of an executed
    notebook. A width in the output's metadata is the one the front end
    draws, so it counts when present."""
    found = []
    for n, cell in enumerate(nb["cells"], 1):
        for out in cell.get("outputs", []):
            for mime, data in out.get("data", {}).items():
                if mime in ("image/png", "image/svg+xml"):
                    width = out.get("metadata", {}).get(mime, {}).get("width") or image_width(mime, data)
                    found.append((n, mime, width))
    return found


def setUpModule():
    kernelenv.install()


def tearDownModule():
    kernelenv.uninstall()


def jupyter(*args, timeout=120):
    """Run /usr/bin/jupyter with the temporary JUPYTER_DATA_DIR."""
    if not os.access(JUPYTER, os.X_OK):
        kernelenv.missing(JUPYTER, "jupyter-core")
    env = os.environ.copy()
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # silence the frozen-modules debugger warning
    return subprocess.run([JUPYTER, *args], env=env, capture_output=True, text=True, timeout=timeout)


def code_cell(source):
    return {"cell_type": "code", "execution_count": None, "id": f"cell-{abs(hash(source)) % 10**8}",
            "metadata": {}, "outputs": [], "source": source}


CELLS = [
    code_cell('fmt.Println("hello from nbconvert")'),
    code_cell("answer := 6 * 7\nanswer"),
    code_cell('display.HTML("<b>bold</b>")'),
    code_cell('import "strings"\nstrings.ToUpper("go")'),
]


class KernelspecListTest(unittest.TestCase):
    def test_kernelspec_list_has_gobackprop(self):
        p = jupyter("kernelspec", "list", "--json")
        self.assertEqual(p.returncode, 0, p.stderr)
        specs = json.loads(p.stdout)["kernelspecs"]
        self.assertIn(kernelenv.KERNEL_NAME, specs)
        spec = specs[kernelenv.KERNEL_NAME]["spec"]
        self.assertEqual(spec["language"], "go")
        self.assertEqual(spec["display_name"], "Go (gobackprop)")
        self.assertEqual(spec["interrupt_mode"], "message")
        self.assertEqual(spec["argv"][1:], ["kernel", "{connection_file}"])
        self.assertEqual(Path(spec["argv"][0]).resolve(), Path(kernelenv.binary()).resolve())


class NbconvertExecuteTest(unittest.TestCase):
    def setUp(self):
        if kernelenv.try_import("nbconvert") is None or not os.access("/usr/bin/jupyter-nbconvert", os.X_OK):
            kernelenv.missing("jupyter nbconvert", "jupyter-nbconvert")
        if kernelenv.try_import("nbclient") is None:
            kernelenv.missing("nbclient", "python3-nbclient")
        self.dir = tempfile.mkdtemp(prefix="gobackprop-nbconvert-")
        self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)

    def test_execute_notebook(self):
        src = Path(self.dir, "cells.ipynb")
        nb = {
            "nbformat": 4, "nbformat_minor": 5,
            "metadata": {
                "kernelspec": {"name": kernelenv.KERNEL_NAME, "display_name": "Go (gobackprop)", "language": "go"},
                "language_info": {"name": "go"},
            },
            "cells": CELLS,
        }
        src.write_text(json.dumps(nb, indent=1))
        out = Path(self.dir, "executed.ipynb")
        p = jupyter("nbconvert", "--to", "notebook", "--execute",
                    f"--ExecutePreprocessor.kernel_name={kernelenv.KERNEL_NAME}",
                    "--ExecutePreprocessor.timeout=60",
                    "--output", out.name, "--output-dir", self.dir, str(src))
        self.assertEqual(p.returncode, 0, f"nbconvert failed:\n{p.stderr[-3000:]}")
        nbformat = kernelenv.try_import("nbformat")
        done = nbformat.read(str(out), as_version=4)  # joins multi-line strings back
        nbformat.validate(done)
        self.assertEqual(done["metadata"]["language_info"]["name"], "go")
        cells = done["cells"]
        self.assertEqual([c["execution_count"] for c in cells], [1, 2, 3, 4])

        [out0] = cells[0]["outputs"]
        self.assertEqual((out0["output_type"], out0["name"], out0["text"]),
                         ("stream", "stdout", "hello from nbconvert\n"))
        [res] = cells[1]["outputs"]
        self.assertEqual(res["output_type"], "execute_result")
        self.assertEqual(res["execution_count"], 2)
        self.assertEqual(res["data"]["text/plain"], "42")
        [html] = cells[2]["outputs"]
        self.assertEqual(html["output_type"], "display_data")
        self.assertEqual(html["data"]["text/html"], "<b>bold</b>")
        [upper] = cells[3]["outputs"]
        self.assertEqual(upper["output_type"], "execute_result")
        self.assertEqual(upper["data"]["text/plain"], '"GO"')

    def test_bundled_notebooks(self):
        """Every bundled notebook runs through Jupyter's own executor without an
        error output (the Go tests run them through `gobackprop run`), and
        every picture it shows fits the notebook: at most 900 px wide."""
        nbformat = kernelenv.try_import("nbformat")
        notebooks = sorted(Path(__file__).resolve().parents[2].joinpath("notebooks").glob("*.ipynb"))
        self.assertTrue(notebooks, "no bundled notebooks found")
        for src in notebooks:
            if src.name.startswith(TRAINING) and os.environ.get("GOBACKPROP_TRAINING_NOTEBOOKS") != "1":
                # Minutes of training each: make test-assignments runs them
                # here (and graded), so that make test stays short.
                continue
            with self.subTest(notebook=src.name):
                p = jupyter("nbconvert", "--to", "notebook", "--execute",
                            f"--ExecutePreprocessor.kernel_name={kernelenv.KERNEL_NAME}",
                            "--ExecutePreprocessor.timeout=600",
                            "--output", src.name, "--output-dir", self.dir, str(src), timeout=900)
                self.assertEqual(p.returncode, 0, f"nbconvert failed on {src.name}:\n{p.stderr[-3000:]}")
                done = nbformat.read(str(Path(self.dir, src.name)), as_version=4)
                errors = [o for c in done["cells"] if c["cell_type"] == "code"
                          for o in c.get("outputs", []) if o["output_type"] == "error"]
                self.assertEqual(errors, [], f"{src.name} has error outputs")
                code = [c for c in done["cells"] if c["cell_type"] == "code" and c["source"].strip()]
                self.assertTrue(all(c["execution_count"] for c in code), f"{src.name}: a cell did not run")
                images = image_widths(done)
                for n, mime, width in images:
                    self.assertLessEqual(width, MAX_IMAGE_WIDTH, f"{src.name} cell {n}: a {mime} output {width:g} px wide")
                if src.name.startswith(("02-", "03-", "07-", "09-")):
                    self.assertTrue(images, f"{src.name} shows no picture: was the width check reading its outputs?")

    def test_image_width(self):
        """image_width reads what the bundled-notebook check relies on."""
        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + struct.pack(">II", 1217, 395)).decode()
        self.assertEqual(image_width("image/png", png), 1217)
        self.assertEqual(image_width("image/svg+xml", '<?xml?><svg xmlns="x" width="675pt" height="1pt">'), 900)
        self.assertEqual(image_width("image/svg+xml", '<svg height="3" width="640">'), 640)
        nb = {"cells": [{"outputs": [{"data": {"image/png": png}, "metadata": {"image/png": {"width": 600}}}]},
                        {"cell_type": "markdown"}]}
        self.assertEqual(image_widths(nb), [(1, "image/png", 600)])


if __name__ == "__main__":
    unittest.main()
