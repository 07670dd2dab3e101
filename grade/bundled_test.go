package grade

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
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
	found := 0
	for _, a := range bundledAssignments(t) {
		src := a.src
		found++
		t.Run(filepath.Base(a.file), func(t *testing.T) {
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
					// The rule: hidden tests in every graded cell, so
					// that hard-coding what a check shows earns nothing.
					if !strings.Contains(src.Cells[i].Source, BeginHidden) {
						t.Errorf("graded cell %s has no hidden tests (// %s ... // %s)", m.GradeID, BeginHidden, EndHidden)
					}
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

// bundledAssignment is a bundled notebook with solution cells.
type bundledAssignment struct {
	file string
	src  *notebook.Notebook
}

// bundledAssignments reads the bundled notebooks that have solution
// cells, in the order of their names (the order of the course).
func bundledAssignments(t *testing.T) []bundledAssignment {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "notebooks", "*.ipynb"))
	sort.Strings(files)
	var out []bundledAssignment
	for _, file := range files {
		src, err := notebook.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if hasSolutions(src) {
			out = append(out, bundledAssignment{file, src})
		}
	}
	return out
}

func hasSolutions(nb *notebook.Notebook) bool {
	for _, c := range nb.Cells {
		if m, _ := MetaOf(c); m.Solution {
			return true
		}
	}
	return false
}

// TestBundledAssignmentsStateTheirTerms: what a student reads before
// starting - the student version, as released - states the points of every
// graded cell as its metadata gives them, the totals graded automatically
// and by hand, the time limits, and how to hand the notebook in under its
// own name.
func TestBundledAssignmentsStateTheirTerms(t *testing.T) {
	for _, a := range bundledAssignments(t) {
		src, file := a.src, a.file
		t.Run(filepath.Base(file), func(t *testing.T) {
			student, err := Assign(src)
			if err != nil {
				t.Fatal(err)
			}
			var terms string
			for _, c := range student.Cells {
				if c.Type == notebook.MarkdownCell && regexp.MustCompile(`(?m)^## How this (assignment|notebook) is graded`).MatchString(c.Source) {
					terms = c.Source
				}
			}
			if terms == "" {
				t.Fatal("no markdown cell headed \"## How this assignment is graded\" (or notebook)")
			}
			auto, manual := 0.0, 0.0
			for _, c := range student.Cells {
				m, ok := MetaOf(c)
				if !ok || !m.Grade || m.Points == 0 {
					continue
				}
				if m.graded(c) {
					auto += m.Points
				} else {
					manual += m.Points
				}
				row := regexp.MustCompile("(?m)^\\| `" + regexp.QuoteMeta(m.GradeID) + "` \\|.*\\| ([0-9.]+) points?(, graded by hand)? \\|$").FindStringSubmatch(terms)
				if row == nil {
					t.Errorf("%s (%v points) has no row in the table of points", m.GradeID, m.Points)
					continue
				}
				if got := row[1]; got != strconv.FormatFloat(m.Points, 'f', -1, 64) {
					t.Errorf("%s: the table says %s points, its metadata %v", m.GradeID, got, m.Points)
				}
				if byHand := row[2] != ""; byHand == m.graded(c) {
					t.Errorf("%s: the table says graded by hand %v, but it is a %s cell", m.GradeID, byHand, c.Type)
				}
			}
			want := fmt.Sprintf("**Points.** %s points are graded automatically and %s by hand",
				strconv.FormatFloat(auto, 'f', -1, 64), strconv.FormatFloat(manual, 'f', -1, 64))
			if !strings.Contains(terms, want) {
				t.Errorf("the terms do not say %q", want)
			}
			// Hidden tests and the rules about a function's code are no
			// surprise: the terms say there are hidden tests and name every
			// function (or type) a rule is about.
			for _, c := range src.Cells {
				if m, _ := MetaOf(c); !m.Grade || c.Type != notebook.CodeCell {
					continue
				}
				if strings.Contains(c.Source, BeginHidden) && !strings.Contains(terms, "**hidden tests**") {
					t.Errorf("%s has hidden tests, but the terms do not say **hidden tests**", c.ID)
				}
				rules, err := rulesOf(c.Source)
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range rules {
					// A rule about a name the solutions do not declare
					// would pass every submission without a word.
					if studentCode(src).decls[r.fn] == nil {
						t.Errorf("%s states a rule about %s, which no solution cell declares", c.ID, r.fn)
					}
					fn, _, _ := strings.Cut(r.fn, ".")
					if !strings.Contains(terms, "`"+fn+"`") {
						t.Errorf("%s states a rule about %s, which the terms do not name", c.ID, r.fn)
					}
				}
			}
			for _, want := range []string{"**Time limits.** When grading, each cell may run for", "**Submitting.**", "`" + filepath.Base(file) + "`"} {
				if !strings.Contains(terms, want) {
					t.Errorf("the terms do not say %q", want)
				}
			}
		})
	}
}
