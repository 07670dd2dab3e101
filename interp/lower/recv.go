package lower

import (
	"go/ast"
	"go/token"
)

// lowerReceiveResult puts a receive that is a whole assigned or returned
// value in parentheses. yaegi stores such a receive straight into its
// destination, and that store was lost or failed for every destination
// but a local variable: `return <-c` panicked ("Set using unaddressable
// value"); `s.f = <-c`, `*p = <-c`, `a[0] = <-c`, a named result or a
// captured variable assigned from a receive kept its old value. In
// parentheses the receive gets a slot of its own and is then copied.
//
//	s.f = <-c   becomes   s.f = (<-c)
//	return <-c  becomes   return (<-c)
func (c *cell) lowerReceiveResult(values []ast.Expr) {
	for _, v := range values {
		if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			c.insert(u.Pos(), "(")
			c.insert(u.End(), ")")
		}
	}
}

// isSelectCase reports whether s is the communication of a select case,
// whose receive yaegi handles apart.
func (c *cell) isSelectCase(s ast.Stmt) bool {
	if len(c.stack) == 0 {
		return false
	}
	cc, ok := c.stack[len(c.stack)-1].(*ast.CommClause)
	return ok && cc.Comm == s
}
