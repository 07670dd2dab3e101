package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerShiftCount checks a shift count of a signed integer type that is
// not a constant, as Go does when the shift runs:
//
//	x << n   becomes   x << _gbp.ShiftCount(int64(n))
//
// yaegi v0.16.1 shifted by a negative count as if it were huge (1 << -1
// gave 0) where Go panics with "negative shift amount".
func (c *cell) lowerShiftCount(op token.Token, count ast.Expr) {
	if op != token.SHL && op != token.SHR && op != token.SHL_ASSIGN && op != token.SHR_ASSIGN {
		return
	}
	tv, ok := c.Info.Types[count]
	if !ok || tv.Value != nil || tv.Type == nil {
		return
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 || b.Info()&types.IsUnsigned != 0 {
		return
	}
	c.insert(count.Pos(), "_gbp.ShiftCount(int64(")
	c.insert(count.End(), "))")
}

// lowerShiftedConstant gives the constant of a shift by a count that is
// not constant the type Go gives it - the type the shift would have if
// the constant stood alone, the other operand's in x & (1 << n):
//
//	x & (1 << n)   becomes   x & (uint8(1) << n)
//
// yaegi made it an int, and x & (1 << n) for an x of uint8 failed (a nil
// dereference), or inside a String method printed reflect's panic.
func (c *cell) lowerShiftedConstant(n *ast.BinaryExpr) {
	if n.Op != token.SHL && n.Op != token.SHR {
		return
	}
	x, ok := c.Info.Types[n.X]
	if !ok || x.Value == nil {
		return
	}
	shift, ok := c.Info.Types[n]
	if !ok || shift.Value != nil || shift.Type == nil {
		return // a constant shift: Go and yaegi compute it alike
	}
	if !untypedConstant(c.Info, n.X) {
		return // typed already
	}
	if b, ok := shift.Type.(*types.Basic); ok && (b.Kind() == types.Int || b.Info()&types.IsUntyped != 0) {
		return // int: yaegi's choice too
	}
	ts, ok := c.typeString(shift.Type)
	if !ok {
		return
	}
	c.insert(n.X.Pos(), ts+"(")
	c.insert(n.X.End(), ")")
}

// untypedConstant reports whether e is written as an untyped constant: a
// literal, or a constant declared without a type. (The checker records
// the type the context gives it, not untyped.)
func untypedConstant(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		k, ok := info.Uses[e].(*types.Const)
		if !ok {
			return false
		}
		b, ok := k.Type().(*types.Basic)
		return ok && b.Info()&types.IsUntyped != 0
	case *ast.UnaryExpr:
		return untypedConstant(info, e.X)
	}
	return false
}
