"""The kernel through Jupyter's own command-line tools: `jupyter kernelspec
list` finds it, and `jupyter nbconvert --to notebook --execute` runs a
notebook on it (nbconvert drives the kernel with nbclient).

Run: GOBACKPROP=$PWD/bin/gobackprop /usr/bin/python3 -m unittest -v tests/jupyter/test_nbconvert.py
"""

import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import kernelenv

JUPYTER = "/usr/bin/jupyter"


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
        error output (the Go tests run them through `gobackprop run`)."""
        nbformat = kernelenv.try_import("nbformat")
        notebooks = sorted(Path(__file__).resolve().parents[2].joinpath("notebooks").glob("*.ipynb"))
        self.assertTrue(notebooks, "no bundled notebooks found")
        for src in notebooks:
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


if __name__ == "__main__":
    unittest.main()
