package lower

import (
	"go/ast"
	"go/types"
)

// lowerStaticAssert answers an assertion on a conversion to an interface
// of a value whose type the checker knows - the idiom that asks whether a
// type implements an interface:
//
//	_, ok := any(v).(interface{ Sum() int })   becomes   _, ok := func() (interface{ Sum() int }, bool) { return nil, false }()
//
// (or the converted value and true, when it does). The type of v is the
// dynamic type; yaegi's own answer went wrong for a type with the
// structure of another that has the method. It reports whether it lowered
// n.
func (c *cell) lowerStaticAssert(n *ast.TypeAssertExpr) bool {
	if n.Type == nil || !c.commaOk(n) {
		return false
	}
	conv, ok := ast.Unparen(n.X).(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 {
		return false
	}
	if tv, ok := c.Info.Types[conv.Fun]; !ok || !tv.IsType() || !types.IsInterface(tv.Type) {
		return false
	}
	dyn := c.Info.TypeOf(conv.Args[0])
	target := c.Info.TypeOf(n.Type)
	if dyn == nil || target == nil || types.IsInterface(dyn) || dyn == types.Typ[types.UntypedNil] {
		return false
	}
	ts, ok := c.typeString(target)
	if !ok {
		return false
	}
	var holds bool
	if iface, isIface := target.Underlying().(*types.Interface); isIface {
		holds = types.Implements(dyn, iface)
	} else {
		holds = types.Identical(types.Default(dyn), target)
	}
	if !holds {
		// The value is still evaluated, and other lowerings of it stay.
		c.insert(n.Pos(), "func() ("+ts+", bool) { _ = ")
		c.replace(n.X.End(), n.End(), "; var zero "+ts+"; return zero, false }()")
		return true
	}
	if c.isCellType(dyn) && !structShape(dyn) && (types.NewMethodSet(dyn).Len() > 0 || c.boxedNamed(dyn)) {
		return false // lowerAnyConversion rewrites the conversion, which must stay
	}
	c.replace(n.Pos(), conv.Args[0].Pos(), "func(v "+ts+") ("+ts+", bool) { return v, true }(")
	c.replace(conv.Args[0].End(), n.End(), ")")
	return true
}
