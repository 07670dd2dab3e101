package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// Two types of the cells with one structure (a Dog and a Cat of one
// field `name string`) are one type to reflect, and yaegi cannot tell
// them apart in an interface{}. In a value of an interface the cells
// declare (an Animal) it keeps the dynamic type, and its type switch
// tells them apart - but its assertion does not: a.(Cat) was true for a
// Dog. The assertion becomes that type switch:
//
//	c, ok := a.(Cat)   becomes
//	c, ok := func(x Animal) (Cat, bool) { switch v := x.(type) { case Cat: return v, true }; return *new(Cat), false }(a)
//
// and a single-value assertion panics as Go does for the types that may
// be there instead.

// ownInterfaceValue reports whether x is of a named interface type the
// cells declare, with methods.
func (c *cell) ownInterfaceValue(x ast.Expr) bool {
	named, ok := types.Unalias(c.Info.TypeOf(x)).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// assertBySwitch writes x.(T), x of one of the cells' interfaces, as a type
// switch.
func (c *cell) assertBySwitch(n *ast.TypeAssertExpr) {
	xt, t := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	xs, ok1 := c.typeString(xt)
	ts, ok2 := c.typeString(t)
	if !ok1 || !ok2 {
		c.fail(n, "a type assertion to "+c.text(n.Type)+" that this cell cannot spell", "switch on the value's type instead")
		return
	}
	qualify := func(t types.Type) string {
		return types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	var b string
	if c.commaOk(n) {
		b = "func(x " + xs + ") (" + ts + ", bool) { switch v := x.(type) { case " + ts + ": return v, true }; return *new(" + ts + "), false }("
	} else {
		b = "func(x " + xs + ") " + ts + " { if x == nil { panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: interface is nil, not "+qualify(t)) + ")) }; switch v := x.(type) { case " + ts + ": return v"
		// Go's message names the type the value holds.
		for _, other := range c.sessionTypes() {
			if types.Identical(other, t) || !types.AssignableTo(other, xt) {
				continue
			}
			if os, ok := c.typeString(other); ok {
				b += "; case " + os + ": panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: "+qualify(xt)+" is "+qualify(other)+", not "+qualify(t)) + "))"
			}
		}
		b += " }; panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: "+qualify(xt)+" is not "+qualify(t)) + ")) }("
	}
	c.insert(n.Pos(), b)
	c.replace(n.X.End(), n.End(), ")")
}
