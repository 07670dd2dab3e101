package lower

import (
	"go/ast"
	"go/types"
)

// lowerCollidingLabel renames a label that has the name of something else
// the cell or the session declares, and the break, continue and goto
// statements that name it:
//
//	words: for _, w := range words { ... continue words }   becomes
//	_gbpLwords: for _, w := range words { ... continue _gbpLwords }
//
// Go keeps labels apart from other names; yaegi v0.16.1 does not: "label
// words not defined", or a nil dereference in notebook style.
func (c *cell) lowerCollidingLabel(n *ast.LabeledStmt) {
	label, ok := c.Info.Defs[n.Label].(*types.Label)
	if !ok || !c.nameTaken(label.Name()) {
		return
	}
	name := "_gbpL" + label.Name()
	c.replace(n.Label.Pos(), n.Label.End(), name)
	for id, obj := range c.Info.Uses {
		if obj == label && c.inCell(id.Pos()) {
			c.replace(id.Pos(), id.End(), name)
		}
	}
}

// nameTaken reports whether the cell or the session's package declares
// something other than a label named name.
func (c *cell) nameTaken(name string) bool {
	if c.Pkg.Scope().Lookup(name) != nil {
		return true
	}
	for id, obj := range c.Info.Defs {
		if _, isLabel := obj.(*types.Label); obj != nil && !isLabel && id.Name == name {
			return true
		}
	}
	return false
}
