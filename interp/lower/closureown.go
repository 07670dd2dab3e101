package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// onlyLiteralLater reports whether v, a variable declared in the body of
// one of loops, is used after the literal lit is made by lit alone: no
// other literal, no later statement of the body and no goto uses it, and
// lit is made once per iteration (no inner loop around it). A copy of v
// made with lit is then v as Go has it, even when lit assigns it (a
// counter each closure of the loop keeps: c := i * 10; fs[i] = func() int
// { c++; return c }).
func (c *cell) onlyLiteralLater(v *types.Var, loops []ast.Stmt, lit ast.Node) bool {
	body := declaringBody(v, loops)
	if body == nil {
		return false
	}
	ok := true
	ast.Inspect(body, func(x ast.Node) bool {
		if !ok || x == nil {
			return false
		}
		switch x := x.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if x.Pos() <= lit.Pos() && lit.End() <= x.End() && x.Pos() > v.Pos() {
				ok = false // lit is made again within the iteration
			}
		case *ast.FuncLit:
			if x == lit {
				return false
			}
			if x.Pos() <= lit.Pos() && lit.End() <= x.End() {
				ok = false // lit is made inside another literal
			}
		case *ast.BranchStmt:
			ok = ok && x.Tok != token.GOTO
		case *ast.Ident:
			if c.Info.Uses[x] == v && (x.Pos() >= lit.Pos() || c.inLiteral(body, x)) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// inLiteral reports whether x is inside a function literal in body.
func (c *cell) inLiteral(body *ast.BlockStmt, x ast.Node) bool {
	in := false
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Pos() <= x.Pos() && x.End() <= lit.End() {
			in = true
		}
		return !in
	})
	return in
}
