"""What the Jupyter test modules share: the kernel binary, a throwaway
Jupyter data directory with the gobackprop kernelspec in it, and the rule
for a missing tool (fail under CI=true, skip with the Debian package to
install otherwise).

Each test module calls install() from setUpModule and uninstall() from
tearDownModule. JUPYTER_DATA_DIR is read by jupyter_core each time a
KernelSpecManager is made, so setting it before the first KernelManager of
the module is enough; the runtime directory (connection files) follows it
into the temporary directory and goes away with it.
"""

import importlib
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
KERNEL_NAME = "gobackprop"
CI = os.environ.get("CI", "").lower() == "true"

# Generous: these bound a hang, they do not measure speed.
TIMEOUT = 30


def missing(what, debian_package):
    """Report a tool the tests need but cannot find: a failure under CI,
    a skip naming the package to install elsewhere."""
    msg = f"{what} is not available: apt-get install {debian_package}"
    if CI:
        raise AssertionError(msg + " (CI=true: a missing tool is a failure)")
    raise unittest.SkipTest(msg)


def try_import(module):
    """The module, or None when it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def binary():
    """The kernel binary: $GOBACKPROP, else the repository's bin/gobackprop,
    built with `go build` when it is not there yet."""
    env = os.environ.get("GOBACKPROP")
    if env:
        path = Path(env)
        if not path.is_file():
            raise AssertionError(f"GOBACKPROP={env} is not a file: run make build")
        return str(path.resolve())
    path = REPO / "bin" / "gobackprop"
    if not path.is_file():
        subprocess.run(["go", "build", "-o", str(path), "./cmd/gobackprop"], cwd=REPO, check=True)
    return str(path)


class _State:
    data_dir = None
    saved_env = None


def install():
    """Install the kernelspec into a fresh temporary JUPYTER_DATA_DIR and
    point this process at it. Returns the directory."""
    _State.saved_env = os.environ.get("JUPYTER_DATA_DIR")
    _State.data_dir = tempfile.mkdtemp(prefix="gobackprop-jupyter-")
    os.environ["JUPYTER_DATA_DIR"] = _State.data_dir
    try:
        subprocess.run(
            [binary(), "install", "--user"],
            env=os.environ.copy(), check=True, capture_output=True, text=True,
        )
    except subprocess.CalledProcessError as e:
        uninstall()
        raise AssertionError(f"gobackprop install --user failed: {e.stderr}") from e
    spec = Path(_State.data_dir, "kernels", KERNEL_NAME, "kernel.json")
    if not spec.is_file():
        uninstall()
        raise AssertionError(f"gobackprop install --user wrote no {spec}")
    return _State.data_dir


def uninstall():
    """Remove the temporary data directory and restore the environment."""
    if _State.saved_env is None:
        os.environ.pop("JUPYTER_DATA_DIR", None)
    else:
        os.environ["JUPYTER_DATA_DIR"] = _State.saved_env
    if _State.data_dir:
        shutil.rmtree(_State.data_dir, ignore_errors=True)
    _State.data_dir = _State.saved_env = None
