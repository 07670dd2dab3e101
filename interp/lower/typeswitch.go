package lower

import "go/ast"

// lowerTypeSwitch is written in the next change.
func (c *cell) lowerTypeSwitch(n *ast.TypeSwitchStmt) {}
