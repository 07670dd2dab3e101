package interp

import (
	"go/ast"
	"go/token"
	"reflect"
)

// Scoping: yaegi evaluates a cell's top-level statements in its global
// scope, so the session decides which of them run inside a function.

// A compound statement at the top of a cell (if, for, switch, a block)
// that declares a name the session already has - a global, a name the
// cell declares at its top, or one another compound statement declares -
// runs inside a function literal. yaegi evaluates a cell's statements in
// its global scope, where such an inner declaration overwrites the outer
// variable instead of shadowing it. The literal's call sits in a block:
// yaegi runs a bare top-level func(){...}() again at every later
// evaluation.
const (
	closureOpen  = "{ func() { "
	closureClose = " }() }"
)

// isLiteralCall reports a statement func(){...}(), or a method called on
// a call's result (T(0).Hello(), By(less).Sort(xs)), or any function found
// through a call (handlers()["c"](m)), which yaegi would
// run again at every later evaluation unless it sits in a block.
func isLiteralCall(st ast.Stmt) bool {
	e, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	// Also a function found through a call: get()["c"](m).
	found := false
	ast.Inspect(c.Fun, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit, *ast.CallExpr:
			found = true
		}
		return !found
	})
	return found
}

// globals returns the session's global variables. yaegi's Globals panics
// on some states a failed cell leaves behind; then the names known so far
// are all there is.
func (s *Session) globals() (out map[string]reflect.Value) {
	defer func() {
		if r := recover(); r != nil && out == nil {
			out = map[string]reflect.Value{}
		}
	}()
	return s.yi.Globals()
}

// shadowableNames collects the names that an inner declaration of a cell
// must not overwrite.
func (s *Session) shadowableNames(pieces []piece) map[string]bool {
	names := map[string]bool{}
	for n := range s.globals() {
		names[n] = true
	}
	for _, p := range pieces {
		if g, ok := p.decl.(*ast.GenDecl); ok && (g.Tok == token.VAR || g.Tok == token.CONST) {
			// var n int, which stays a declaration (varAsStatements
			// rewrites only those with values).
			for _, n := range declNames(g) {
				names[n] = true
			}
		}
		for _, st := range p.stmts {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.DEFINE {
					for _, n := range identNames(st.Lhs) {
						names[n] = true
					}
				}
			case *ast.DeclStmt:
				for _, n := range declNames(st.Decl) {
					names[n] = true
				}
			default:
				// Names two compound statements both declare collide too.
				for n := range innerDeclarations(st) {
					if names["\x00"+n] {
						names[n] = true
					}
					names["\x00"+n] = true
				}
			}
		}
	}
	return names
}

// declaresAny reports whether a compound statement declares, in a block
// of its own (not inside a function literal), one of names.
func declaresAny(st ast.Stmt, names map[string]bool) bool {
	switch st.(type) {
	case *ast.AssignStmt, *ast.DeclStmt, *ast.ExprStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt:
		return false
	}
	for n := range innerDeclarations(st) {
		if names[n] {
			return true
		}
	}
	return false
}

// declaresTypeInside reports a compound statement with a type declared in
// one of its blocks: yaegi did not find it there at the top level
// ("undefined: scored" for a type declared in a top-level if's body) but
// does inside a function.
func declaresTypeInside(st ast.Stmt) bool {
	if _, isDecl := st.(*ast.DeclStmt); isDecl {
		return false
	}
	return holds(st, func(n ast.Node) bool {
		g, ok := n.(*ast.GenDecl)
		return ok && g.Tok == token.TYPE
	})
}

// holds reports whether a node of st outside its function literals
// matches.
func holds(st ast.Stmt, match func(ast.Node) bool) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		found = found || n != nil && match(n)
		return !found
	})
	return found
}

// definesSeveral reports a compound statement holding "a, b := ..." in a
// block of its own: yaegi fails on it at the top level ("undefined: a")
// but not inside a function.
func definesSeveral(st ast.Stmt) bool {
	if _, simple := st.(*ast.AssignStmt); simple {
		return false
	}
	return holds(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			return n.Tok == token.DEFINE && len(n.Lhs) > 1
		case *ast.ValueSpec:
			return len(n.Names) > 1
		}
		return false
	})
}

// innerDeclarations lists the names declared inside a statement, outside
// function literals (which yaegi scopes correctly).
func innerDeclarations(st ast.Stmt) map[string]bool {
	found := map[string]bool{}
	for name := range declarationCounts(st) {
		found[name] = true
	}
	return found
}

// redeclaresWithin reports a compound statement that declares a name
// twice, outside function literals: `for i := 0; i < 3; i++ { i := i * 10 }`.
// At the top level yaegi gave both one variable - the body's := wrote the
// loop's i, and the loop skipped iterations - but not inside a function.
func redeclaresWithin(st ast.Stmt) bool {
	if _, simple := st.(*ast.AssignStmt); simple {
		return false
	}
	for _, n := range declarationCounts(st) {
		if n > 1 {
			return true
		}
	}
	return false
}

// declarationCounts counts the declarations of each name inside a
// statement, outside function literals.
func declarationCounts(st ast.Stmt) map[string]int {
	found := map[string]int{}
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, name := range identNames(n.Lhs) {
					found[name]++
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, name := range identNames([]ast.Expr{n.Key, n.Value}) {
					found[name]++
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				found[name.Name]++
			}
		case *ast.TypeSwitchStmt:
			if as, ok := n.Assign.(*ast.AssignStmt); ok {
				for _, name := range identNames(as.Lhs) {
					found[name]++
				}
			}
		}
		return true
	})
	return found
}

func stmtNodes(stmts []ast.Stmt) []ast.Node {
	nodes := make([]ast.Node, len(stmts))
	for i, st := range stmts {
		nodes[i] = st
	}
	return nodes
}
