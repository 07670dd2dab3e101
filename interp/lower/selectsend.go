package lower

import (
	"go/ast"
	"go/types"
)

// lowerSelectSendValues evaluates the values the cases of a select send
// before the select, as Go does on entering it, and sends the results:
//
//	select { case out <- result{j, j * j}: }
//	becomes
//	var _gbpSend1 result = result{j, j * j}; select { case out <- _gbpSend1: }
//
// yaegi v0.16.1 evaluated a sent value in the select itself and got every
// one but a name or a constant wrong: result{j, j * j} was sent as {3 0},
// mk(j, j*j) too, a call returning a func literal's value panicked.
func (c *cell) lowerSelectSendValues(sel *ast.SelectStmt) {
	at := ast.Stmt(sel)
	if len(c.stack) > 0 {
		if l, ok := c.stack[len(c.stack)-1].(*ast.LabeledStmt); ok && l.Stmt == sel {
			at = l
		}
	}
	for _, clause := range sel.Body.List {
		send, ok := clause.(*ast.CommClause).Comm.(*ast.SendStmt)
		if !ok || simpleValue(send.Value) {
			continue
		}
		ch, ok := c.Info.TypeOf(send.Chan).Underlying().(*types.Chan)
		if !ok {
			continue
		}
		elem, ok := c.typeString(ch.Elem())
		if !ok {
			continue
		}
		name := c.newName("Send")
		c.hoistBefore(send.Value, at.Pos(), name, func(value string) string {
			return "var " + name + " " + elem + " = " + value + "; "
		})
	}
}

// simpleValue reports a name or a literal, which yaegi sends right.
func simpleValue(x ast.Expr) bool {
	switch ast.Unparen(x).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	}
	return false
}
