package lower

import (
	"go/ast"
	"go/token"
)

// lowerBreakInSelect turns `break L` out of a select statement into a
// goto to a label after the loop L. yaegi's break with a label inside a
// select case went back into the loop (the cell spun until interrupted).
// The loop and the new label go in a block of their own, which also lets
// the goto work at a cell's top level:
//
//	L: for { select { case <-done: break L } }
//	becomes
//	{ L: for { select { case <-done: goto _gbpBreak1 } }; _gbpBreak1: }
//
// When every use of L was such a break, L itself goes (Go rejects a label
// no one uses).
func (c *cell) lowerBreakInSelect(n *ast.LabeledStmt) {
	switch n.Stmt.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
	default:
		return
	}
	obj := c.Info.Defs[n.Label]
	if obj == nil {
		return
	}
	var breaks []*ast.BranchStmt
	otherUses := false
	var walk func(x ast.Node, inSelect bool)
	walk = func(x ast.Node, inSelect bool) {
		ast.Inspect(x, func(y ast.Node) bool {
			switch y := y.(type) {
			case *ast.FuncLit:
				return false
			case *ast.SelectStmt:
				if !inSelect {
					walk(y.Body, true)
					return false
				}
			case *ast.BranchStmt:
				if y.Label != nil && c.Info.Uses[y.Label] == obj {
					if y.Tok == token.BREAK && inSelect {
						breaks = append(breaks, y)
					} else {
						otherUses = true
					}
				}
			}
			return true
		})
	}
	walk(n.Stmt, false)
	if len(breaks) == 0 {
		return
	}
	label := c.newName("Break")
	for _, b := range breaks {
		c.replace(b.Pos(), b.End(), "goto "+label)
	}
	if !otherUses {
		c.replace(n.Label.Pos(), n.Colon+1, "")
	}
	c.insert(n.Pos(), "{ ")
	c.insert(n.End(), "; "+label+": }")
}
