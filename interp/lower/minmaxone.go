package lower

import (
	"go/ast"
	"go/types"
)

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

// lowerCompiledNamedMinMax writes min and max of a named type of a
// compiled package (time.Duration, time.Month) on its underlying type:
// yaegi's CFG panicked instantiating the session's generic min with such
// a type (a nil dereference), where int64 and the cells' own named types
// work.
//
//	min(d, p.Max)   becomes   time.Duration(min(int64(d), int64(p.Max)))
func (c *cell) lowerCompiledNamedMinMax(n *ast.CallExpr) {
	if len(n.Args) < 2 || n.Ellipsis.IsValid() || !c.isBuiltin(n, "min", "max") {
		return
	}
	named, ok := c.Info.TypeOf(n).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.Pkg {
		return
	}
	basic, ok := named.Underlying().(*types.Basic)
	if !ok {
		return
	}
	ts, ok := c.typeString(named)
	if !ok {
		return
	}
	c.insert(n.Pos(), ts+"(")
	for _, a := range n.Args {
		c.insert(a.Pos(), basic.Name()+"(")
		c.insertLast(a.End(), ")")
	}
	c.insertLast(n.End(), ")")
}
