package grade

import (
	"go/scanner"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

// giveawayRun is how many consecutive lines of code a student version
// may share with a solution: fewer are idioms ("var g mat.Dense",
// "g.Scale(2*reg, W)"), more are the answer. giveawayTokens is the same
// for tokens, which finds a solution rewritten onto other lines (one
// expression instead of two statements): 24 tokens is one long
// expression, autodiff.Scale(autodiff.Add(autodiff.L2(W1), autodiff.L2(W2)), reg).
const (
	giveawayRun    = 4
	giveawayTokens = 24
)

// TestNoGiveaways compares the solution regions of the bundled
// assignments with the student versions: no student version may contain
// a run of giveawayRun lines of any solution region of its own notebook
// or of an earlier one (by file name: 07 before 08 before 09). A later
// notebook that needs an earlier exercise's function asks the student to
// paste theirs, or tests it only in hidden tests.
func TestNoGiveaways(t *testing.T) {
	type solution struct {
		where  string
		lines  []string
		tokens []string
	}
	var solutions []solution
	checked := 0
	for _, a := range bundledAssignments(t) {
		src := a.src
		name := strings.TrimSuffix(filepath.Base(a.file), ".ipynb")
		for _, c := range src.Cells {
			if c.Type != notebook.CodeCell {
				continue
			}
			lines := strings.Split(c.Source, "\n")
			rs, err := regions(lines, BeginSolution, EndSolution)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rs {
				body := lines[r.begin+1 : r.end]
				solutions = append(solutions, solution{name + " cell " + c.ID, significant(body), tokens(strings.Join(body, "\n"))})
			}
		}
		student, err := Assign(src)
		if err != nil {
			t.Fatal(err)
		}
		shown := map[string]string{} // a run of lines -> the cell that shows it
		for _, c := range student.Cells {
			if c.Type != notebook.CodeCell {
				continue
			}
			ls := significant(strings.Split(c.Source, "\n"))
			for i := 0; i+giveawayRun <= len(ls); i++ {
				shown[strings.Join(ls[i:i+giveawayRun], "\n")] = c.ID
			}
			ts := tokens(c.Source)
			for i := 0; i+giveawayTokens <= len(ts); i++ {
				shown[strings.Join(ts[i:i+giveawayTokens], " ")] = c.ID
			}
		}
		for _, s := range solutions {
			var runs []string
			for i := 0; i+giveawayRun <= len(s.lines); i++ {
				runs = append(runs, strings.Join(s.lines[i:i+giveawayRun], "\n"))
			}
			for i := 0; i+giveawayTokens <= len(s.tokens); i++ {
				runs = append(runs, strings.Join(s.tokens[i:i+giveawayTokens], " "))
			}
			for _, run := range runs {
				if cell, ok := shown[run]; ok {
					t.Errorf("%s's student version, cell %s, gives away the solution of %s:\n%s", name, cell, s.where, run)
					break
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no solution regions found in the bundled notebooks")
	}
}

// significant returns the lines that carry code, trimmed: no blank lines,
// comments, or lone braces and parentheses.
func significant(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "//") || strings.Trim(l, "{}()[], ") == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// tokens returns the Go tokens of src, without comments and the
// semicolons the scanner inserts at line ends.
func tokens(src string) []string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var out []string
	for {
		_, tok, lit := s.Scan()
		switch {
		case tok == token.EOF:
			return out
		case tok == token.SEMICOLON && lit == "\n":
		case lit != "":
			out = append(out, lit)
		default:
			out = append(out, tok.String())
		}
	}
}
