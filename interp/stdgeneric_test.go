package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStdGenericCellsMatchGo is the oracle of testdata/stdgeneric.cells:
// it builds the program the cells make - the first cell's imports and
// declarations at package level, the other cells' statements in main, in
// order, the "// Error:" cells left out - runs it with the Go toolchain
// and compares what each cell printed with the cell's "// Output:".
// TestGoldenCells then holds the session to the same text.
func TestStdGenericCellsMatchGo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program with the Go toolchain")
	}
	goTool := requireGo(t)
	b, err := os.ReadFile("testdata/stdgeneric.cells")
	if err != nil {
		t.Fatal(err)
	}
	const mark = "--- end of cell ---"
	cells := parseGolden(t, string(b))
	var body strings.Builder
	var want []string
	for _, c := range cells[1:] {
		if c.errText != nil {
			continue
		}
		body.WriteString(c.src + "fmt.Println(\"" + mark + "\")\n")
		out := ""
		if c.output != nil {
			out = *c.output
		}
		want = append(want, out)
	}
	src := "package main\n" + cells[0].src + "\nfunc main() {\n" + body.String() + "}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module cells\n\ngo 1.26\n"), 0o644); err != nil {
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
		t.Fatalf("go run: %v\n%s", err, out)
	}
	got := strings.Split(string(out), mark+"\n")
	if len(got) != len(want)+1 {
		t.Fatalf("got %d cells' output, want %d:\n%s", len(got)-1, len(want), out)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d: go run printed %q, the file says %q", i+2, got[i], want[i])
		}
	}
}
