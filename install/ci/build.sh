# build.sh is sourced by grade.sh and merge.sh (". build.sh", with $out set: POSIX
# sh passes no arguments to a sourced file). It sets
# GOBACKPROP to a gobackprop binary - the one given, or one built into
# $out/bin from $GOBACKPROP_SRC, or one installed with go install
# (@$GOBACKPROP_VERSION, latest by default) - and prints its version.
if [ -z "${GOBACKPROP:-}" ]; then
	if [ -n "${GOBACKPROP_SRC:-}" ]; then
		echo "building gobackprop from $GOBACKPROP_SRC" >&2
		# With OpenBLAS where it is installed, as make build (install/blas.sh).
		(cd "$GOBACKPROP_SRC" && tags=$(sh install/blas.sh | sed -n 's/^openblas$/-tags=openblas/p') &&
			go build $tags -o "$out/bin/gobackprop" ./cmd/gobackprop)
	else
		echo "installing gobackprop@${GOBACKPROP_VERSION:-latest}" >&2
		GOBIN="$out/bin" go install "github.com/gobackprop/gobackprop/cmd/gobackprop@${GOBACKPROP_VERSION:-latest}"
	fi
	GOBACKPROP=$out/bin/gobackprop
fi
"$GOBACKPROP" version >&2
