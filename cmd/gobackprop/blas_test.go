package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMakeBuildBLAS builds the binary as a user does, with `make build`,
// and checks that it uses OpenBLAS exactly when the machine has Debian's
// libopenblas-dev (its linkable library) and a C compiler, and says so in
// `gobackprop version`. CI installs libopenblas-dev, so there a pure-Go
// binary is a failure, not a skip.
func TestMakeBuildBLAS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary with make")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Fatalf("make: %v (apt-get install make)", err)
	}
	libs, _ := filepath.Glob("/usr/lib/*/libopenblas.so")
	more, _ := filepath.Glob("/usr/lib/libopenblas.so")
	libs = append(libs, more...)
	_, ccErr := exec.LookPath("gcc")
	openblas := len(libs) > 0 && ccErr == nil
	if !openblas && os.Getenv("CI") == "true" {
		t.Fatalf("CI machine without libopenblas-dev or gcc (found %v, gcc: %v): .ci/run installs them", libs, ccErr)
	}

	bin := filepath.Join(t.TempDir(), "gobackprop")
	cmd := exec.Command("make", "-C", "../..", "build", "BIN="+bin)
	for _, kv := range os.Environ() {
		// A caller's choice would decide for make.
		if !strings.HasPrefix(kv, "BLAS=") && !strings.HasPrefix(kv, "CGO_ENABLED=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make build: %v\n%s", err, out)
	}
	got := versionBLAS(t, bin)
	want := "pure Go (gonum)"
	if openblas {
		want = "OpenBLAS"
	}
	if !strings.HasPrefix(got, want) {
		t.Errorf("make build on a machine with libopenblas %v: got BLAS %q, want %q...", libs, got, want)
	}
	if openblas {
		ldd, err := exec.Command("ldd", bin).Output()
		if err != nil || !strings.Contains(string(ldd), "libopenblas") {
			t.Errorf("got ldd %v:\n%s\nwant the binary linked to libopenblas", err, ldd)
		}
	}
}

// versionBLAS returns what `bin version` says after "BLAS: ".
func versionBLAS(t *testing.T, bin string) string {
	t.Helper()
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("%s version: %v", bin, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if blas, ok := strings.CutPrefix(line, "BLAS: "); ok {
			return blas
		}
	}
	t.Fatalf("%s version: got %q, want a line \"BLAS: ...\"", bin, out)
	return ""
}
