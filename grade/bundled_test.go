package grade

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

// TestBundledAssignments releases the bundled assignment notebooks (those
// with nbgrader solution cells): nothing of a solution or a hidden test is
// left, and every stub names its function. Grading them end to end takes
// minutes (they train on MNIST); BenchmarkGradeBundledSVM does it for the
// SVM assignment.
func TestBundledAssignments(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "notebooks", "*.ipynb"))
	found := 0
	for _, file := range files {
		src, err := notebook.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !hasSolutions(src) {
			continue
		}
		found++
		t.Run(filepath.Base(file), func(t *testing.T) {
			student, err := Assign(src)
			if err != nil {
				t.Fatal(err)
			}
			points := 0.0
			for i, c := range student.Cells {
				m, _ := MetaOf(c)
				for _, secret := range []string{BeginSolution, EndSolution, BeginHidden, EndHidden} {
					if c.Type == notebook.CodeCell && strings.Contains(c.Source, secret) {
						t.Errorf("cell %s still contains %q", c.ID, secret)
					}
				}
				if m.Solution && hasMarkers(src.Cells[i].Source) && !strings.Contains(c.Source, `panic("not implemented: `) {
					t.Errorf("cell %s: the stub does not name its function:\n%s", c.ID, c.Source)
				}
				if m.graded(c) {
					points += m.Points
				}
			}
			if points == 0 {
				t.Error("no graded cell earns points")
			}
		})
	}
	if found == 0 {
		t.Skip("no bundled assignment notebooks")
	}
}

func hasSolutions(nb *notebook.Notebook) bool {
	for _, c := range nb.Cells {
		if m, _ := MetaOf(c); m.Solution {
			return true
		}
	}
	return false
}
