package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerMixedCompare converts the unnamed side of a comparison between a
// named type and an unnamed one of the same structure (anon ==
// Point{1, 2}), which Go allows and yaegi rejected as "mismatched types":
//
//	anon == Point{1, 2}   becomes   Point(anon) == Point{1, 2}
func (c *cell) lowerMixedCompare(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	xt, yt := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Y)
	if xt == nil || yt == nil || types.Identical(xt, yt) || types.IsInterface(xt) || types.IsInterface(yt) {
		return
	}
	if !types.Identical(xt.Underlying(), yt.Underlying()) {
		return
	}
	side, to := n.X, yt
	if _, named := types.Unalias(xt).(*types.Named); named {
		side, to = n.Y, xt
	}
	if _, named := types.Unalias(to).(*types.Named); !named {
		return
	}
	name, ok := c.typeString(to)
	if !ok {
		return
	}
	c.insert(side.Pos(), "("+name+")(")
	c.insert(side.End(), ")")
}
