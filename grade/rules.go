package grade

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"

	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/notebook"
)

// Rules are what a check states in words and a run cannot see: that the
// naive loss loops, that the vectorized one does not call autodiff. A
// check cell of the source states them as directives, usually inside its
// hidden tests:
//
//	//gobackprop:rule svmLossNaive loops
//	//gobackprop:rule svmLossVectorized avoids autodiff svmLossNaive
//
// FUNC is a function's name, or Type.Method for one method ("Forward"
// alone names the Forward of every type).
//
// "loops": the function, or a function of the student's that it uses,
// has a loop inside a loop. "loops-at-most N": its loops (and those of the
// student's functions it calls from inside them) nest at most N deep, so
// "loops-at-most 0" is a version without loops. "avoids NAME...": neither the function nor any
// of the student's functions, methods and variables it uses (followed to
// the end) refers to NAME: a package (autodiff, whatever the student
// imports it as), a package member (autodiff.SVMLoss), or a name the
// student declares (the naive loss the vectorized one must not call).
// The grader reads them from the syntax of the student's cells with
// go/parser, after the run and outside the child process, so that no
// cell can hide from them and timing plays no part. A check that ran
// without error but breaks a rule fails with a message naming the rule and
// where it is broken.
const rulePrefix = "//gobackprop:rule "

// rule is one directive.
type rule struct {
	fn    string
	kind  string // "loops", "loops-at-most" or "avoids"
	names []string
	depth int // of loops-at-most
}

// rulesOf returns the rules a check cell states.
func rulesOf(src string) ([]rule, error) {
	var out []rule
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, rulePrefix) {
			continue
		}
		f := strings.Fields(strings.TrimPrefix(l, rulePrefix))
		switch {
		case len(f) == 2 && f[1] == "loops":
			out = append(out, rule{fn: f[0], kind: "loops"})
		case len(f) == 3 && f[1] == "loops-at-most":
			n, err := strconv.Atoi(f[2])
			if err != nil || n < 0 {
				return nil, fmt.Errorf("%q: loops-at-most takes a depth, 0 or more", l)
			}
			out = append(out, rule{fn: f[0], kind: "loops-at-most", depth: n})
		case len(f) >= 3 && f[1] == "avoids":
			out = append(out, rule{fn: f[0], kind: "avoids", names: f[2:]})
		default:
			return nil, fmt.Errorf("%q: want %q, %q or %q", l, rulePrefix+"FUNC loops", rulePrefix+"FUNC loops-at-most N", rulePrefix+"FUNC avoids NAME...")
		}
	}
	return out, nil
}

// checkRules fails test t of check cell i of the merged notebook if the
// student's code breaks a rule of the cell. Only a passing test is
// checked: one that already failed keeps its own message.
func checkRules(nb *notebook.Notebook, i int, t *Test) {
	if t.Status != Passed {
		return
	}
	rules, err := rulesOf(nb.Cells[i].Source)
	if err != nil || len(rules) == 0 {
		return
	}
	code := studentCode(nb)
	for _, r := range rules {
		if msg := code.breaks(r); msg != "" {
			t.Status, t.Message = Failed, msg
			return
		}
	}
}

// code is the student's code of a notebook: what each name they declare
// stands for, and the packages they imported under other names.
type code struct {
	fset  *token.FileSet
	decls map[string][]ast.Node // functions and methods by name; variables by name with their values
	where map[ast.Node]origin   // declaration -> where it is, for messages
	pkgs  map[string]string     // local package name -> import path
}

// studentCode parses the solution cells and the cells the student added.
func studentCode(nb *notebook.Notebook) *code {
	c := &code{fset: token.NewFileSet(), decls: map[string][]ast.Node{}, where: map[ast.Node]origin{},
		pkgs: interp.Preloaded()} // a cell uses math and autodiff without importing them
	for i, cell := range nb.Cells {
		m, _ := MetaOf(cell)
		if cell.Type != notebook.CodeCell || !(m.Solution || cell.Metadata[addedKey] != nil) {
			continue
		}
		c.add(cell.Source, cellName(nb, i))
	}
	return c
}

// add parses one cell. A cell mixes declarations and statements, so it is
// parsed as a file (imports, functions, methods, types) and as a function
// body (statements: f := func..., x = ...); each parse keeps what it
// understands.
func (c *code) add(src, cell string) {
	const mode = parser.SkipObjectResolution
	if f, _ := parser.ParseFile(c.fset, cell, "package p\n"+src, mode); f != nil {
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			name := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			c.pkgs[name] = path
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				c.declare(d.Name.Name, d, origin{cell, 1})
				if recv := receiverType(d); recv != "" {
					// Also as Type.Method: two gates of one notebook both have a
					// Forward, and a rule names the one it means.
					c.declare(recv+"."+d.Name.Name, d, origin{cell, 1})
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for _, n := range s.Names {
							c.declare(n.Name, s, origin{cell, 1})
						}
					case *ast.TypeSpec:
						// A method reaches its receiver's type, so that a gate
						// wrapping a field of autodiff's type uses autodiff.
						c.declare(s.Name.Name, s, origin{cell, 1})
					}
				}
			}
		}
	}
	if body, _ := parser.ParseFile(c.fset, cell, "package p\nfunc _() {\n"+src+"\n}", mode); body != nil && len(body.Decls) > 0 {
		if fn, ok := body.Decls[0].(*ast.FuncDecl); ok && fn.Body != nil {
			for _, s := range fn.Body.List {
				if a, ok := s.(*ast.AssignStmt); ok {
					for _, l := range a.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							c.declare(id.Name, a, origin{cell, 2})
						}
					}
				}
			}
		}
	}
}

// receiverType returns the name of the type a method is declared on
// (T for both T and *T, G for G[T]), or "" for a function.
func receiverType(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return ""
	}
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if g, ok := t.(*ast.IndexExpr); ok {
		t = g.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// origin is the cell a declaration is in, and how many lines the parse
// put in front of the cell.
type origin struct {
	cell   string
	offset int
}

func (c *code) declare(name string, n ast.Node, o origin) {
	c.decls[name] = append(c.decls[name], n)
	c.where[n] = o
}

// reach returns the declarations fn uses, directly or through other
// names the student declares, fn's own first.
func (c *code) reach(fn string) []ast.Node {
	seen := map[string]bool{fn: true}
	queue := []string{fn}
	var out []ast.Node
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		for _, d := range c.decls[name] {
			out = append(out, d)
			local := localNames(d)
			var self *ast.Ident // a method's own name is not a use of another type's method of that name
			if fd, ok := d.(*ast.FuncDecl); ok {
				self = fd.Name
			}
			ast.Inspect(d, func(n ast.Node) bool {
				var id *ast.Ident
				switch n := n.(type) {
				case *ast.Ident:
					if n == self {
						return true
					}
					id = n
				case *ast.SelectorExpr:
					id = n.Sel // a method of the student's types
				}
				if id != nil && !seen[id.Name] && !local[id.Name] && c.decls[id.Name] != nil {
					seen[id.Name] = true
					queue = append(queue, id.Name)
				}
				return true
			})
		}
	}
	return out
}

// localNames returns the names declaration d declares inside itself
// (parameters, results, := and var in its body): a local "loss" is not
// the student's top-level "loss". Scopes are not told apart; a name
// declared anywhere inside counts as local throughout, which errs toward
// following less.
func localNames(d ast.Node) map[string]bool {
	out := map[string]bool{}
	def := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok {
			out[id.Name] = true
		}
	}
	ast.Inspect(d, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			for _, fl := range []*ast.FieldList{n.Params, n.Results} {
				if fl != nil {
					for _, f := range fl.List {
						for _, name := range f.Names {
							out[name.Name] = true
						}
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && n != d {
				for _, l := range n.Lhs {
					def(l)
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				def(n.Key)
				def(n.Value)
			}
		case *ast.DeclStmt:
			if g, ok := n.Decl.(*ast.GenDecl); ok {
				for _, s := range g.Specs {
					if v, ok := s.(*ast.ValueSpec); ok {
						for _, name := range v.Names {
							out[name.Name] = true
						}
					}
				}
			}
		}
		return true
	})
	return out
}

// breaks returns why the student's code breaks r, or "".
func (c *code) breaks(r rule) string {
	decls := c.reach(r.fn)
	if len(decls) == 0 {
		return "" // not declared: the check itself has said so
	}
	switch r.kind {
	case "loops":
		if c.loopDepth(r.fn, map[string]bool{}) >= 2 {
			return ""
		}
		return fmt.Sprintf("%s has no loop inside a loop: this version must loop over the examples and, inside, over the classes, as the exercise says; the check's points need it", r.fn)
	case "loops-at-most":
		if got := c.loopDepth(r.fn, map[string]bool{}); got > r.depth {
			return fmt.Sprintf("%s has loops %d deep; this version may have at most %d (%s), as the exercise says; the check's points need it",
				r.fn, got, r.depth, map[int]string{0: "no loop", 1: "one loop, not nested"}[min(r.depth, 1)])
		}
	case "avoids":
		for _, d := range decls {
			if what, at := c.refersTo(d, r.names); what != "" {
				return fmt.Sprintf("%s uses %s (%s): this exercise asks you to write it without %s; the check's points need it", r.fn, what, at, strings.Join(r.names, " or "))
			}
		}
	}
	return ""
}

// loopDepth returns how deeply loops nest in fn, counting a call to
// another of the student's functions from inside a loop as that
// function's loops nested there (a loop over the examples that calls a
// helper looping over the classes is two deep). busy guards recursion.
func (c *code) loopDepth(fn string, busy map[string]bool) int {
	if busy[fn] {
		return 0
	}
	busy[fn] = true
	defer delete(busy, fn)
	deepest := 0
	for _, d := range c.decls[fn] {
		local := localNames(d)
		var walk func(n ast.Node, depth int)
		walk = func(n ast.Node, depth int) {
			deepest = max(deepest, depth)
			ast.Inspect(n, func(m ast.Node) bool {
				if m == nil || m == n {
					return true
				}
				switch m := m.(type) {
				case *ast.ForStmt:
					walk(m.Body, depth+1)
					return false
				case *ast.RangeStmt:
					walk(m.Body, depth+1)
					return false
				case *ast.CallExpr:
					var id *ast.Ident
					switch f := m.Fun.(type) {
					case *ast.Ident:
						id = f
					case *ast.SelectorExpr:
						id = f.Sel
					}
					if id != nil && !local[id.Name] && c.decls[id.Name] != nil {
						deepest = max(deepest, depth+c.loopDepth(id.Name, busy))
					}
				}
				return true
			})
		}
		walk(d, 0)
	}
	return deepest
}

// refersTo returns the first of names that declaration d refers to, and
// where.
func (c *code) refersTo(d ast.Node, names []string) (what, at string) {
	local := localNames(d)
	ast.Inspect(d, func(n ast.Node) bool {
		if what != "" {
			return false
		}
		var got string
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok {
				if path, ok := c.pkgs[x.Name]; ok {
					got = matchPackage(path, n.Sel.Name, names)
				}
			}
		case *ast.Ident:
			// Any name: the student's own function, or an oracle that a
			// check cell declares.
			for _, name := range names {
				if n.Name == name && !local[name] {
					got = name
				}
			}
		}
		if got != "" {
			pos := c.fset.Position(n.Pos())
			o := c.where[d]
			what, at = got, fmt.Sprintf("cell %s, line %d", o.cell, pos.Line-o.offset)
		}
		return true
	})
	return what, at
}

// matchPackage reports pkg.sel as a match for names that hold pkg (the
// package's last path element) or pkg.sel.
func matchPackage(path, sel string, names []string) string {
	pkg := path[strings.LastIndex(path, "/")+1:]
	for _, name := range names {
		if name == pkg || name == pkg+"."+sel {
			return pkg + "." + sel
		}
	}
	return ""
}
