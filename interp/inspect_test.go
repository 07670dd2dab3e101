package interp

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// A kernel on a laptop has no Go sources: Inspect's documentation comes
// from the table embedded in the binary (package docs). The test runs
// itself again with GOROOT, GOPATH and the module cache pointed at an
// empty directory, and requires the documentation all the same.
func TestInspectWithoutGoSources(t *testing.T) {
	if os.Getenv("INSPECT_NO_SOURCES") == "1" {
		inspectDocs(t)
		return
	}
	empty := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestInspectWithoutGoSources$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INSPECT_NO_SOURCES=1", "GOROOT="+empty, "GOPATH="+empty, "GOMODCACHE="+empty)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "PASS") {
		t.Errorf("without Go sources: %v\n%s", err, out)
	}
}

func inspectDocs(t *testing.T) {
	if _, err := os.Stat(os.Getenv("GOROOT") + "/src/fmt"); err == nil {
		t.Fatal("GOROOT still has sources")
	}
	s := newTestSession(t, Options{}, "import (\n\t\"strings\"\n\t\"gonum.org/v1/gonum/mat\"\n)\nvar _ strings.Builder\nvar _ mat.Dense")
	tests := []struct{ code, want string }{
		{"fmt.Println", "func fmt.Println(a ...any) (n int, err error)"},
		{"fmt.Println", "Println formats using the default formats"},
		{"fmt", "Package fmt implements formatted I/O"},
		{"strings.Builder", "type strings.Builder struct"},
		{"strings.Builder", "A Builder is used to efficiently build a string"},
		{"math.Pi", "Mathematical constants."},
		{"autodiff.Var", "func autodiff.Var(label string, v float64) *Value"},
		{"autodiff", "Package autodiff computes gradients by backpropagation"},
		{"mat.NewDense", "NewDense creates a new Dense matrix"},
	}
	for _, tc := range tests {
		b, found := s.Inspect(tc.code, len(tc.code), 0)
		text, _ := b["text/plain"].(string)
		if !found || !strings.Contains(text, tc.want) {
			t.Errorf("Inspect(%q): got %v %q, want it to contain %q", tc.code, found, text, tc.want)
		}
	}
}
