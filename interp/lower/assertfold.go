package lower

import (
	"go/ast"
	"go/types"
	"strconv"
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
	if c.isCellType(dyn) && (!structShape(dyn) && types.NewMethodSet(dyn).Len() > 0 || c.boxedNamed(dyn)) {
		return false // lowerAnyConversion rewrites the conversion, which must stay
	}
	c.replace(n.Pos(), conv.Args[0].Pos(), "func(v "+ts+") ("+ts+", bool) { return v, true }(")
	c.replace(conv.Args[0].End(), n.End(), ")")
	return true
}

// lowerImpliedAssert folds an assertion of a compiled interface value to a
// compiled interface its static type already implements (iw.(io.Writer)
// of an io.Writer): it holds whenever the value is not nil. yaegi's
// assertion of such a value holding one of the cells' types is refused
// elsewhere; this one needs no dynamic type.
//
//	w, ok := iw.(io.Writer)   becomes   w, ok := func(x io.Writer) (io.Writer, bool) { return x, x != nil }(iw)
func (c *cell) lowerImpliedAssert(n *ast.TypeAssertExpr) bool {
	if n.Type == nil {
		return false
	}
	xt, target := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	if xt == nil || target == nil || !types.IsInterface(xt) || isEmptyInterface(xt) || c.isCellType(xt) || c.isCellType(target) {
		return false
	}
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || !types.Implements(xt, iface) {
		return false
	}
	xs, ok1 := c.typeString(xt)
	ts, ok2 := c.typeString(target)
	if !ok1 || !ok2 {
		return false
	}
	if c.commaOk(n) {
		c.replace(n.Pos(), n.X.Pos(), "func(x "+xs+") ("+ts+", bool) { return x, x != nil }(")
	} else {
		msg := strconv.Quote(nilAssertMessage(xt, target))
		c.replace(n.Pos(), n.X.Pos(), "func(x "+xs+") "+ts+" { if x == nil { panic(_gbp.RuntimeError("+msg+")) }; return x }(")
	}
	c.replace(n.X.End(), n.End(), ")")
	return true
}
