"""The Windows build, run for real: gobackprop.exe under Wine.

Most students run Jupyter on Windows or macOS, and `make cross` only
proves that the tree compiles for them. Here the windows/amd64 binary
runs: `version`; `run` of the lecture notebooks, whose outputs must be
the Linux binary's (the oracle), durations aside; and the kernel itself,
started by jupyter_client on Linux through a kernelspec that the .exe
wrote, talking ZeroMQ over TCP to the Wine process and running its cells
in a worker process of its own (inherited pipe handles, Windows' capture
of os.Stdout). jupyter_kernel_test's conformance suite runs against it
too. The Wine prefix has no Go sources: Inspect's documentation comes
from the table in the binary.

Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Go's Windows runtime
needs at start-up; the module builds one for the prefix from
processprng.c with MinGW (see there). Wine, MinGW and the Jupyter
packages missing fail the module under CI=true and skip it elsewhere,
naming the Debian packages.

Run: make test-windows (or GOBACKPROP=bin/gobackprop
GOBACKPROP_EXE=bin/windows-amd64/gobackprop.exe /usr/bin/python3 -m
unittest -v tests/windows/test_wine.py)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "jupyter"))

import kernelenv  # noqa: E402

jupyter_client = kernelenv.try_import("jupyter_client")
jkt = kernelenv.try_import("jupyter_kernel_test")

TIMEOUT = 60  # bounds a hang under Wine; measures nothing
KERNEL_NAME = "gobackprop-wine"
LECTURE_NOTEBOOKS = ["00-welcome", "01-gradients", "02-computational-graphs", "03-sigmoid-neuron",
                     "04-backward-patterns", "05-gates-api", "06-vectorized"]


class _Wine:
    wine = wineserver = exe = None
    env = None
    tmp = None


def _find(*candidates):
    for c in candidates:
        path = shutil.which(c) if "/" not in c else (c if os.access(c, os.X_OK) else None)
        if path:
            return path
    return None


def wine(*args, timeout=TIMEOUT, check=True):
    """Runs gobackprop.exe (or a Wine program) with args; its output."""
    return subprocess.run([_Wine.wine, *args], env=_Wine.env, capture_output=True, text=True,
                          timeout=timeout, check=check)


def windows_path(path):
    """path as a Windows program under Wine sees it (drive Z: is /)."""
    return "Z:" + str(path).replace("/", "\\")


def setUpModule():
    try:
        prepare()
    except BaseException:
        tearDownModule()  # unittest does not call it when setUpModule fails
        raise


def prepare():
    """Finds the tools, builds the .exe unless given one, makes the Wine
    prefix and installs the kernelspec."""
    _Wine.wine = _find("wine64", "/usr/lib/wine/wine64", "wine")
    _Wine.wineserver = _find("wineserver", "/usr/lib/wine/wineserver")
    if _Wine.wine is None or _Wine.wineserver is None:
        kernelenv.missing("wine", "wine64")
    cc = _find("x86_64-w64-mingw32-gcc")
    if cc is None:
        kernelenv.missing("MinGW's C compiler (for bcryptprimitives.dll)", "gcc-mingw-w64-x86-64-win32")
    if jupyter_client is None:
        kernelenv.missing("jupyter_client", "python3-jupyter-client")

    _Wine.tmp = Path(tempfile.mkdtemp(prefix="gobackprop-wine-"))
    exe = os.environ.get("GOBACKPROP_EXE")
    if exe:
        _Wine.exe = Path(exe).resolve()
        if not _Wine.exe.is_file():
            raise AssertionError(f"GOBACKPROP_EXE={exe} is not a file: run make test-windows")
    else:
        _Wine.exe = _Wine.tmp / "gobackprop.exe"
        subprocess.run(["go", "build", "-o", str(_Wine.exe), "./cmd/gobackprop"], cwd=kernelenv.REPO,
                       env=dict(os.environ, GOOS="windows", GOARCH="amd64"), check=True)

    # A prefix of the module's own, so that nothing a student's or a
    # developer's Wine holds takes part, and nothing is left behind.
    _Wine.env = dict(os.environ, WINEPREFIX=str(_Wine.tmp / "prefix"), WINEDEBUG="-all",
                     WINEDLLOVERRIDES="mscoree,mshtml=")  # no Mono or Gecko installer
    wine("wineboot", "--init", timeout=300)
    system32 = _Wine.tmp / "prefix" / "drive_c" / "windows" / "system32"
    subprocess.run([cc, "-shared", "-O2", "-s", "-o", str(system32 / "bcryptprimitives.dll"),
                    str(HERE / "processprng.c"), "-lbcrypt"], check=True)
    os.environ.update({k: _Wine.env[k] for k in ("WINEPREFIX", "WINEDEBUG", "WINEDLLOVERRIDES")})
    install_kernelspec()


def tearDownModule():
    if _Wine.env is not None:
        subprocess.run([_Wine.wineserver, "-k"], env=_Wine.env, timeout=TIMEOUT)
        subprocess.run([_Wine.wineserver, "-w"], env=_Wine.env, timeout=TIMEOUT)
    if _Wine.tmp is not None:
        shutil.rmtree(_Wine.tmp, ignore_errors=True)
    os.environ.pop("JUPYTER_PATH", None)


def install_kernelspec():
    """The kernelspec the .exe writes (`install --prefix`), made runnable
    from Linux: its argv[0] is the .exe's Windows path, which Jupyter here
    starts through Wine."""
    prefix = _Wine.tmp / "jupyter"
    wine(str(_Wine.exe), "install", "--prefix", str(prefix), "--name", KERNEL_NAME)
    spec_file = prefix / "share" / "jupyter" / "kernels" / KERNEL_NAME / "kernel.json"
    spec = json.loads(spec_file.read_text())
    if spec["argv"][0] != windows_path(_Wine.exe) or spec["argv"][1:] != ["kernel", "{connection_file}"]:
        raise AssertionError(f"got argv {spec['argv']}, want {windows_path(_Wine.exe)} kernel {{connection_file}}")
    if spec.get("interrupt_mode") != "message":
        raise AssertionError(f"got interrupt_mode {spec.get('interrupt_mode')}, want message: "
                             "Windows has no SIGINT to send")
    spec["argv"] = [_Wine.wine, str(_Wine.exe)] + spec["argv"][1:]
    spec_file.write_text(json.dumps(spec))
    os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")


DURATION = re.compile(r"\b\d[\d.hmµnsu]*s\b")


def notebook_outputs(path):
    """Each code cell's outputs, with measured durations blanked out in
    the text (the notebooks time their own loops)."""
    nb = json.loads(Path(path).read_text())
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        outs = json.loads(json.dumps(cell.get("outputs", [])))
        for o in outs:
            if "text" in o:
                o["text"] = DURATION.sub("DURATION", "".join(o["text"]))
            data = o.get("data", {})
            if "text/plain" in data:
                data["text/plain"] = DURATION.sub("DURATION", "".join(data["text/plain"]))
        cells.append(outs)
    return cells


class CommandTest(unittest.TestCase):
    def test_version_is_the_linux_builds(self):
        got = wine(str(_Wine.exe), "version").stdout
        want = subprocess.run([kernelenv.binary(), "version"], capture_output=True, text=True,
                              check=True).stdout
        self.assertEqual(got, want)
        self.assertTrue(got.startswith("gobackprop "), got)

    def test_run_gives_the_linux_outputs(self):
        sources = [str(kernelenv.REPO / "notebooks" / (n + ".ipynb")) for n in LECTURE_NOTEBOOKS]
        win_out, linux_out = _Wine.tmp / "run-windows", _Wine.tmp / "run-linux"
        r = wine(str(_Wine.exe), "run", "--outdir", str(win_out), *sources, timeout=600, check=False)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        subprocess.run([kernelenv.binary(), "run", "--outdir", str(linux_out), *sources],
                       capture_output=True, check=True, timeout=600)
        for name in LECTURE_NOTEBOOKS:
            with self.subTest(notebook=name):
                got = notebook_outputs(win_out / (name + ".ipynb"))
                want = notebook_outputs(linux_out / (name + ".ipynb"))
                self.assertTrue(any(want), "the Linux run produced no outputs")
                self.assertEqual(len(got), len(want))
                for i, (g, w) in enumerate(zip(got, want)):
                    self.assertEqual(g, w, f"code cell {i + 1}")

    def test_run_names_a_failing_cell(self):
        nb = {"cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                         "source": "x := 1\nfmt.Println(x)"},
                        {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                         "source": "var s []int\ns[3] = 1"}],
              "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        src = _Wine.tmp / "fails.ipynb"
        src.write_text(json.dumps(nb))
        r = wine(str(_Wine.exe), "run", "-o", str(_Wine.tmp / "fails.out.ipynb"), str(src), check=False)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("index out of range", r.stderr)
        self.assertIn("cell 2", r.stderr)


@unittest.skipIf(jupyter_client is None, "jupyter_client is missing (setUpModule fails under CI)")
class KernelTest(unittest.TestCase):
    """One kernel under Wine, driven by jupyter_client over TCP."""

    @classmethod
    def setUpClass(cls):
        from jupyter_client.manager import KernelManager

        cls.km = KernelManager(kernel_name=KERNEL_NAME)
        cls.km.start_kernel()
        cls.kc = cls.km.client()
        cls.kc.start_channels()
        try:
            cls.kc.wait_for_ready(timeout=TIMEOUT)
        except RuntimeError:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        if cls.km.has_kernel:
            cls.km.shutdown_kernel(now=True)
        cls.km.cleanup_resources()

    def execute(self, code):
        """Runs a cell; its reply and its outputs (the iopub messages
        between busy and idle, but execute_input)."""
        outs = []

        def hook(m):
            if m["msg_type"] not in ("status", "execute_input"):
                outs.append(m)

        reply = self.kc.execute_interactive(code, output_hook=hook, timeout=TIMEOUT)
        return reply["content"], outs

    def test_result_and_streams(self):
        reply, outs = self.execute('import "os"\nfmt.Println("from fmt")\nos.Stdout.WriteString("from os.Stdout\\n")\n'
                                   'fmt.Fprintln(os.Stderr, "from os.Stderr")\n6 * 7')
        self.assertEqual(reply["status"], "ok", reply)
        streams = {}
        for m in outs:
            if m["msg_type"] == "stream":
                streams[m["content"]["name"]] = streams.get(m["content"]["name"], "") + m["content"]["text"]
        self.assertEqual(streams, {"stdout": "from fmt\nfrom os.Stdout\n", "stderr": "from os.Stderr\n"})
        results = [m["content"]["data"]["text/plain"] for m in outs if m["msg_type"] == "execute_result"]
        self.assertEqual(results, ["42"])

    def test_autodiff_gradient(self):
        reply, outs = self.execute('a := autodiff.Var("a", 3)\nb := a.Mul(a).Add(a)\nb.Backward()\na.Grad')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual([m["content"]["data"]["text/plain"] for m in outs], ["7"])  # d(a*a+a)/da at 3

    def test_panic_is_one_error(self):
        reply, outs = self.execute('var s []int\ns[5] = 1')
        self.assertEqual(reply["status"], "error")
        self.assertEqual([m["msg_type"] for m in outs], ["error"])
        self.assertIn("index out of range", outs[0]["content"]["evalue"])
        self.execute("1")  # the session lives on

    def test_interrupt_keeps_the_session(self):
        self.assertEqual(self.execute("kept := 41")[0]["status"], "ok")
        msg_id = self.kc.execute('fmt.Println("looping")\nfor {}')
        # The interrupt goes once the cell prints, so that it stops the
        # running loop: one sent before the cell started could stop
        # nothing and the test pass all the same.
        deadline = time.monotonic() + TIMEOUT
        while True:
            self.assertLess(time.monotonic(), deadline, "the cell never printed")
            m = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream":
                break
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error", reply["content"])
        reply, outs = self.execute("kept + 1")
        self.assertEqual([m["content"]["data"]["text/plain"] for m in outs if m["msg_type"] == "execute_result"],
                         ["42"])

    def test_inspect_without_go_sources(self):
        # The prefix holds no Go installation: the text is the binary's own.
        code = "fmt.Println"
        reply = self.kc.inspect(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(reply["found"], reply)
        text = reply["data"]["text/plain"]
        self.assertIn("func fmt.Println(a ...any) (n int, err error)", text)
        self.assertIn("Println formats using the default formats", text)
        # A method, through a value.
        self.assertEqual(self.execute('import "strings"\nvar wineSB strings.Builder')[0]["status"], "ok")
        code = "wineSB.WriteString"
        reply = self.kc.inspect(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(reply["found"], reply)
        self.assertIn("func (b *strings.Builder) WriteString(s string) (int, error)", reply["data"]["text/plain"])


@unittest.skipIf(jupyter_client is None, "jupyter_client is missing (setUpModule fails under CI)")
class ShutdownTest(unittest.TestCase):
    def test_shutdown_request_ends_the_process(self):
        from jupyter_client.manager import KernelManager

        km = KernelManager(kernel_name=KERNEL_NAME)
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=TIMEOUT)
            self.assertEqual(kc.execute_interactive("1", output_hook=lambda m: None, timeout=TIMEOUT)["content"]["status"], "ok")
            kc.shutdown()
            deadline = time.monotonic() + TIMEOUT
            while km.is_alive() and time.monotonic() < deadline:
                time.sleep(0.1)
            self.assertFalse(km.is_alive(), "the kernel is still running after shutdown_request")
            self.assertEqual(km.provisioner.process.returncode, 0)
        finally:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)
            km.cleanup_resources()


if jkt is not None:
    import test_conformance

    class WineConformanceTest(test_conformance.ConformanceTest):
        """jupyter_kernel_test's suite, as tests/jupyter runs it, against
        the kernel under Wine."""
        kernel_name = KERNEL_NAME
else:

    class WineConformanceTest(unittest.TestCase):
        def test_jupyter_kernel_test_installed(self):
            kernelenv.missing("jupyter_kernel_test", "python3-jupyter-kernel-test")


if __name__ == "__main__":
    unittest.main()
