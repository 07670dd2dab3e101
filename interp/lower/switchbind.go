package lower

import (
	"go/ast"
	"go/types"
)

// lowerUnboundTypeSwitch binds the value of a type switch that binds none
// when a case names a composite type of interfaces: yaegi v0.16.1 never
// matched `case []any:` or `case map[string]any:` in `switch e.(type)`,
// and took another branch silently; with a variable it matches.
//
//	switch e.(type) {   becomes   switch _gbpTS1 := e.(type) {
func (c *cell) lowerUnboundTypeSwitch(n *ast.TypeSwitchStmt) {
	if _, unbound := n.Assign.(*ast.ExprStmt); !unbound || c.rewrittenWithin(n.Pos(), n.Body.Lbrace) {
		return // (or written anew by another lowering)
	}
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if t := c.Info.TypeOf(e); t != nil && compositeOfInterface(t) {
				c.insert(n.Assign.Pos(), c.newName("TS")+" := ")
				return
			}
		}
	}
}

// compositeOfInterface reports a slice, array, map, channel or pointer
// type whose elements (or keys) are or hold interfaces.
func compositeOfInterface(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map, *types.Chan, *types.Pointer:
		return anyType(u, func(t types.Type) bool { return types.IsInterface(t) })
	}
	return false
}
