package lower

import "go/ast"

// lowerCaseList writes a switch case that lists expressions which are not
// all constants as one condition:
//
//	switch { case n == 1, n == 3: }    becomes   switch { case (n == 1) || (n == 3): }
//	switch x { case f(1), f(2): ... }  becomes   switch _gbpT1 := x; { case _gbpT1 == (f(1)) || _gbpT1 == (f(2)): ... }
//
// yaegi v0.16.1 tested only the first expression of such a list - inside
// functions too - and silently took another branch. A tagged switch
// becomes a tagless one on a copy of its tag, evaluated once, as Go
// evaluates it; its constant cases become comparisons too.
func (c *cell) lowerCaseList(n *ast.SwitchStmt) {
	if c.err != nil || !c.hasNonConstantList(n) {
		return
	}
	tag := ""
	if n.Tag != nil {
		if c.rewrittenWithin(n.Tag.Pos(), n.Tag.End()) {
			return // the tag is another lowering's (lowerInterfaceTagSwitch)
		}
		if _, labeled := c.parent().(*ast.LabeledStmt); labeled && n.Init != nil {
			c.fail(n, "a labeled switch with an init statement and a case listing expressions that are not constants",
				"move the init statement before the switch")
			return
		}
		tag = c.newName("T")
		c.insert(n.Tag.Pos(), tag+" := ")
		c.insert(n.Tag.End(), ";")
	}
	for _, cl := range n.Body.List {
		list := cl.(*ast.CaseClause).List
		if len(list) == 0 || tag == "" && len(list) == 1 {
			continue
		}
		for i, e := range list {
			open := "("
			if tag != "" {
				open = tag + " == ("
			}
			c.insert(e.Pos(), open)
			if i < len(list)-1 {
				c.replace(e.End(), list[i+1].Pos(), ") || ")
			} else {
				c.insert(e.End(), ")")
			}
		}
	}
}

// hasNonConstantList reports a case listing two or more expressions of
// which one is not a constant.
func (c *cell) hasNonConstantList(n *ast.SwitchStmt) bool {
	for _, cl := range n.Body.List {
		list := cl.(*ast.CaseClause).List
		if len(list) < 2 {
			continue
		}
		for _, e := range list {
			if tv, ok := c.Info.Types[e]; !ok || tv.Value == nil {
				return true
			}
		}
	}
	return false
}
