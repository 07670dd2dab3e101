package lower

import (
	"go/ast"
	"go/token"
	"strings"
)

// lowerMixedAssign assigns every value of a parallel assignment. When the
// right-hand side mixed calls with other expressions, yaegi assigned the
// calls' values and silently dropped the others: `a, b = h(), 9` left b as
// it was, `x, y, z = len(s), 20, 30` set only x (a call returning them
// together fares no better: `return 5, len(s)` gave 5 twice). Defined
// first, then assigned from plain variables, all of them arrive - and, as
// Go requires, all are evaluated before any is assigned:
//
//	a, b = h(), 9   becomes   { _gbpV1, _gbpV2 := h(), 9; a, b = _gbpV1, _gbpV2 }
//
// Only a statement in a list is lowered (not a for loop's post statement,
// which must stay one statement).
func (c *cell) lowerMixedAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || len(n.Lhs) != len(n.Rhs) || len(c.stack) == 0 {
		return
	}
	switch c.stack[len(c.stack)-1].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return
	}
	calls := 0
	for _, r := range n.Rhs {
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
			if tv, ok := c.Info.Types[call.Fun]; !ok || !tv.IsType() {
				calls++
			}
		}
	}
	if calls == 0 || calls == len(n.Rhs) {
		return
	}
	var temps, lhs []string
	for _, l := range n.Lhs {
		temps = append(temps, c.newName("V"))
		lhs = append(lhs, c.text(l))
	}
	c.replace(n.Pos(), n.Rhs[0].Pos(), "{ "+strings.Join(temps, ", ")+" := ")
	c.insert(n.End(), "; "+strings.Join(lhs, ", ")+" = "+strings.Join(temps, ", ")+" }")
}
