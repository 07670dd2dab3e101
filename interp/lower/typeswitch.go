package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerTypeSwitch refuses what yaegi v0.16.1 would answer wrongly: a type
// switch case, or a type assertion, to an interface type on a value that
// may hold one of the cells' own types implementing it - when the
// interface is not the cells' own (error, fmt.Stringer, io.Reader), or
// when the value is a variable of the session (a cell's top-level
// variable). yaegi never matches such a case and its assertion fails: the
// switch silently took another branch. Until a lowering can make it right,
// the cell fails with an error naming the construct. Cases on concrete
// types work, and so does the cells' own interface on a function's local
// value.
func (c *cell) lowerTypeSwitch(n *ast.TypeSwitchStmt) {
	x := switchSubject(n)
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if other := c.ambiguousShape(x, e); other != "" && !c.ownInterfaceValue(x) {
				c.fail(e, "a type switch case on "+c.text(e)+" for a value that may also hold a "+other+" (the interpreter cannot tell the two apart)",
					"keep values of one of the two types in this interface, or give them different structures")
				return
			}
			if t := c.valueWithPointerMethods(x, e); t != "" {
				c.fail(e, "a type switch case on "+c.text(e)+" for a value that may hold a "+t+" (not a pointer), whose method set lacks the pointer-receiver methods",
					"switch on the concrete types (case *"+t+":), or keep only pointers in the value")
				return
			}
			if c.ownInterfaceOfCompiledValue(x, e) {
				c.fail(e, "a type switch case on "+c.text(e)+", an interface written in the notebook, for a value that may hold a type of a compiled package",
					"switch on the concrete types, or on an interface of the standard library (io.Seeker, fmt.Stringer)")
				return
			}
			if c.unmatchableInterface(x, e) && !c.ownSubjectOfCompiledCase(n) && !c.ownSubjectOfOtherOwnCase(n, c.Info.TypeOf(x)) {
				c.fail(e, "a type switch case on "+c.text(e)+" for a value that may hold a type this notebook declares",
					"switch on the concrete types (case MyType:), or pass the value to a function that switches on an interface of your own")
				return
			}
		}
	}
}

// lowerTypeAssert does the same for x.(I). It reports whether it wrote
// the assertion anew, which no other lowering may then touch.
func (c *cell) lowerTypeAssert(n *ast.TypeAssertExpr) (rewritten bool) {
	if other := c.ambiguousShape(n.X, n.Type); n.Type != nil && other != "" {
		if c.ownInterfaceValue(n.X) {
			c.assertBySwitch(n)
			return false
		}
		c.fail(n, "a type assertion to "+c.text(n.Type)+" of a value that may also hold a "+other+" (the interpreter cannot tell the two apart)",
			"keep values of one of the two types in this interface, or give them different structures")
		return false
	}
	if n.Type != nil {
		if t := c.valueWithPointerMethods(n.X, n.Type); t != "" {
			if c.assertByMethodSet(n) {
				return true
			}
			c.fail(n, "a type assertion to "+c.text(n.Type)+" of a value that may hold a "+t+" (not a pointer), whose method set lacks the pointer-receiver methods",
				"assert the concrete type (x.(*"+t+") or x.("+t+")), or keep only pointers in the value")
			return false
		}
	}
	if _, _, fromIface := c.ownInterfaceFromInterface(n.X, n.Type); fromIface {
		return false // lowerAssertFromAny lists the cells' types and the compiled ones
	}
	if _, _, fromAny := c.ownInterfaceFromAny(n.X, n.Type); fromAny {
		return false // so it does here
	}
	if _, _, fromOwn := c.compiledInterfaceFromOwn(n.X, n.Type); fromOwn {
		return false // and here
	}
	if n.Type != nil && c.ownInterfaceOfCompiledValue(n.X, n.Type) {
		c.fail(n, "a type assertion to "+c.text(n.Type)+", an interface written in the notebook, of a value that may hold a type of a compiled package",
			"assert the concrete type (x.(*strings.Reader)), or an interface of the standard library (io.Seeker, fmt.Stringer); errors.Unwrap and errors.As do the work of Unwrap assertions")
		return false
	}
	if n.Type != nil && c.unmatchableInterface(n.X, n.Type) {
		if c.commaOk(n) && c.assertCompiledByCases(n) {
			return true
		}
		c.fail(n, "a type assertion to "+c.text(n.Type)+" of a value that may hold a type this notebook declares",
			"assert the concrete type (x.(MyType)), or pass the value to a function that asserts an interface of your own")
	}
	return false
}

// sessionVariable reports whether x is a variable that lives in the
// session: package-level, or defined by a cell's top-level statement.
func (c *cell) sessionVariable(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.Info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if v.Parent() == c.Pkg.Scope() {
		return true
	}
	return c.Body != nil && v.Parent() == c.Info.Scopes[c.Body.Type]
}

// unmatchableInterface reports whether asserting x to the type e is one
// yaegi gets wrong: e an interface of a compiled package (or error), x an
// interface value that may hold a type of the cells implementing e.
func (c *cell) unmatchableInterface(x, e ast.Expr) bool {
	if _, _, fromAny := c.interfaceFromAny(x, e); fromAny {
		return false // lowerAssertFromAny and lowerAnySwitch list the cells' types
	}

	tv, iface := c.interfaceWithMethods(e)
	if iface == nil {
		return false
	}
	named, isNamed := types.Unalias(tv.Type).(*types.Named)
	if (!isNamed || named.Obj().Pkg() == c.Pkg) && !c.sessionVariable(x) {
		return false // the notebook's own interface on a local value: yaegi matches it
	}
	xt := c.Info.Types[x].Type
	if xt == nil || !types.IsInterface(xt) {
		return false
	}
	for _, tn := range c.concreteTypeNames() {
		t := tn.Type()
		if types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface) {
			if types.AssignableTo(t, xt) || types.AssignableTo(types.NewPointer(t), xt) {
				return true
			}
		}
	}
	return false
}

// ambiguousShape reports an assertion to a concrete type T of a value
// that may hold another type of the same shape - the type yaegi builds
// for it: a MyInt is an int to reflect, a Point and a Vec of the same
// fields are one struct type. yaegi told them apart by that type alone,
// so x.(int) matched a MyInt, x.(MyInt) an int, and a case MyInt never
// matched. It returns the other type's name.
func (c *cell) ambiguousShape(x, e ast.Expr) string {
	tv, ok := c.Info.Types[e]
	if !ok || !tv.IsType() || types.IsInterface(tv.Type) {
		return ""
	}
	xt := c.Info.Types[x].Type
	if xt == nil || !types.IsInterface(xt) {
		return ""
	}
	t := tv.Type
	var others []types.Type
	if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
		// A MyInt's underlying int (or []int, map...) is a type values
		// commonly have; an unnamed struct type seldom is.
		others = append(others, t.Underlying())
	}
	scope := c.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			others = append(others, tn.Type(), types.NewPointer(tn.Type()))
		}
	}
	want := shape(t)
	// In an interface{}, boxes keep named types apart - except for a value
	// converted from a type parameter (any(v) in Describe[T]), which is
	// not boxed: the lowering does not know T there.
	boxing := isEmptyInterface(xt) && !fromTypeParam(c.Info, x)
	// So do they in a fmt.Stringer (boxstringer.go).
	stringerBoxing := isFmtStringer(xt) && !fromTypeParam(c.Info, x)
	boxed := func(u types.Type) bool {
		return boxing && c.boxedNamed(u) || stringerBoxing && c.boxedStringer(u)
	}
	if boxed(t) {
		return ""
	}
	for _, u := range others {
		if types.Identical(u, t) || types.IsInterface(u) || !types.AssignableTo(u, xt) || sameGeneric(u, t) {
			continue
		}
		if boxed(u) {
			continue
		}
		if shape(u) == want {
			return types.TypeString(u, types.RelativeTo(c.Pkg))
		}
	}
	return ""
}

// valueWithPointerMethods names a type T of the cells that x may hold as
// a value (not a pointer) when only *T implements the interface e: yaegi
// counts pointer-receiver methods in a value's method set, so
// any(b).(Resetter) was true where Go says false.
func (c *cell) valueWithPointerMethods(x, e ast.Expr) string {
	if _, _, fromAny := c.interfaceFromAny(x, e); fromAny {
		return "" // lowerAssertFromAny lists the implementing types itself
	}
	_, iface := c.interfaceWithMethods(e)
	if iface == nil {
		return ""
	}
	xt := c.Info.Types[x].Type
	if xt == nil || !types.IsInterface(xt) {
		return ""
	}
	for _, tn := range c.concreteTypeNames() {
		t := tn.Type()
		if !types.Implements(t, iface) && types.Implements(types.NewPointer(t), iface) && types.AssignableTo(t, xt) {
			return tn.Name()
		}
	}
	return ""
}

// ownInterfaceOfCompiledValue reports an assertion to an interface the
// cells declare (or spell as a literal) of a value that may hold a type
// of a compiled package: yaegi matches only its own types against such
// an interface, so err.(interface{ Unwrap() []error }) on errors.Join's
// result and r.(interface{ Len() int }) on a *strings.Reader were false.
// A value of a compiled interface type (error, io.Reader) may hold
// anything; one of type any is suspected when a package the session
// imports has a type that implements the interface.
func (c *cell) ownInterfaceOfCompiledValue(x, e ast.Expr) bool {
	tv, iface := c.interfaceWithMethods(e)
	if iface == nil {
		return false
	}
	if named, ok := types.Unalias(tv.Type).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		return false // a compiled interface: yaegi matches compiled values against it
	}
	xt := c.Info.Types[x].Type
	if xt == nil || !types.IsInterface(xt) {
		return false
	}
	if named, ok := types.Unalias(xt).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		return true // error, io.Reader, fmt.Stringer: may hold a compiled value
	}
	if xi, ok := xt.Underlying().(*types.Interface); !ok || !xi.Empty() {
		return false
	}
	for _, p := range c.Pkg.Imports() {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() || types.IsInterface(tn.Type()) {
				continue
			}
			if types.Implements(tn.Type(), iface) || types.Implements(types.NewPointer(tn.Type()), iface) {
				return true
			}
		}
	}
	return false
}

// interfaceWithMethods returns the type e names when it is an interface
// with methods.
func (c *cell) interfaceWithMethods(e ast.Expr) (types.TypeAndValue, *types.Interface) {
	tv, ok := c.Info.Types[e]
	if !ok || !tv.IsType() {
		return tv, nil
	}
	iface, ok := tv.Type.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return tv, nil
	}
	return tv, iface
}

// switchSubject returns the value a type switch switches on.
func switchSubject(n *ast.TypeSwitchStmt) ast.Expr {
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		return a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		return a.X.(*ast.TypeAssertExpr).X
	}
	return nil
}

// concreteTypeNames lists the types the cells declare at the top level
// that are neither aliases nor interfaces, in name order.
func (c *cell) concreteTypeNames() []*types.TypeName {
	var out []*types.TypeName
	scope := c.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
			out = append(out, tn)
		}
	}
	return out
}

// fromTypeParam reports whether x converts a value of a type parameter's
// type to an interface: any(v) for v of type T.
func fromTypeParam(info *types.Info, x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
		return false
	}
	_, isParam := info.TypeOf(call.Args[0]).(*types.TypeParam)
	return isParam
}

// sameGeneric reports whether u and t are the same generic type, or
// pointers to it: the declaration's entry[K comparable, V any] and the
// entry[K, V] of a method of another generic type are one type there,
// not two of one structure.
func sameGeneric(u, t types.Type) bool {
	if pu, ok := u.(*types.Pointer); ok {
		pt, ok := t.(*types.Pointer)
		if !ok {
			return false
		}
		u, t = pu.Elem(), pt.Elem()
	}
	nu, ok := types.Unalias(u).(*types.Named)
	if !ok {
		return false
	}
	nt, ok := types.Unalias(t).(*types.Named)
	return ok && nu.Origin().Obj() == nt.Origin().Obj() && (hasTypeParam(nu) || nu.TypeParams().Len() > 0)
}

// assertCompiledByCases writes v, ok := w.(io.StringWriter), for a w of a
// compiled interface that may hold a type of the cells implementing the
// compiled target (a struct embedding bytes.Buffer), as a switch on the
// cells' types that implement it, then the assertion for compiled
// values: yaegi's wrapper of io.Writer has no WriteString, so the
// assertion was false where Go's is true.
//
//	sw, ok := w.(io.StringWriter)   becomes
//	sw, ok := func(x io.Writer) (io.StringWriter, bool) { switch v := _gbp.Unbox(x).(type) { case *pipe: return v, true }; s, ok := x.(io.StringWriter); return s, ok }(w)
func (c *cell) assertCompiledByCases(n *ast.TypeAssertExpr) bool {
	xt, et := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	xs, ok1 := c.typeString(xt)
	es, ok2 := c.typeString(et)
	if !ok1 || !ok2 {
		return false
	}
	var cases []string
	iface, _ := et.Underlying().(*types.Interface)
	for _, cand := range c.candidates(et, n.Pos()) {
		if !c.sessionType(cand) || iface == nil {
			continue
		}
		if xi, ok := xt.Underlying().(*types.Interface); ok && !types.Implements(cand, xi) {
			continue // (w cannot hold it: a Counts whose Write is (*Counts).Write, in an io.Writer)
		}
		if _, isPtr := cand.(*types.Pointer); !isPtr {
			// yaegi's wrapper keeps a value (not a pointer) of the
			// cells' wrong (a struct's last field): a V{3} matched a
			// `case N:` of an int type. Refused as before.
			return false
		}
		result := "v"
		for i := range iface.NumMethods() {
			// yaegi converts a value to the compiled interface only
			// with methods of the cells' own (not one promoted from an
			// embedded bytes.Buffer); when the assertion's value is
			// discarded, only ok matters.
			if m, _, _ := types.LookupFieldOrMethod(cand, true, c.Pkg, iface.Method(i).Name()); m == nil || m.Pkg() != c.Pkg {
				if !c.commaOkBlank(n) {
					return false
				}
				result = "nil"
			}
		}
		cs, ok := c.typeString(cand)
		if !ok {
			return false
		}
		cases = append(cases, "case "+cs+": return "+result+", true")
	}
	if len(cases) == 0 {
		return false
	}
	c.insert(n.Pos(), "func(x "+xs+") ("+es+", bool) { switch v := _gbp.Unbox(x).(type) { "+strings.Join(cases, "; ")+" }; s, ok := x.("+es+"); return s, ok }(")
	c.replace(n.X.End(), n.End(), ")")
	return true
}
