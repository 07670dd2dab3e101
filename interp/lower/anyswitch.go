package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// lowerAnySwitch writes a type switch as a switch of conditions where
// yaegi's type switch answers wrongly and its comma-ok assertion right:
//   - on an interface{} value, a case on a compiled interface (error,
//     fmt.Stringer) was never taken, not even for a compiled value
//     (errors.New("x") was not an error);
//   - on an interface{} value, a case that binds a variable was never
//     taken for a type of the cells with methods;
//   - on a compiled interface's value (an error), a case on a type of the
//     cells was never taken.
//
// So:
//
//	switch x := v.(type) { case error: A; case int, string: B; default: C }
//	becomes
//	switch _gbpS1 := v; {
//	case func() bool { _, ok := _gbpS1.(error); return ok }(): x := _gbpS1.(error); _ = x; A
//	case func() bool { ... int ... }() || func() bool { ... string ... }(): x := _gbpS1; _ = x; B
//	default: x := _gbpS1; _ = x; C }
//
// A case on an interface of the cells is tested against the types that
// implement it (lowerAssertFromAny). It reports whether it lowered n.
func (c *cell) lowerAnySwitch(n *ast.TypeSwitchStmt) bool {
	if c.err != nil || n.Init != nil {
		return false
	}
	x := switchSubject(n)
	xt := c.Info.TypeOf(x)
	if xt == nil || !types.IsInterface(xt) {
		return false
	}
	_, bound := n.Assign.(*ast.AssignStmt)
	ownSubject := false      // a Layer, with a case on fmt.Stringer
	compiledSubject := false // error, fmt.Stringer, io.Reader
	if named, ok := types.Unalias(xt).(*types.Named); ok && named.Obj().Pkg() != c.Pkg && !isEmptyInterface(xt) {
		compiledSubject = true
	} else if !isEmptyInterface(xt) {
		if !c.ownSubjectOfCompiledCase(n) && !c.ownSubjectOfOtherOwnCase(n, xt) {
			return false // the cells' own interface: lowerInterfaceCases
		}
		ownSubject = true
	}
	lower := ownSubject
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			t := c.Info.TypeOf(e)
			switch {
			case t == nil:
			case types.IsInterface(t):
				if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != c.Pkg && !isEmptyInterface(t) {
					lower = true
				}
				if !compiledSubject && !isEmptyInterface(t) {
					// The cells' own interface: asInterface also finds a
					// plain value (var v any = Sq{3}), which a switch on
					// the implementing types missed.
					lower = true
				}
			case c.sessionType(t) && compiledSubject, c.boxedError(t), c.boxedStringer(t) && mayHoldStringerBox(xt):
				lower = true
			case isEmptyInterface(xt) && c.boxedNamed(t):
				lower = true
			case c.sessionType(t) && bound && hasMethods(t):
				lower = true
			case !bound && !compiledSubject && c.mentionsCellType(t):
				// yaegi's unbound switch compared the name of a plain
				// value's reflect type with the case's: for the cells'
				// types, built without names, they never matched (a
				// Point in an interface{} took the default branch).
				lower = true
			}
		}
	}
	if !lower {
		return false
	}
	// On an error, a case on a cell's pointer may see a typed nil.
	typedNil := types.Identical(xt, types.Universe.Lookup("error").Type())
	subject := c.newName("S")
	var name string
	if as, ok := n.Assign.(*ast.AssignStmt); ok {
		name = as.Lhs[0].(*ast.Ident).Name
	}
	// The subject's own text stays, for its lowerings (recover()).
	c.replace(n.Assign.Pos(), x.Pos(), subject+" := ")
	c.replace(x.End(), n.Assign.End(), ";")
	// The cases test the value as an interface{}; a clause that binds
	// the subject's own type (default, several types) keeps it.
	tested := subject
	if ownSubject {
		tested = "any(" + subject + ")"
	}
	for _, cl := range n.Body.List {
		cc := cl.(*ast.CaseClause)
		if len(cc.List) > 0 {
			var conds []string
			for _, e := range cc.List {
				cond, ok := c.caseCondition(tested, xt, e, typedNil)
				if ownSubject && concreteCase(c.Info.TypeOf(e)) {
					// The cells' interface keeps the value's type (and
					// holds a plain, unboxed value): its own assertion.
					cond, ok = "func() bool { _, ok := "+subject+".("+c.text(e)+"); return ok }()", true
				}
				if !ok {
					return true
				}
				conds = append(conds, cond)
			}
			c.replace(cc.List[0].Pos(), cc.List[len(cc.List)-1].End(), strings.Join(conds, " || "))
		}
		if name == "" {
			continue
		}
		value := subject
		if len(cc.List) == 1 {
			if v, ok := c.caseValue(tested, xt, cc.List[0], typedNil); ok {
				value = v
			}
			if ownSubject && concreteCase(c.Info.TypeOf(cc.List[0])) {
				value = subject + ".(" + c.text(cc.List[0]) + ")"
			}
		}
		c.insert(cc.Colon+1, " "+name+" := "+value+"; _ = "+name+";")
	}
	return true
}

// caseCondition is the test of one type of a case.
func (c *cell) caseCondition(subject string, xt types.Type, e ast.Expr, typedNil bool) (string, bool) {
	t := c.Info.TypeOf(e)
	if t == nil {
		return "", false
	}
	if t == types.Typ[types.UntypedNil] {
		return subject + " == nil", true
	}
	ts, ok := c.typeString(t)
	if !ok {
		c.fail(e, "a type switch case on "+c.text(e)+", a type this cell cannot name", "name the type's package in the cell")
		return "", false
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && !iface.Empty() {
		impls, others := c.implementers(iface)
		return "func() bool { _, ok := " + c.asInterface(t, ts, nil, impls, others, true) + "(" + subject + "); return ok }()", true
	}
	if typedNil && c.sessionType(t) {
		if _, isPtr := t.(*types.Pointer); isPtr {
			return "func() bool { if _gbp.IsTypedNil(" + subject + ", " + strconv.Quote(reflectName(t)) + ") { return true }; _, ok := " + subject + ".(" + ts + "); return ok }()", true
		}
	}
	if c.unboxesByName(xt, t) {
		cond, _ := c.boxCase(xt, t, ts, subject)
		return cond, true
	}
	if c.boxedError(t) {
		subject = "_gbp.Unbox(" + subject + ")"
	}
	if c.boxedNamed(t) {
		return "func() bool { _, ok := _gbp.UnboxAs(" + subject + ", " + strconv.Quote(reflectName(t)) + "); return ok }()", true
	}
	return "func() bool { _, ok := " + subject + ".(" + ts + "); return ok }()", true
}

// caseValue is the value a clause of one type binds.
func (c *cell) caseValue(subject string, xt types.Type, e ast.Expr, typedNil bool) (string, bool) {
	t := c.Info.TypeOf(e)
	if t == nil || t == types.Typ[types.UntypedNil] {
		return "", false
	}
	ts, ok := c.typeString(t)
	if !ok {
		return "", false
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && !iface.Empty() {
		impls, others := c.implementers(iface)
		return c.asInterface(t, ts, nil, impls, others, false) + "(" + subject + ")", true
	}
	if typedNil && c.sessionType(t) {
		if _, isPtr := t.(*types.Pointer); isPtr {
			return "func() " + ts + " { if _gbp.IsTypedNil(" + subject + ", " + strconv.Quote(reflectName(t)) + ") { return nil }; return " + subject + ".(" + ts + ") }()", true
		}
	}
	if c.unboxesByName(xt, t) {
		_, value := c.boxCase(xt, t, ts, subject)
		return value, true
	}
	if c.boxedError(t) {
		subject = "_gbp.Unbox(" + subject + ")"
	}
	if c.boxedNamed(t) {
		return "_gbp.MustUnboxAs(" + subject + ", " + strconv.Quote(reflectName(t)) + ").(" + ts + ")", true
	}
	return subject + ".(" + ts + ")", true
}

// ownSubjectOfCompiledCase reports a switch on a value of one of the
// cells' interfaces (a Layer) with a case on a compiled interface (case
// fmt.Stringer:), which yaegi never matched: it is lowered as a switch on
// an interface{}, unless a concrete case must tell apart two types of
// one structure, which only the switch on the cells' interface does.
func (c *cell) ownSubjectOfCompiledCase(n *ast.TypeSwitchStmt) bool {
	x := switchSubject(n)
	if !c.ownInterfaceValue(x) {
		return false
	}
	compiledCase := false
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			t := c.Info.TypeOf(e)
			if t == nil {
				continue
			}
			if types.IsInterface(t) {
				named, ok := types.Unalias(t).(*types.Named)
				compiledCase = compiledCase || ok && named.Obj().Pkg() != c.Pkg && !isEmptyInterface(t)
			} else if c.ambiguousShape(x, e) != "" {
				return false
			}
		}
	}
	return compiledCase
}

// mentionsCellType reports whether t is, or is built from, a type the
// cells declare (Point, *Point, []Point, map[string]Point).
func (c *cell) mentionsCellType(t types.Type) bool {
	found := false
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			found = found || t.Obj().Pkg() == c.Pkg
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		}
	}
	walk(t)
	return found
}

// hasMethods reports whether t or *t has methods.
func hasMethods(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	return types.NewMethodSet(t).Len() > 0 || types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}

// ownSubjectOfOtherOwnCase reports a type switch on a value of one of the
// cells' interfaces (a Reader) with a case on another of them (case
// ReadWriter:): yaegi never took it, in a function too, where its
// comma-ok assertion answers right.
func (c *cell) ownSubjectOfOtherOwnCase(n *ast.TypeSwitchStmt, xt types.Type) bool {
	if xt == nil || !c.ownInterfaceType(xt) {
		return false
	}
	x := switchSubject(n)
	other := false
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			t := c.Info.TypeOf(e)
			switch {
			case t == nil:
			case types.IsInterface(t):
				other = other || !isEmptyInterface(t) && !types.Identical(t, xt)
			case c.ambiguousShape(x, e) != "":
				return false // only the switch on the cells' interface tells them apart
			}
		}
	}
	return other
}

// concreteCase reports a case on a type that is not an interface (nor
// nil).
func concreteCase(t types.Type) bool {
	return t != nil && t != types.Typ[types.UntypedNil] && !types.IsInterface(t)
}
