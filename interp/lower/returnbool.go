package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi fails with a nil dereference returning a comparison or a negation
// as a result of interface type (`func gt(a, b int) any { return a > b }`);
// given as an interface value it returns it right:
//
//	return a > b   becomes   return any(a > b)

// lowerReturnedBool converts the boolean results of a return statement
// that are comparisons or negations, where the result is an interface.
func (c *cell) lowerReturnedBool(n *ast.ReturnStmt) {
	ft, _ := c.enclosingFunc()
	if ft == nil || ft.Results == nil {
		return
	}
	var results []types.Type
	for _, f := range ft.Results.List {
		t := c.Info.TypeOf(f.Type)
		for range max(1, len(f.Names)) {
			results = append(results, t)
		}
	}
	if len(results) != len(n.Results) {
		return // return f(), or a bare return
	}
	for i, r := range n.Results {
		if !isBoolOp(r) || results[i] == nil {
			continue
		}
		if _, isIface := results[i].Underlying().(*types.Interface); isIface {
			c.insert(r.Pos(), "any(")
			c.insertLast(r.End(), ")")
		}
	}
}

// isBoolOp reports a comparison or a negation.
func isBoolOp(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return true
		}
	case *ast.UnaryExpr:
		return e.Op == token.NOT
	}
	return false
}
