package grade

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
)

// The markers, as nbgrader spells them, written as Go line comments.
// A marker is a line of its own: "// BEGIN SOLUTION", possibly indented.
const (
	BeginSolution = "BEGIN SOLUTION"
	EndSolution   = "END SOLUTION"
	BeginHidden   = "BEGIN HIDDEN TESTS"
	EndHidden     = "END HIDDEN TESTS"

	// CodeStub is the line that replaces a solution, where the student
	// writes. nbgrader's Python stub is "# YOUR CODE HERE".
	CodeStub = "// YOUR CODE HERE"
	// TextStub replaces the answer of a Markdown solution cell, as
	// nbgrader's text_stub does.
	TextStub = "YOUR ANSWER HERE"
)

// markerLine reports whether line is the Go comment "// MARKER ...".
func markerLine(line, marker string) bool {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "//") {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(t[2:]), marker)
}

// hasMarkers reports whether src contains any solution marker.
func hasMarkers(src string) bool {
	for _, l := range strings.Split(src, "\n") {
		if markerLine(l, BeginSolution) || markerLine(l, EndSolution) {
			return true
		}
	}
	return false
}

// region is a marked block of lines, 0-based and inclusive of both
// marker lines.
type region struct{ begin, end int }

// regions finds the blocks between begin and end markers. Nested or
// unbalanced markers are the instructor's mistake and an error: guessing
// where a solution ends could hand the solution to the students.
func regions(lines []string, begin, end string) ([]region, error) {
	var out []region
	open := -1
	for i, l := range lines {
		switch {
		case markerLine(l, begin):
			if open >= 0 {
				return nil, fmt.Errorf("line %d: %q inside the region opened on line %d", i+1, "// "+begin, open+1)
			}
			open = i
		case markerLine(l, end):
			if open < 0 {
				return nil, fmt.Errorf("line %d: %q without %q before it", i+1, "// "+end, "// "+begin)
			}
			out = append(out, region{open, i})
			open = -1
		}
	}
	if open >= 0 {
		return nil, fmt.Errorf("line %d: %q is never closed by %q", open+1, "// "+begin, "// "+end)
	}
	return out, nil
}

// removeHidden deletes the hidden-test regions of a cell, markers
// included: students never see them, the grader re-inserts the cell
// from the source.
func removeHidden(src string) (string, error) {
	lines := strings.Split(src, "\n")
	rs, err := regions(lines, BeginHidden, EndHidden)
	if err != nil || len(rs) == 0 {
		return src, err
	}
	var out []string
	next := 0
	for _, r := range rs {
		out = append(out, lines[next:r.begin]...)
		next = r.end + 1
	}
	out = append(out, lines[next:]...)
	return strings.Join(out, "\n"), nil
}

// clearSolutions replaces each solution region by the code stub. A stub
// must compile, or the student's first run of the cell would be a compile
// error instead of the exercise: inside a function it is
//
//	// YOUR CODE HERE
//	panic("not implemented: name")
//
// because panic is a terminating statement that compiles whatever the
// function returns, where a return of zero values would have to spell out
// every result type (some of which, like a type from another cell, the
// stub cannot name) and could pass a check by accident (a zero loss).
// Where a statement cannot stand (a region inside a struct type or a
// composite literal) the stub is the comment alone. A solution cell
// without markers is replaced whole, as nbgrader does.
func clearSolutions(src string, solutionCell bool) (string, error) {
	lines := strings.Split(src, "\n")
	rs, err := regions(lines, BeginSolution, EndSolution)
	if err != nil {
		return "", err
	}
	if len(rs) == 0 {
		if solutionCell && strings.TrimSpace(src) != "" {
			return CodeStub + "\n" + panicStub(""), nil
		}
		return src, nil
	}
	var out []string
	next := 0
	for _, r := range rs {
		out = append(out, lines[next:r.begin]...)
		indent := leadingSpace(lines[r.begin])
		out = append(out, indent+CodeStub)
		if name, stmt := stubContext(src, r.begin+1, r.end+1); stmt {
			out = append(out, indent+panicStub(name))
		}
		next = r.end + 1
	}
	out = append(out, lines[next:]...)
	return strings.Join(out, "\n"), nil
}

func panicStub(name string) string {
	msg := "not implemented"
	if name != "" {
		msg += ": " + name
	}
	return "panic(" + strconv.Quote(msg) + ")"
}

func leadingSpace(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \t"))]
}

// stubContext parses the cell to learn where the region between lines
// begin and end (1-based) sits: the name of the enclosing function, and
// whether a statement may stand there. A cell mixes declarations and
// statements, which is neither a Go file nor a function body, so it is
// parsed both ways; the partial tree of a failed file parse still holds
// the cell's functions.
func stubContext(src string, begin, end int) (name string, stmt bool) {
	fset := token.NewFileSet()
	const mode = parser.AllErrors | parser.SkipObjectResolution
	offset := 1 // lines added in front of the cell
	f, err := parser.ParseFile(fset, "", "package p\n"+src, mode)
	if err != nil {
		if g, err2 := parser.ParseFile(fset, "", "package p\nfunc _() {\n"+src+"\n}", mode); err2 == nil {
			f, offset = g, 2
		}
	}
	if f == nil {
		return "", true
	}
	begin += offset
	end += offset

	// Find the innermost node that encloses both marker lines, and the
	// innermost named function on the way there.
	stmt = true
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if fset.Position(n.Pos()).Line > begin || fset.Position(n.End()).Line < end {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			name = n.Name.Name
			if n.Recv != nil && len(n.Recv.List) == 1 {
				name = recvName(n.Recv.List[0].Type) + "." + name
			}
			if name == "_" {
				name = ""
			}
		case *ast.FuncLit:
			if n := litName(stack); n != "" {
				name = n
			}
		}
		switch n.(type) {
		case *ast.File, *ast.BlockStmt, *ast.CaseClause, *ast.CommClause,
			*ast.BadDecl, *ast.BadStmt: // what a partial parse makes of statements

			stmt = true
		default:
			stmt = false
		}
		stack = append(stack, n)
		return true
	})
	return name, stmt
}

// recvName returns the type name of a method receiver: T for T, *T, T[P].
func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	}
	return ""
}

// litName names a function literal by the variable it is assigned to
// (f := func...), which is how a cell declares a closure.
func litName(stack []ast.Node) string {
	if len(stack) == 0 {
		return ""
	}
	switch p := stack[len(stack)-1].(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == 1 {
			if id, ok := p.Lhs[0].(*ast.Ident); ok {
				return id.Name
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 {
			return p.Names[0].Name
		}
	}
	return ""
}
