package lower

import (
	"go/ast"
	"go/types"
)

// lowerReturnedOperation puts in parentheses, in a return of several
// values, what yaegi stored straight into the results and got wrong:
//
//   - A builtin's call: `return len(m), len(m[0])` returned the second
//     length twice (3 3 for a 2x3 matrix), `return cap(s), len(m), true`
//     zeros, and `return s, len(s)` crashed - silently wrong shapes in
//     every matrix helper.
//   - An operation beside a value of an interface with methods:
//     `return d, x + 1` (d a Dev) panicked, reflect.Set of yaegi's box
//     into the int.
//
// In parentheses the value is computed first, then stored:
//
//	return len(m), len(m[0])   becomes   return (len(m)), (len(m[0]))
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
	for _, r := range n.Results {
		wrap := false
		switch r := r.(type) {
		case *ast.BinaryExpr:
			wrap = withMethods && c.Info.Types[r].Value == nil
		case *ast.CallExpr:
			_, wrap = c.Info.Uses[identOf(r.Fun)].(*types.Builtin)
			wrap = wrap && c.Info.Types[r].Value == nil
		}
		if wrap {
			c.insertFirst(r.Pos(), "(")
			c.insertLast(r.End(), ")")
		}
	}
}
