package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerSwitchCaseInstances makes the instances of generic types a type
// switch's cases name before the switch: yaegi finds an instance by name
// only once something made it, and a case Box[int]: in a function
// compiled before any Box[int] was made failed ("type not found:
// Box[int]"). A variable of the type makes it:
//
//	switch x := v.(type) { case Box[int]: ... }   becomes
//	{ var _gbpInst1 Box[int]; _ = _gbpInst1 }; switch x := v.(type) { case Box[int]: ... }
func (c *cell) lowerSwitchCaseInstances(sw *ast.TypeSwitchStmt) {
	seen := map[string]bool{}
	var made strings.Builder
	for _, cl := range sw.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			t := c.Info.TypeOf(e)
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			n, ok := t.(*types.Named)
			if !ok || n.TypeArgs().Len() == 0 || hasTypeParam(n) {
				continue
			}
			s, ok := c.spellType(n)
			if !ok || seen[s] {
				continue
			}
			seen[s] = true
			made.WriteString(c.instanceMaker(s))
		}
	}
	if made.Len() == 0 {
		return
	}
	at := ast.Node(sw)
	if l, ok := c.parent().(*ast.LabeledStmt); ok && l.Stmt == sw {
		at = l
	}
	c.insert(at.Pos(), made.String())
}
