package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// A value (not a pointer) of a cell's type with a String method went
// wrong once the cell stored it in a fmt.Stringer, like an error by value
// did in an error (boxerror.go): yaegi's wrapper of the compiled
// interface kept, of a struct, only its last field, so %T and %+v had to
// fail and `s.(Money)` and `case Money:` were refused; of a named
// non-struct type (type Cents int) it kept the underlying value, so
// `case Cents:` was never taken - silently. The lowering boxes such a
// value where Go converts it to fmt.Stringer, in a compiled
// mirror.NamedStringer that keeps the value and its type's name and has
// the type's String method:
//
//	ms := []fmt.Stringer{Money{"EUR", 5}}   becomes   ms := []fmt.Stringer{_gbp.StringerBoxer(1, desc, calls...)(Money{"EUR", 5})}
//
// and takes the value out where the cell asks for its type (s.(Money),
// `case Cents:`), as it does for errors and for named values in an
// interface{} (boxnamed.go).

// boxedStringer reports whether t is a type whose values the lowering
// boxes where they become a fmt.Stringer.
func (c *cell) boxedStringer(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeParams().Len() > 0 || named.TypeArgs().Len() > 0 {
		return false
	}
	switch named.Underlying().(type) {
	case *types.Interface, *types.Pointer:
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(named, false, named.Obj().Pkg(), "String")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// boxedFor reports whether the lowering boxes a value of type t where Go
// converts it to target.
func (c *cell) boxedFor(target, t types.Type) bool {
	switch {
	case target == nil || t == nil:
		return false
	case types.Identical(target, errorType):
		return c.boxedError(t)
	case isFmtStringer(target):
		return c.boxedStringer(t)
	}
	return false
}

// mayHoldStringerBox reports whether a value of the interface type xt may
// hold a box of boxedStringer: a fmt.Stringer, an interface{} or an
// interface of the cells with no method but String.
func mayHoldStringerBox(xt types.Type) bool {
	iface, ok := xt.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for m := range iface.Methods() {
		if m.Name() != "String" {
			return false
		}
	}
	return true
}

// unboxesStringer reports whether a case or an assertion on t of a value
// of the interface type xt takes a fmt.Stringer's box apart by its name.
// (An interface{} value of a named non-struct type is always in a box,
// namedAssert's.)
func (c *cell) unboxesStringer(xt, t types.Type) bool {
	return xt != nil && t != nil && c.boxedStringer(t) && mayHoldStringerBox(xt) && !(isEmptyInterface(xt) && c.boxedNamed(t))
}

// stringerFallback is the value a case on t tests when subj, of type xt,
// is no box: a value converted from a type parameter, or one that went
// into an interface{} as it is.
func stringerFallback(xt, t types.Type, subj string) string {
	if _, isStruct := t.Underlying().(*types.Struct); isStruct && !isEmptyInterface(xt) {
		return "_gbp.Unbox(" + subj + ")" // yaegi's wrapper
	}
	return subj
}

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
