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
