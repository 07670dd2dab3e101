#!/bin/sh
# blas.sh prints "openblas" when this machine can build gobackprop with
# OpenBLAS doing the matrix products (cgo on, a C compiler, and OpenBLAS's
# library: Debian's libopenblas-dev), and "go" otherwise. The Makefile and
# install/ci/build.sh choose the build tag with it, so a plain build trains
# at numpy's speed wherever OpenBLAS is installed, and still builds without
# it. Usage: sh install/blas.sh
go=${GO:-go}
cc=$($go env CC 2>/dev/null)
if [ "$($go env CGO_ENABLED 2>/dev/null)" != 1 ] || ! command -v "${cc%% *}" >/dev/null 2>&1; then
	echo go
elif pkg-config --exists openblas 2>/dev/null ||
	ls /usr/lib/libopenblas.so /usr/lib/*/libopenblas.so /usr/lib64/libopenblas.so /usr/local/lib/libopenblas.so >/dev/null 2>&1; then
	echo openblas
else
	echo go
fi
