package lower

import "go/ast"

// lowerSingleMinMax writes min(x) and max(x), which Go defines as x, as
// (x): the session's min and max are generic functions with a variadic
// tail, and yaegi failed to build a call that passes the tail nothing
// ("CFG post-order panic: index out of range").
//
//	min(x)   becomes   (x)
func (c *cell) lowerSingleMinMax(n *ast.CallExpr) {
	if len(n.Args) != 1 || n.Ellipsis.IsValid() || !c.isBuiltin(n, "min", "max") {
		return
	}
	c.replace(n.Fun.Pos(), n.Fun.End(), "")
}
