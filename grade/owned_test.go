package grade

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

// TestBundledSubmissionsTamperWithNothing merges each bundled assignment
// with the submissions make test-assignments grades (the source itself,
// the student version, and each prepared submission of
// cmd/gobackprop/testdata/assignments): none redeclares or assigns a name
// of the notebook's own cells, so widening what counts as the notebook's
// costs no honest student a point.
func TestBundledSubmissionsTamperWithNothing(t *testing.T) {
	for _, a := range bundledAssignments(t) {
		name := strings.TrimSuffix(filepath.Base(a.file), ".ipynb")
		student, err := Assign(a.src)
		if err != nil {
			t.Fatal(err)
		}
		subs := map[string]*notebook.Notebook{"source": a.src, "student": student}
		files, _ := filepath.Glob(filepath.Join("..", "cmd", "gobackprop", "testdata", "assignments", name, "*.cells"))
		for _, f := range files {
			subs[strings.TrimSuffix(filepath.Base(f), ".cells")] = prepared(t, a.src, f)
		}
		for sub, nb := range subs {
			t.Run(name+"/"+sub, func(t *testing.T) {
				_, findings, err := Merge(a.src, nb)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range findings {
					if f.Kind == Redeclared || f.Kind == Tampered {
						t.Errorf("got finding %s: %s", f.Kind, f.Message)
					}
				}
			})
		}
	}
}

// referenceSolved is the student version of src with the reference
// solution in each solution cell: a complete submission.
func referenceSolved(t testing.TB, src *notebook.Notebook) *notebook.Notebook {
	t.Helper()
	nb, err := Assign(src)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range nb.Cells {
		if m, _ := MetaOf(c); m.Solution {
			c.Source = src.Cells[i].Source
		}
	}
	return nb
}

// prepared is the student version of src with the reference solution in
// each solution cell and then the cells of a .cells file ("//// cell ID"
// sections, each a cell's new text) in their place, as
// cmd/gobackprop/assignments_test.go builds it.
func prepared(t *testing.T, src *notebook.Notebook, file string) *notebook.Notebook {
	t.Helper()
	nb := referenceSolved(t, src)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range strings.Split(string(b), "//// cell ")[1:] {
		id, text, _ := strings.Cut(s, "\n")
		c := cellByID(nb, strings.TrimSpace(id))
		if c == nil {
			t.Fatalf("%s: no cell %q", file, id)
		}
		c.Source = strings.TrimRight(text, "\n")
	}
	return nb
}

// TestRedeclaredHelperOfAnUnmarkedCell: 07-svm's helpers live in a cell
// with no nbgrader metadata (svm-02). A submission that redeclares one,
// in a solution cell or in a cell it adds, or assigns a variable of
// such a cell, gets a finding, and every check whose text names it loses
// its points.
func TestRedeclaredHelperOfAnUnmarkedCell(t *testing.T) {
	var src *notebook.Notebook
	for _, a := range bundledAssignments(t) {
		if filepath.Base(a.file) == "07-svm.ipynb" {
			src = a.src
		}
	}
	if src == nil {
		t.Skip("no 07-svm notebook")
	}
	tests := []struct {
		name, code string
		added      bool // in a cell the student adds after svm-11, not in svm-11
		kind       FindingKind
		helper     string // the name whose checks must be lost
	}{
		{"a function", "func frobDiff(A, B *mat.Dense) float64 { return 0 }", false, Redeclared, "frobDiff"},
		{"a variable", "var frobDiff = func(A, B *mat.Dense) float64 { return 0 }", false, Redeclared, "frobDiff"},
		{"in an added cell", "func randomW(D, C int, std float64, seed uint64) *mat.Dense { return nil }", true, Redeclared, "randomW"},
		{"by assignment in a function", "func init2() { fixReg = 0 }", false, Tampered, "fixReg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := referenceSolved(t, src)
			c := cellByID(sub, "svm-11")
			if tt.added {
				extra := &notebook.Cell{ID: "mine", Type: notebook.CodeCell, Source: tt.code, Metadata: map[string]any{}}
				sub.Cells = slices.Insert(sub.Cells, slices.Index(sub.Cells, c)+1, extra)
			} else {
				c.Source += "\n\n" + tt.code
			}
			p, err := plan(src, sub)
			if err != nil {
				t.Fatal(err)
			}
			if got := kinds(&Result{Findings: p.findings}); len(got) != 1 || got[0] != tt.kind {
				t.Fatalf("got findings %v, want one %s", p.findings, tt.kind)
			}
			lost := 0
			for _, i := range p.order {
				check := p.nb.Cells[i]
				names := strings.Contains(check.Source, tt.helper)
				r := Test{Status: Passed}
				p.discount(i, &r)
				if names && r.Status == Passed {
					t.Errorf("check %s names %s but keeps its points", check.ID, tt.helper)
				}
				if r.Status != Passed {
					lost++
				}
			}
			if lost == 0 {
				t.Error("no check lost its points")
			}
			t.Logf("%d of %d checks lost", lost, len(p.order))
		})
	}
}

// TestAssigned: the names a student cell assigns from outside, in every
// shape of cell; a function's own names are not among them.
func TestAssigned(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"top level", "tol = 1\nrng.Seed = 2\nW[0]++", []string{"tol", "rng", "W"}},
		{"in a function", "func f(W []float64) {\n\ttol = 1\n\tW[0] = 2\n\tx := 3\n\tx = 4\n\t(*p).f = 5\n}", []string{"tol", "p"}},
		{"after imports", "import \"math\"\n\ndata.X = math.Pi", []string{"data"}},
		{"a mix of declarations and statements", "import \"fmt\"\n\nfunc f() { tol = 2 }\n\nfmt.Println(1)\ndata.X = nil\n\nfunc g(tol float64) { tol = 3 }", []string{"tol", "data"}},
		{"named results and closures", "func f() (loss float64) {\n\tloss = 1\n\tk := 0\n\tg := func() { k++ }\n\tg()\n\treturn\n}", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, n := range assigned(tt.src) {
				got[n] = true
			}
			want := map[string]bool{}
			for _, n := range tt.want {
				want[n] = true
			}
			if !mapsEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
