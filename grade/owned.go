package grade

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"

	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/notebook"
)

// Every cell of the source that is not a solution cell is the
// instructor's: checks and read-only setup, but also the cells with no
// nbgrader metadata at all, where a notebook defines its demo data and
// helpers (07-svm's frobDiff, randomW) before the exercise. The checks
// after a student cell call those names; a student cell that redeclares
// one (as a function, a variable, a type, a method of an instructor's
// type) or assigns to it makes those checks run the student's version.
// That is a finding, and each check that depends on the name - that uses
// it, or uses an instructor's name whose code uses it, to the end - does
// not count. Checks that do not depend on it keep their points: an
// honest student who reuses a demo's variable name in a scratch cell
// loses only what the reuse could have changed.

// touch is a student cell that redeclares or assigns instructor names.
type touch struct {
	at    int             // its index in the merged notebook
	names map[string]bool // the names, with a method's own name beside Type.Method
	why   string
	dep   map[int]bool // checks that depend on names (by merged index), once computed
}

// ownedNames maps each name a non-solution code cell of the source
// declares to the first such cell's index. A name a solution cell also
// declares is the student's to declare (the notebook asks for it) and is
// left out. Hidden tests are left out too: their check cell declares
// them again after the student's code, and a student who cannot see a
// name must not lose points for choosing it. A later check that used a
// hidden test's top-level name would be open to a student cell between
// the two; none of the bundled notebooks' checks does (their hidden
// helpers are redeclared in each block that uses them).
func ownedNames(nb *notebook.Notebook) map[string]int {
	students := map[string]bool{}
	for _, c := range nb.Cells {
		if m, _ := MetaOf(c); c.Type == notebook.CodeCell && m.Solution {
			for _, n := range declared(c.Source) {
				students[n] = true
			}
		}
	}
	out := map[string]int{}
	for i, c := range nb.Cells {
		m, _ := MetaOf(c)
		if c.Type != notebook.CodeCell || m.Solution {
			continue
		}
		src, err := removeHidden(c.Source)
		if err != nil {
			continue
		}
		for _, n := range declared(src) {
			if _, ok := out[n]; !ok && !students[n] {
				out[n] = i
			}
		}
	}
	return out
}

// declared lists the top-level names a cell declares: functions, methods
// as Type.Method, types, constants, variables, and names defined with :=
// outside any block.
func declared(src string) []string {
	return append(interp.Declarations(src), topLevelDefines(src)...)
}

// redeclared records student code (in the cell after source index
// anchor) that tampers with the checks after it: a predeclared identifier
// or runtime.Goexit (tamper.go), or an instructor's name that an earlier
// cell declares, redeclared or assigned to.
func (p *merged) redeclared(src, cellID, gradeID string, anchor int, owned map[string]int) {
	p.tamper(src, cellID, gradeID)
	ours := func(name string) bool {
		at, ok := owned[name]
		return ok && at <= anchor
	}
	t := touch{at: len(p.nb.Cells), names: map[string]bool{}}
	var msgs []string
	for _, name := range declared(src) {
		typ, method, isMethod := strings.Cut(name, ".")
		switch {
		case ours(name):
			msgs = append(msgs, fmt.Sprintf("redeclares %s", name))
		case isMethod && ours(typ):
			msgs = append(msgs, fmt.Sprintf("declares the method %s of the notebook's type %s", method, typ))
		default:
			continue
		}
		for _, n := range []string{name, typ, method} {
			if n != "" {
				t.names[n] = true
			}
		}
	}
	for _, name := range assigned(src) {
		if ours(name) && !t.names[name] {
			msgs = append(msgs, fmt.Sprintf("assigns to %s", name))
			t.names[name] = true
		}
	}
	if len(msgs) == 0 {
		return
	}
	kind := Redeclared
	if strings.HasPrefix(msgs[0], "assigns") {
		kind = Tampered
	}
	t.why = fmt.Sprintf("cell %s %s, which the notebook's own cells declare", cellID, strings.Join(msgs, ", "))
	p.findings = append(p.findings, Finding{Kind: kind, Cell: cellID, GradeID: gradeID,
		Message: t.why + ": the checks after it that use it do not count"})
	p.touches = append(p.touches, &t)
}

// dependsOn reports whether the check at merged index i uses a name of
// t, directly or through instructor names whose code uses one (followed
// to the end, in any order: the session re-evaluates a declaration when a
// name it uses is redeclared).
func (p *merged) dependsOn(i int, t *touch) bool {
	if t.dep != nil {
		return t.dep[i]
	}
	instructor := func(c *notebook.Cell) bool {
		m, _ := MetaOf(c)
		return c.Type == notebook.CodeCell && !m.Solution && c.Metadata[addedKey] == nil
	}
	used := map[int]map[string]bool{}
	for j, c := range p.nb.Cells {
		if instructor(c) {
			used[j] = uses(c.Source)
		}
	}
	tainted := map[string]bool{}
	for n := range t.names {
		tainted[n] = true
	}
	hits := func(j int) bool {
		for n := range used[j] {
			if tainted[n] {
				return true
			}
		}
		return false
	}
	for grew := true; grew; {
		grew = false
		for j := range used {
			if !hits(j) {
				continue
			}
			for _, n := range declared(p.nb.Cells[j].Source) {
				typ, method, _ := strings.Cut(n, ".")
				for _, n := range []string{n, typ, method} {
					if n != "" && !tainted[n] {
						tainted[n], grew = true, true
					}
				}
			}
		}
	}
	t.dep = map[int]bool{}
	for j := range used {
		if j > t.at && hits(j) {
			t.dep[j] = true
		}
	}
	return t.dep[i]
}

// uses returns the names a cell may use from outside itself: its
// identifiers that no block of the cell declares (a function's own
// parameters and locals are not uses of a global of the same name) and
// every selected name (x.f may call a method). A cell that parses neither
// as declarations nor as statements - a mix of both - counts every
// identifier: wrongly counting a use costs a tampering student a check,
// missing one would give them its points.
func uses(src string) map[string]bool {
	out := map[string]bool{}
	parses, whole := parseCell(src)
	if !whole {
		fset := token.NewFileSet()
		var sc scanner.Scanner
		sc.Init(fset.AddFile("", fset.Base(), len(src)), []byte(src), func(token.Position, string) {}, 0)
		for {
			_, tok, lit := sc.Scan()
			if tok == token.EOF {
				return out
			}
			if tok == token.IDENT {
				out[lit] = true
			}
		}
	}
	f := parses[0]
	// The names a top-level declaration introduces are not uses of them.
	declaring := map[*ast.Ident]bool{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			declaring[d.Name] = true
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					declaring[s.Name] = true
				case *ast.ValueSpec:
					for _, n := range s.Names {
						declaring[n] = true
					}
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			// Unresolved, or one of the cell's top-level declarations
			// (a session global, which another cell can redeclare).
			if !declaring[n] && (n.Obj == nil || f.Scope.Lookup(n.Name) == n.Obj) {
				out[n.Name] = true
			}
		case *ast.SelectorExpr:
			out[n.Sel.Name] = true
		}
		return true
	})
	return out
}

// assigned lists the names a student cell assigns to from outside any
// block that declares them: x = ..., x += ..., x++, and x.f = ... or
// x[i] = ... (a change to what x holds), at the top level or inside a
// function. A function's own parameters and locals are not in it. A cell
// that mixes declarations and statements is read as far as each parse
// gets, and its top level token by token.
func assigned(src string) []string {
	names := topLevelAssigns(src)
	parses, _ := parseCell(src)
	root := func(e ast.Expr) {
		if id := base(e); id != nil && id.Obj == nil {
			names = append(names, id.Name)
		}
	}
	for _, f := range parses {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE {
					for _, l := range n.Lhs {
						root(l)
					}
				}
			case *ast.IncDecStmt:
				root(n.X)
			}
			return true
		})
	}
	return names
}

// base is the variable an assignment to e changes: x of x, x.f, x[i],
// *x, (x); nil for anything else (a call's result).
func base(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// parseCell parses a cell's code after its imports, with the parser's
// resolution of names to the blocks that declare them: as declarations
// (a file), or else as statements (the body of a function). A cell that
// is neither, a mix of both, gives both parses as far as each got, and
// whole false.
func parseCell(src string) (parses []*ast.File, whole bool) {
	fset := token.NewFileSet()
	const header = "package p\n"
	if f, err := parser.ParseFile(fset, "", header+src, parser.ImportsOnly); err == nil && len(f.Decls) > 0 {
		end := fset.Position(f.Decls[len(f.Decls)-1].End()).Offset - len(header)
		if end > 0 && end <= len(src) {
			src = src[end:]
		}
	}
	for _, text := range []string{header + src, header + "func _() {\n" + src + "\n}"} {
		f, err := parser.ParseFile(fset, "", text, 0)
		if err == nil {
			return []*ast.File{f}, true
		}
		if f != nil {
			parses = append(parses, f)
		}
	}
	return parses, false
}
