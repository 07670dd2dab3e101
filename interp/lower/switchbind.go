package lower

import "go/ast"

// lowerUnboundTypeSwitch gives a type switch that binds no variable one
// the cell never reads:
//
//	switch x.(type) { case Point: ... }   becomes   switch _gbpTS1 := x.(type) { case Point: ... }
//
// yaegi v0.16.1 tests the cases of an unbound switch on an interface{}
// by comparing the name of the value's reflect type with the case's
// type: for a type the cells declare (built with reflect.StructOf,
// without a name: "struct { X int }" against "main.Point"), for a
// composite of one ([]Point), and for a compiled interface (case
// fmt.Stringer:) the names never match, and the switch silently took
// another branch. A bound switch compares the types themselves.
//
// A switch another lowering rewrote (lowerAnySwitch, lowerInterfaceCases,
// whose case lists rely on yaegi's exact test of an unbound switch) is
// not given to it. It reports whether it bound the switch.
func (c *cell) lowerUnboundTypeSwitch(n *ast.TypeSwitchStmt) bool {
	guard, unbound := n.Assign.(*ast.ExprStmt)
	if !unbound || c.err != nil {
		return false
	}
	if c.Body != nil && c.atTopLevel() && !c.wrappableSwitch(n) {
		return false // bound at the top level, yaegi fails: see lowerTopLevelTypeSwitch
	}
	c.insert(guard.Pos(), c.newName("TS")+" := ")
	return true
}
