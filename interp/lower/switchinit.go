package lower

import "go/ast"

// lowerSwitchInit moves a switch statement's init statement into a block
// of its own: yaegi v0.16.1 evaluated `switch r := q; len(r) { case 2: }`
// to the default case. The block keeps the init's variables scoped to the
// switch, as in Go:
//
//	switch r := q; len(r) {   becomes   { r := q; switch len(r) {  ...  }}
//
// A labeled switch is left as it is: the label must stay on the switch
// for its break statements.
func (c *cell) lowerSwitchInit(n *ast.SwitchStmt) {
	if n.Init == nil {
		return
	}
	if len(c.stack) > 0 {
		if _, labeled := c.stack[len(c.stack)-1].(*ast.LabeledStmt); labeled {
			return
		}
	}
	c.replace(n.Switch, n.Init.Pos(), "{ ")
	next := n.Body.Lbrace
	if n.Tag != nil {
		next = n.Tag.Pos()
	}
	c.replace(n.Init.End(), next, "; switch ")
	c.insert(n.End(), "}")
}
