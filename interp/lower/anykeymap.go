package lower

import (
	"go/ast"
	"go/types"
)

// refuseStructKeyInInterfaceMap fails a key of a map keyed by an
// interface when the key is a struct (or array) of the session's with
// methods: yaegi boxes such a value when it becomes an interface, and a
// map hashes the box, made anew at each conversion, so a lookup with an
// equal key missed (sheet[Cell{1, 1}] found nothing that
// map[any]string{Cell{1, 1}: "=A1"} had), silently. Named numbers and
// strings have a box of the session's that hashes by value (boxnamed.go).
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
	if types.NewMethodSet(t).Len() == 0 {
		return
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
	default:
		return
	}
	name := c.text(key)
	if len(name) > 40 {
		name = "a " + types.TypeString(t, types.RelativeTo(c.Pkg))
	}
	c.fail(key, "a key "+name+" of a type with methods in a map keyed by "+types.TypeString(m.Key(), types.RelativeTo(c.Pkg))+
		" (the interpreter hashes such a value by where it was put in the interface, not by its value)",
		"key the map by the type itself (map["+types.TypeString(t, types.RelativeTo(c.Pkg))+"]...) or by a string made from the value")
}

// lowerInterfaceMapKeys checks the keys of a map literal and of a map
// index expression (refuseStructKeyInInterfaceMap).
func (c *cell) lowerInterfaceMapKeys(n ast.Node) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		t := c.Info.TypeOf(n)
		if t == nil {
			return
		}
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				c.refuseStructKeyInInterfaceMap(kv.Key, t)
			}
		}
	case *ast.IndexExpr:
		if t := c.Info.TypeOf(n.X); t != nil {
			c.refuseStructKeyInInterfaceMap(n.Index, t)
		}
	}
}
