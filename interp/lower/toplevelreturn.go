package lower

import "go/ast"

// lowerTopLevelReturn ends the cell at a return among its top-level
// statements - main's `if err != nil { fmt.Println(err); return }` run
// notebook style. yaegi failed on a return outside a function ("CFG
// post-order panic"); the session takes this panic as the cell's end.
//
//	return   becomes   panic(_gbp.EndCell)
func (c *cell) lowerTopLevelReturn(n *ast.ReturnStmt) {
	if c.Body == nil || len(n.Results) > 0 || !c.atTopLevel() {
		return
	}
	c.replace(n.Pos(), n.End(), "panic(_gbp.EndCell)")
}
