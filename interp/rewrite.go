package interp

import (
	"go/ast"
	"go/token"
	"reflect"
	"sort"
	"strings"
)

// Cells are rewritten before yaegi sees them, so that users get the Go they
// know rather than yaegi's differences. Every rewrite is a text insertion or
// replacement that keeps the cell's lines where they were, so error
// positions still point into the cell.

type edit struct {
	start, end int // byte range of the piece's source replaced by text
	text       string
}

// rewriter collects edits over one piece. base is the offset of the
// piece's first byte in the file the AST was parsed from.
type rewriter struct {
	fset  *token.FileSet
	src   string // the piece's source
	base  int
	edits []edit
	// recursive names the functions that may call themselves; their
	// bodies get a depth guard.
	recursive map[string]bool
	// guardClosures gives a depth guard to function literals that call
	// the variable they are assigned to.
	guardClosures bool
	// compiledInterface reports whether pkg.name is an interface type of
	// a compiled package.
	compiledInterface func(pkg, name string) bool
}

func (r *rewriter) off(p token.Pos) int { return r.fset.Position(p).Offset - r.base }

func (r *rewriter) insert(at token.Pos, text string) {
	o := r.off(at)
	r.edits = append(r.edits, edit{o, o, text})
}

func (r *rewriter) apply() string {
	src := r.src
	if len(r.edits) == 0 {
		return src
	}
	sort.SliceStable(r.edits, func(i, j int) bool { return r.edits[i].start < r.edits[j].start })
	var b strings.Builder
	last := 0
	for _, e := range r.edits {
		if e.start < last || e.end > len(src) {
			continue // overlapping edit: keep the first
		}
		b.WriteString(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(src[last:])
	return b.String()
}

// rewrite applies all rewrites to the nodes of a piece.
func (r *rewriter) rewrite(nodes ...ast.Node) {
	for _, n := range nodes {
		ast.Inspect(n, r.visit)
	}
}

func (r *rewriter) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if n.Body != nil && r.recursive[n.Name.Name] {
			// Go's stack overflow is fatal and cannot be recovered: bound
			// the depth of recursive interpreted calls instead.
			r.insert(n.Body.Lbrace+1, depthGuard)
		}
		r.namedResults(n.Type, n.Body)
	case *ast.AssignStmt:
		r.recursiveClosures(n)
	case *ast.FuncLit:
		r.namedResults(n.Type, n.Body)
	case *ast.ForStmt:
		if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			r.perIterationVars(identNames(as.Lhs), n.Body, n.Init, n.Cond, n.Post)
		}
	case *ast.RangeStmt:
		if n.Tok == token.DEFINE {
			r.perIterationVars(identNames([]ast.Expr{n.Key, n.Value}), n.Body, n.Key, n.Value)
		}
	case *ast.GoStmt:
		r.guardGoroutine(n)
		return false
	case *ast.CallExpr:
		r.minMax(n)
		r.interfaceConversion(n)
	}
	return true
}

const depthGuard = " _gbp.Enter(); defer _gbp.Leave();"

// recursiveClosures guards the function literals of "f = func(...) {...
// f(...) ...}", the way a closure calls itself, as recursive functions
// are guarded.
func (r *rewriter) recursiveClosures(as *ast.AssignStmt) {
	if !r.guardClosures || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, rhs := range as.Rhs {
		lit, ok := rhs.(*ast.FuncLit)
		id, isIdent := as.Lhs[i].(*ast.Ident)
		if ok && isIdent && referenced(lit.Body)[id.Name] {
			r.insert(lit.Body.Lbrace+1, depthGuard)
		}
	}
}

// namedResults puts parentheses around a composite literal assigned to a
// named result: yaegi loses the value of "p = P{x, y}" when p is a named
// result of struct type - the function returns the zero P, silently.
// "p = (P{x, y})" is the same Go and keeps it.
func (r *rewriter) namedResults(typ *ast.FuncType, body *ast.BlockStmt) {
	if body == nil || typ.Results == nil {
		return
	}
	results := map[string]bool{}
	for _, f := range typ.Results.List {
		for _, n := range f.Names {
			results[n.Name] = true
		}
	}
	if len(results) == 0 {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if _, lit := as.Rhs[i].(*ast.CompositeLit); ok && lit && results[id.Name] {
				r.insert(as.Rhs[i].Pos(), "(")
				r.insert(as.Rhs[i].End(), ")")
			}
		}
		return true
	})
}

// interfaceConversion rewrites a conversion to a compiled interface type,
// autodiff.Layer(v), as an assignment to a variable of that type: yaegi
// panics on the conversion of an interpreted value ("reflect.Set: ... is
// not assignable") but wraps it correctly on assignment.
func (r *rewriter) interfaceConversion(c *ast.CallExpr) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || len(c.Args) != 1 || r.compiledInterface == nil {
		return
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || !r.compiledInterface(pkg.Name, sel.Sel.Name) {
		return
	}
	typ := pkg.Name + "." + sel.Sel.Name
	r.edits = append(r.edits, edit{r.off(c.Pos()), r.off(c.Args[0].Pos()), "func() " + typ + " { var _gbpV " + typ + "; _gbpV = "})
	r.edits = append(r.edits, edit{r.off(c.Args[0].End()), r.off(c.End()), "; return _gbpV }()"})
}

// perIterationVars gives each iteration its own copy of the loop
// variables (Go 1.22 semantics; yaegi shares one variable across
// iterations). The loop header gets hidden names and the body declares the
// user's names from them - yaegi mishandles "i := i" in the body. The copy
// matters only when something can capture the variable, and would be wrong
// when the body assigns to it, so it is made only for bodies that capture
// and do not assign.
func (r *rewriter) perIterationVars(names []string, body *ast.BlockStmt, header ...ast.Node) {
	if len(names) == 0 || !captures(body) || assigns(body, names) {
		return
	}
	loopVar := map[string]bool{}
	hidden := make([]string, len(names))
	for i, n := range names {
		loopVar[n] = true
		hidden[i] = "_gbpLoop_" + n
	}
	for _, h := range header {
		if h == nil || reflect.ValueOf(h).IsNil() {
			continue
		}
		ast.Inspect(h, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && loopVar[id.Name] {
				r.edits = append(r.edits, edit{r.off(id.Pos()), r.off(id.End()), "_gbpLoop_" + id.Name})
			}
			return true
		})
	}
	r.insert(body.Lbrace+1, " "+strings.Join(names, ", ")+" := "+strings.Join(hidden, ", ")+";")
}

func identNames(exprs []ast.Expr) []string {
	var names []string
	for _, e := range exprs {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	return names
}

func captures(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			found = true
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				found = true
			}
		}
		return !found
	})
	return found
}

func assigns(body ast.Node, names []string) bool {
	is := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		if !ok {
			return false
		}
		for _, n := range names {
			if id.Name == n {
				return true
			}
		}
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					found = found || is(l)
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		}
		return !found
	})
	return found
}

// guardGoroutine makes a panic in a goroutine a reported error instead of
// the end of the process: yaegi does not recover goroutines it starts.
func (r *rewriter) guardGoroutine(g *ast.GoStmt) {
	const recoverer = "defer func() { _gbp.GoroutinePanic(recover()) }();"
	if lit, ok := g.Call.Fun.(*ast.FuncLit); ok {
		r.insert(lit.Body.Lbrace+1, " "+recoverer)
		ast.Inspect(lit.Body, r.visit)
		return
	}
	// go f(x): run the call inside a guarded literal. The arguments are
	// then evaluated in the new goroutine rather than before it starts.
	r.insert(g.Call.Pos(), "func() { "+recoverer+" ")
	r.insert(g.Call.End(), " }()")
	ast.Inspect(g.Call, r.visit)
}

// minMax puts a non-constant argument of min or max first: the generic
// stand-ins for Go 1.21's builtins infer their type parameter from the
// first argument, so max(0, x) with x float64 would not compile.
func (r *rewriter) minMax(c *ast.CallExpr) {
	id, ok := c.Fun.(*ast.Ident)
	if !ok || (id.Name != "min" && id.Name != "max") || len(c.Args) < 2 || c.Ellipsis.IsValid() {
		return
	}
	if _, lit := c.Args[0].(*ast.BasicLit); !lit {
		return
	}
	first := -1
	for i, a := range c.Args {
		if _, lit := a.(*ast.BasicLit); !lit {
			first = i
			break
		}
	}
	if first < 0 {
		// All constants: give the first one the type Go would.
		if lit := c.Args[0].(*ast.BasicLit); lit.Kind == token.INT || lit.Kind == token.FLOAT {
			typ := "int("
			for _, a := range c.Args {
				if a.(*ast.BasicLit).Kind == token.FLOAT {
					typ = "float64("
				}
			}
			r.insert(c.Args[0].Pos(), typ)
			r.insert(c.Args[0].End(), ")")
		}
		return
	}
	a, b := c.Args[0], c.Args[first]
	as, ae, bs, be := r.off(a.Pos()), r.off(a.End()), r.off(b.Pos()), r.off(b.End())
	r.edits = append(r.edits, edit{as, ae, r.src[bs:be]}, edit{bs, be, r.src[as:ae]})
}

// referenced returns the identifiers a node mentions.
func referenced(n ast.Node) map[string]bool {
	refs := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			refs[id.Name] = true
		}
		return true
	})
	return refs
}
