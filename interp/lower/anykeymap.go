package lower

import (
	"go/ast"
	"go/types"
)

// refuseStructKeyInInterfaceMap fails a key of a map keyed by an
// interface when the key's type has a twin of the same structure the map
// may hold too: yaegi gives the two one type, and equal keys of the two
// merged. (Other keys of the cells' types go through the map's interner,
// ifacekeys.go.)
func (c *cell) refuseStructKeyInInterfaceMap(key ast.Expr, mapType types.Type) {
	m, ok := mapType.Underlying().(*types.Map)
	if !ok || !types.IsInterface(m.Key()) {
		return
	}
	t := c.Info.TypeOf(key)
	if t == nil || types.IsInterface(t) || !c.isCellType(t) || c.boxedError(t) {
		return // (an error value has a box of the session's: boxerror.go)
	}
	if isEmptyInterface(m.Key()) && c.boxedNamed(t) {
		return // its box hashes by value and keeps its type (boxtwins.go)
	}
	among := []types.Type{t}
	for _, u := range c.candidates(m.Key(), key.Pos()) {
		if shape(u) == shape(t) {
			among = append(among, u)
		}
	}
	if _, u := sameShapePair(c, among); u != nil {
		q := types.RelativeTo(c.Pkg)
		c.fail(key, "a key of "+types.TypeString(t, q)+" in a map keyed by "+types.TypeString(m.Key(), q)+" that may also hold a "+
			types.TypeString(u, q)+", a type of the same structure (the interpreter cannot tell them apart: equal keys of the two merged)",
			"key the map by one type, or give the two types different structures")
		return
	}
}
