package lower

import (
	"go/ast"
	"go/types"
)

// lowerAsType writes Go 1.26's generic errors.AsType[E](err), which
// yaegi's errors lacks (the checker knows it: typecheck's
// addGenericMembers), as the errors.As it has - the mirror's, which
// follows the cells' methods, when E or err may be a cell's error
// (values_errors.go):
//
//	nf, ok := errors.AsType[*NotFound](err)   becomes
//	nf, ok := func(_gbpErr error) (*NotFound, bool) { var _gbpT *NotFound; ok := _gbp.ErrorsAs(_gbpErr, &_gbpT, set); return _gbpT, ok }(_gbp.ErrStandIn(err, ...))
func (c *cell) lowerAsType(call *ast.CallExpr) {
	ix, ok := c.instantiatedCall(call, "errors", "AsType")
	if !ok || len(call.Args) != 1 {
		return
	}
	target := c.Info.TypeOf(ix.Index)
	ts, ok := c.typeString(target)
	if target == nil || !ok {
		c.fail(call, "errors.AsType of a type this cell cannot spell", "use errors.As with a variable of the type")
		return
	}
	arg := call.Args[0]
	cellErr := c.mayHoldCellError(c.Info.TypeOf(arg), arg)
	as, set := "errors.As(_gbpErr, &_gbpT)", ""
	if c.isCellType(target) || c.mayHoldCellError(target, ix.Index) && !types.Identical(target, errorType) {
		tb := c.newTable(call.Pos(), errorsUse())
		set = tb.setter(target)
		if tb.unnamed != "" {
			c.fail(call, "errors.AsType of "+tb.unnamed+" where that type's name is hidden", "rename the declaration that hides it")
			return
		}
	}
	if set != "" || cellErr {
		if set == "" {
			set = "nil"
		}
		as = "_gbp.ErrorsAs(_gbpErr, &_gbpT, " + set + ")"
	}
	c.replace(call.Pos(), call.Lparen+1, "func(_gbpErr error) ("+ts+", bool) { var _gbpT "+ts+"; ok := "+as+"; return _gbpT, ok }(")
	if cellErr {
		c.standInErr(arg, false)
	}
}
