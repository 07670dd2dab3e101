package lower

import (
	"go/ast"
	"go/types"
)

// Values of a type parameter's type that reach compiled code or an
// interface inside generic code. yaegi compiles each instance of a
// generic method, but a value of the type argument handed straight to
// compiled code arrived as its underlying type, and one stored in an
// interface in a loop kept where the loop's variable was; these keep the
// type argument and give each value its own place.

// paramElems returns, for a slice of a type parameter's type printed with
// %v only, the parameter's name: its elements go to the stand-in as a
// []any, each stored through an interface{} (which keeps a generic
// method's type argument, see standIn), and print as the slice does.
func (c *cell) paramElems(t types.Type, u *use, spread bool) string {
	s, ok := types.Unalias(t).(*types.Slice)
	if !ok || spread || !isParam(s.Elem()) || !u.plainVerbs() || u.marshal || u.unmarshal || u.reflect || u.template || u.errors {
		return ""
	}
	name, ok := c.typeString(s.Elem())
	if !ok {
		return ""
	}
	return name
}

// onlyTypeVerb reports a use that prints the value with %T only.
func onlyTypeVerb(u *use) bool {
	return len(u.verbs) == 1 && u.verbs["T"] && !u.marshal && !u.unmarshal && !u.reflect && !u.template && !u.errors
}

// isParam reports a type parameter's type.
func isParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// mayHoldLaterInstance reports an empty interface printed with the
// names of types, in a session with a generic struct type: a later cell
// may pass it an instance (a notebook's function declared before any
// Ring[int] was made), which no resolver written now can name, and which
// that cell registers (registerInstanceLiteral) for the stand-in to find.
//
// An interface with methods (an error) may hold one when a generic struct
// type has methods of those names: &CycleError[T]{...} made in a generic
// function and returned as an error printed its %T as yaegi's
// interp._error, silently; the stand-in finds it, or says it cannot.
func (c *cell) mayHoldLaterInstance(t types.Type, u *use) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || !(u.verbs["T"] || u.verbs["#v"] || u.verbs["+v"] || u.verbs["*"] || u.marshal) {
		return false
	}
	if !isEmptyInterface(t) && !u.verbs["T"] && !u.verbs["#v"] {
		return false
	}
	scope := c.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 && structShape(n) && hasMethodsOf(n, iface) {
			return true
		}
	}
	return false
}

// hasMethodsOf reports whether the generic type n declares methods of the
// names of iface's methods.
func hasMethodsOf(n *types.Named, iface *types.Interface) bool {
	for i := 0; i < iface.NumMethods(); i++ {
		found := false
		for j := 0; j < n.NumMethods(); j++ {
			found = found || n.Method(j).Name() == iface.Method(i).Name()
		}
		if !found {
			return false
		}
	}
	return true
}

// copyParamThroughCall stores e, a value of a type parameter's type, in
// the interface target through a call that takes it by value, as
// copyThroughCall does for the cells' types. In a generic method the
// interface kept where the value was, so every append(out, x) of a loop
// over a []T held the last element, and a result converted by a return
// lost its type argument (Prio printed as 1, not with its String
// method), silently.
func (c *cell) copyParamThroughCall(target, t types.Type, e ast.Expr) bool {
	ts, ok1 := c.typeString(t)
	is, ok2 := c.typeString(target)
	if !ok1 || !ok2 {
		return false
	}
	c.insert(e.Pos(), "func(v "+ts+") "+is+" { return func(w "+is+") "+is+" { return w }(v) }(")
	c.insert(e.End(), ")")
	return true
}
