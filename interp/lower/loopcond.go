package lower

import (
	"go/ast"
	"go/token"
	"strings"
)

// lowerMissingLoopCond writes the condition a three-clause loop with an
// init statement leaves out as true:
//
//	for n := start; ; { ...; n = next[n] }   becomes   for n := start; true; { ...; n = next[n] }
//
// yaegi v0.16.1 set the loop's variable to its initial value again at
// each iteration of such a loop (with neither a condition nor a post
// statement): the body's assignment was lost, silently, or the loop never
// ended.
func (c *cell) lowerMissingLoopCond(n *ast.ForStmt) {
	if n.Init == nil || n.Cond != nil || n.Post != nil {
		return
	}
	start := c.offset(n.Init.End())
	if start < 0 {
		return
	}
	semi := strings.IndexByte(c.Src[start:], ';')
	if semi < 0 {
		return
	}
	c.insert(n.Init.End()+token.Pos(semi+1), " true")
}
