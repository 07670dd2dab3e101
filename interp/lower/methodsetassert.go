package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// assertByMethodSet writes x.(I), I one of the cells' interfaces, when x
// may hold a value (not a pointer) of a type whose pointer has I's
// methods but the value has not: Go's assertion fails for such a value,
// yaegi's succeeded. The values are ruled out by their concrete types
// first:
//
//	v, ok := g.(Incer)   becomes
//	v, ok := func(x Getter) (Incer, bool) { switch x.(type) { case C: return nil, false }; v, ok := x.(Incer); return v, ok }(g)
//
// and a single-value assertion panics with Go's message for them. It
// reports whether it did; an interface of a compiled package is left to
// the caller's refusal.
func (c *cell) assertByMethodSet(n *ast.TypeAssertExpr) bool {
	xt, it := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	iface, _ := it.Underlying().(*types.Interface)
	if iface == nil || !c.ownInterfaceType(it) {
		return false
	}
	xs, ok1 := c.typeString(xt)
	is, ok2 := c.typeString(it)
	if !ok1 || !ok2 {
		return false
	}
	qualify := func(t types.Type) string {
		return types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	var cases string
	for _, tn := range c.concreteTypeNames() {
		t := tn.Type()
		if types.Implements(t, iface) || !types.Implements(types.NewPointer(t), iface) || !types.AssignableTo(t, xt) {
			continue
		}
		ts, ok := c.typeString(t)
		if !ok {
			return false
		}
		if c.commaOk(n) {
			cases += "case " + ts + ": return nil, false; "
			continue
		}
		missing, _ := types.MissingMethod(t, iface, true)
		msg := "interface conversion: " + qualify(t) + " is not " + qualify(it) + ": missing method " + missing.Name()
		cases += "case " + ts + ": panic(_gbp.RuntimeError(" + strconv.Quote(msg) + ")); "
	}
	if c.commaOk(n) {
		c.insert(n.Pos(), "func(x "+xs+") ("+is+", bool) { switch x.(type) { "+cases+"}; v, ok := x.("+is+"); return v, ok }(")
	} else {
		c.insert(n.Pos(), "func(x "+xs+") "+is+" { switch x.(type) { "+cases+"}; return x.("+is+") }(")
	}
	c.replace(n.X.End(), n.End(), ")")
	return true
}
