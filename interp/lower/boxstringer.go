package lower

import "go/types"

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
