package lower

import (
	"go/ast"
	"go/types"
)

// lowerReturnedOperation puts in parentheses an operation returned beside
// a value of an interface with methods: yaegi stored `return d, x + 1`
// (d a Dev) straight into the results, wrongly - a reflect.Set panic of
// its box into the int - where a parenthesized operation is computed
// first:
//
//	return d, 1 + d.Blocks()   becomes   return d, (1 + d.Blocks())
func (c *cell) lowerReturnedOperation(n *ast.ReturnStmt) {
	if len(n.Results) < 2 {
		return
	}
	withMethods := false
	for _, t := range c.resultTypes(n) {
		if iface, ok := t.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
			withMethods = true
		}
	}
	if !withMethods {
		return
	}
	for _, r := range n.Results {
		if _, ok := r.(*ast.BinaryExpr); ok && c.Info.Types[r].Value == nil {
			c.insertFirst(r.Pos(), "(")
			c.insertLast(r.End(), ")")
		}
	}
}
