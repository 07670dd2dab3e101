package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// Taking boxes apart by name: a type switch's case or an assertion on a
// type whose values the lowering boxes (a fmt.Stringer's box,
// boxstringer.go; a struct with a twin in an interface{}, boxtwins.go)
// looks for a box of that type's name first, and tests a value that is no
// box as yaegi does.

// unboxesByName reports whether a case or an assertion on t of a value of
// the interface type xt looks for a box of t by its name first, and takes
// a value that is no box as yaegi does: a fmt.Stringer's box, or in an
// interface{} the box of a struct with a twin (boxtwins.go), which a
// value from compiled code or a type parameter is not in.
func (c *cell) unboxesByName(xt, t types.Type) bool {
	return c.unboxesStringer(xt, t) || xt != nil && t != nil && isEmptyInterface(xt) && c.boxedNamed(t) && structShape(t)
}

// switchesOnPlain reports whether a value of t in an interface{} that is no
// box is tested with a type switch: one that reached the interface{}
// through an interface of the cells keeps its type there, which yaegi's
// unbound type switch tells apart from a twin's and its assertion did not
// (a Size held as a Shape was a Point).
func switchesOnPlain(xt, t types.Type) bool {
	return isEmptyInterface(xt) && structShape(t)
}

// unclearTwin is the statement that stops the cell when x, no box, is not
// a T to yaegi's type switch but is to its assertion: a value of T's
// structure that came into the interface{} unboxed (from a generic
// function), which may be T or a twin of T.
func (c *cell) unclearTwin(t types.Type, x, ts string) string {
	twins := c.twinNames(t)
	if twins == "" {
		return ""
	}
	return "if _, ok := " + x + ".(" + ts + "); ok && !_gbp.KeepsType(" + x + ") { _gbp.AmbiguousTwin(" + strconv.Quote(reflectName(t)) + ", " + strconv.Quote(twins) + ") }; "
}

// boxCase returns the condition and the value of a type switch's case on
// t, for unboxesByName, on subj, a name.
func (c *cell) boxCase(xt, t types.Type, ts, subj string) (cond, value string) {
	name := strconv.Quote(reflectName(t))
	fb := stringerFallback(xt, t, subj)
	iface := strconv.Quote(types.TypeString(xt, func(p *types.Package) string { return p.Name() }))
	if isEmptyInterface(xt) {
		iface = strconv.Quote("interface {}") // as Go's runtime spells it
	}
	test := "_, ok := " + fb + ".(" + ts + "); return ok"
	plain := "return " + fb + ".(" + ts + ")"
	if switchesOnPlain(xt, t) {
		unclear := c.unclearTwin(t, fb, ts)
		test = "switch " + fb + ".(type) { case " + ts + ": return true }; " + unclear + "return false"
		plain = "switch " + fb + ".(type) { case " + ts + ": return " + fb + ".(" + ts + ") }; " + unclear + plain
	}
	cond = "func() bool { if _gbp.IsBox(" + subj + ") { _, ok := _gbp.UnboxAs(" + subj + ", " + name + "); return ok }; " + test + " }()"
	value = "func() " + ts + " { if _gbp.IsBox(" + subj + ") { return _gbp.MustUnboxFrom(" + subj + ", " + name + ", " + iface + ").(" + ts + ") }; " + plain + " }()"
	return cond, value
}

// boxAssert writes x.(T) for unboxesByName. It reports whether it did.
func (c *cell) boxAssert(n *ast.TypeAssertExpr) bool {
	xt, t := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	if !c.unboxesByName(xt, t) {
		return false
	}
	ts, ok1 := c.typeString(t)
	xs, ok2 := c.typeString(xt)
	if !ok1 || !ok2 {
		return false
	}
	name := strconv.Quote(reflectName(t))
	fb := stringerFallback(xt, t, "x")
	if c.commaOk(n) {
		plain := "v, ok := " + fb + ".(" + ts + "); return v, ok"
		if switchesOnPlain(xt, t) {
			plain = "switch " + fb + ".(type) { case " + ts + ": return " + fb + ".(" + ts + "), true }; " + c.unclearTwin(t, fb, ts) + "return *new(" + ts + "), false"
		}
		c.insert(n.Pos(), "func(x "+xs+") ("+ts+", bool) { if _gbp.IsBox(x) { r, ok := _gbp.UnboxAs(x, "+name+"); if !ok { return *new("+ts+"), false }; return r.("+ts+"), true }; "+plain+" }(")
	} else {
		_, value := c.boxCase(xt, t, ts, "x")
		msg := strconv.Quote(nilAssertMessage(xt, t))
		c.insert(n.Pos(), "func(x "+xs+") "+ts+" { if x == nil { panic(_gbp.RuntimeError("+msg+")) }; return "+value+" }(")
	}
	c.replace(n.X.End(), n.End(), ")")
	return true
}
