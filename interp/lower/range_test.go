package lower

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRangeLoweringsRunAsGo runs each program of the range and generic
// goldens twice with the Go toolchain, as written and as lowered (with
// main restored), and compares the output: the lowered form must mean
// what the program meant, not merely match its golden text.
func TestRangeLoweringsRunAsGo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds each program with the Go toolchain")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the Go toolchain is this test's oracle and is missing: %v", err)
		}
		t.Skipf("no Go toolchain: %v", err)
	}
	for _, name := range []string{"range_int", "range_func", "range_func_defer", "range_func_goto", "generic_call"} {
		f := filepath.Join("testdata", name+".golden")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			src, lowered, _ := strings.Cut(string(b), goldenMark)
			if strings.HasPrefix(lowered, "error: ") {
				t.Skip("the lowering refuses this program")
			}
			lowered = strings.TrimSuffix(lowered, "\n"+MainName+"()\n")
			lowered = "package main\n" + strings.Replace(lowered, "func "+MainName+"()", "func main()", 1)
			want := goRun(t, goTool, src)
			if got := goRun(t, goTool, lowered); got != want {
				t.Errorf("lowered program printed\n%s\nthe program\n%s", got, want)
			}
		})
	}
}

// goRun builds and runs a one-file program and returns its output.
func goRun(t *testing.T, goTool, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module prog\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s\n%s", err, out, src)
	}
	return string(out)
}
