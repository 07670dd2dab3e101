package lower

import (
	"go/ast"
	"go/token"
)

// lowerCommaOkAssign assigns both results of a comma-ok expression as Go
// does. yaegi's `v, ok = m[k]` (assignment, not definition) leaves v as it
// was when the key is missing instead of setting the zero value; the
// definition form is right, so the assignment takes its values from one:
//
//	v, ok = m[k]   becomes   v, ok = func() (int, bool) { v, ok := m[k]; return v, ok }()
func (c *cell) lowerCommaOkAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) != 2 || len(n.Rhs) != 1 {
		return
	}
	rhs := ast.Unparen(n.Rhs[0])
	switch r := rhs.(type) {
	case *ast.IndexExpr, *ast.TypeAssertExpr:
	case *ast.UnaryExpr:
		if r.Op != token.ARROW {
			return
		}
	default:
		return
	}
	if id, ok := n.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
		return // only ok is kept, and yaegi sets it right
	}
	lt := c.Info.Types[n.Lhs[0]].Type
	if lt == nil {
		return
	}
	t0, ok := c.typeString(lt)
	if !ok {
		return
	}
	c.replace(n.Rhs[0].Pos(), n.Rhs[0].End(), "func() ("+t0+", bool) { v, ok := "+c.text(n.Rhs[0])+"; return v, ok }()")
}
