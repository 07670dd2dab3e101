package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerLoopVarAddr refuses the address of a loop's own variable taken in
// a loop whose body also assigns the variable:
//
//	for i := 0; i < 3; i++ { ps = append(ps, &i); i += 0 }
//
// Go 1.22 gives each iteration its own i, so the pointers see 0 1 2;
// yaegi makes that copy only while the body leaves i alone, and here all
// three pointed at one variable (3 3 3), silently. Until a lowering copies
// the variable in and out of each iteration, the cell fails with an error
// naming the construct.
func (c *cell) lowerLoopVarAddr(n *ast.UnaryExpr) {
	if n.Op == token.AND {
		c.refuseLoopVarAddr(n, n.X)
	}
}

// refuseLoopVarAddr fails the pass for n, which takes the address of x
// (&x, or x.M for a method with a pointer receiver), when x is such a
// loop variable.
func (c *cell) refuseLoopVarAddr(n ast.Node, x ast.Expr) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.Info.Uses[id].(*types.Var)
	if _, boxed := c.boxes[v]; !ok || boxed {
		return
	}
	for _, l := range c.enclosingLoops() {
		var body *ast.BlockStmt
		switch l := l.(type) {
		case *ast.ForStmt:
			body = l.Body
		case *ast.RangeStmt:
			if b, ok := c.Info.TypeOf(l.X).Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return // range over an int: lowerRangeInt's copy is a fresh variable
			}
			body = l.Body
		}
		if body == nil || v.Pos() < l.Pos() || v.Pos() >= body.Pos() {
			continue // not declared by this loop's header
		}
		written := false
		ast.Inspect(body, func(x ast.Node) bool {
			if w, _ := c.writeOf(v, x); w {
				written = true
			}
			return !written
		})
		if written {
			c.fail(n, "a pointer to loop variable "+v.Name()+", which the loop body also assigns",
				"copy it first ("+v.Name()+"Copy := "+v.Name()+") and take the copy's address")
		}
		return
	}
}
