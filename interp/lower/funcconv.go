package lower

import (
	"go/ast"
	"go/types"
)

// yaegi mistook a conversion to an instance of a generic function type
// (iter.Seq[float64](sq), Pred[int](f)) for a call ("cannot use type
// func(func(float64) bool) as type func(float64) bool" where the value
// went on to a generic function). A variable of the type, assigned the
// value, is right:
//
//	iter.Seq[float64](sq)   becomes   func() iter.Seq[float64] { var _gbpC1 iter.Seq[float64] = sq; return _gbpC1 }()

// lowerGenericFuncConversion writes such a conversion as an assignment.
func (c *cell) lowerGenericFuncConversion(call *ast.CallExpr) {
	tv, ok := c.Info.Types[call.Fun]
	if !ok || !tv.IsType() || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 || hasTypeParam(named) {
		return
	}
	if _, isFunc := named.Underlying().(*types.Signature); !isFunc {
		return
	}
	if !types.AssignableTo(c.Info.TypeOf(call.Args[0]), named) {
		return
	}
	ts, ok := c.spellType(named)
	if !ok {
		return
	}
	v := c.newName("C")
	c.insert(call.Pos(), "func() ")
	c.replace(call.Lparen, call.Lparen+1, " { var "+v+" "+ts+" = ")
	c.replace(call.Rparen, call.Rparen+1, "; return "+v+" }()")
}
