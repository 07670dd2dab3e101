package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerRangeAssign writes a range over a slice, map or channel that
// assigns existing variables with variables of its own, assigned to them
// at the start of each iteration:
//
//	for k, v = range xs {   becomes   for _gbpK1, _gbpV2 := range xs { k, v = _gbpK1, _gbpV2;
//
// yaegi v0.16.1 left the variables as they were after the loop (`var last
// int; for last = range xs {}` kept 0), silently; the search idiom that
// breaks out with the found index read the wrong one.
func (c *cell) lowerRangeAssign(n *ast.RangeStmt) {
	if n.Tok != token.ASSIGN || n.Key == nil {
		return
	}
	t := c.Info.TypeOf(n.X)
	if t == nil {
		return
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Chan:
	default:
		return // ints, strings, arrays and functions have lowerings of their own
	}
	var fresh, targets, sources []string
	for _, e := range []ast.Expr{n.Key, n.Value} {
		if e == nil {
			continue
		}
		if isBlank(e) {
			fresh = append(fresh, "_")
			continue
		}
		name := c.newName("R")
		fresh = append(fresh, name)
		targets = append(targets, c.text(e))
		sources = append(sources, name)
	}
	if len(targets) == 0 {
		return
	}
	c.replace(n.Key.Pos(), n.TokPos+1, strings.Join(fresh, ", ")+" :=")
	c.insert(n.Body.Lbrace+1, " "+strings.Join(targets, ", ")+" = "+strings.Join(sources, ", ")+";")
}
