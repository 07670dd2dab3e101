package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// yaegi keeps a value of a cell's type with methods, stored in an
// interface{} or in an interface of the cells, in a box that == compares
// by where the value was made: two Ident("x") in a Token or an any were
// unequal, silently. Cases without a variable on the cells' types tell
// their boxes apart (typeswitch.go), and the values taken out compare
// right, so such a comparison becomes a function that switches on both
// types first:
//
//	a == b   becomes
//	func(x, y any) bool { switch x.(type) {
//		case Ident: switch y.(type) { case Ident: return x.(Ident) == y.(Ident) }; return false
//		...; }; switch y.(type) { case Ident, ...: return false }; return x == y }(a, b)
//
// A value a declaration stored (var a any = T{1, 2}, T a struct with
// methods) was not matched by the case, only by an assertion: each struct
// type's case is tried as an assertion too (after the switch, which tells
// types of one structure apart where it matches).
//
// A map keyed by such an interface hashes the boxes the same way; its keys
// go through an interner (ifacekeys.go).

// lowerInterfaceCompare handles x == y and x != y.
func (c *cell) lowerInterfaceCompare(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	if c.Info.Types[n.X].IsNil() || c.Info.Types[n.Y].IsNil() {
		return
	}
	cands := c.boxedCandidates(c.Info.TypeOf(n.X), n.Pos())
	cands = append(cands, c.boxedCandidates(c.Info.TypeOf(n.Y), n.Pos())...)
	if len(cands) == 0 {
		return
	}
	// The assertions are for values in an interface{} (the case needs
	// them); of one of the cells' interfaces, a nil one converted to
	// interface{} made yaegi's assertion panic.
	asserts := !c.ownInterfaceType(c.Info.TypeOf(n.X)) && !c.ownInterfaceType(c.Info.TypeOf(n.Y))
	if eq, ok := c.interfaceEqual(cands, asserts); ok {
		c.compareWith(n, eq)
	}
}

// compareWith writes x == y (or x != y) as a call of the comparison eq:
// eq(x, y) (or !eq(x, y)).
func (c *cell) compareWith(n *ast.BinaryExpr, eq string) {
	if n.Op == token.NEQ {
		eq = "!" + eq
	}
	c.insert(n.X.Pos(), eq+"(")
	c.replace(n.X.End(), n.Y.Pos(), ", ")
	c.insert(n.Y.End(), ")")
}

// interfaceEqual writes the function that compares two interface values
// that may hold the types cands, as Go's == does.
func (c *cell) interfaceEqual(cands []types.Type, asserts bool) (string, bool) {
	var b strings.Builder
	b.WriteString("func(x, y any) bool { switch x.(type) {")
	var all, asserted, sames []string
	seen := map[string]bool{}
	for _, t := range cands {
		ts, ok := c.typeString(t)
		if !ok || seen[ts] {
			continue
		}
		seen[ts] = true
		same := "return x.(" + ts + ") == y.(" + ts + ")"
		if !types.Comparable(t) {
			same = "panic(_gbp.RuntimeError(" + strconv.Quote("comparing uncomparable type "+reflectName(t)) + "))"
		}
		if elem, ok := t.(*types.Pointer); manyTypeArgs(t) || ok && manyTypeArgs(elem.Elem()) {
			// yaegi's compiler panicked on a case of an instance of
			// several type arguments (case Pair[string, int]): its
			// values are told apart by assertions only.
			asserted = append(asserted, ts)
			sames = append(sames, same)
			continue
		}
		all = append(all, ts)
		fallback := ""
		if asserts && structShape(t) && !isPointer(t) {
			// (Only a struct's: a plain "a" in an any passes for an Ident.)
			fallback = " if _, ok := y.(" + ts + "); ok { " + same + " };"
			asserted = append(asserted, ts)
			sames = append(sames, same)
		}
		b.WriteString(" case " + ts + ": switch y.(type) { case " + ts + ": " + same + " };" + fallback + " return false;")
	}
	if len(all)+len(asserted) == 0 {
		return "", false
	}
	b.WriteString(" };")
	// A value stored by a declaration (var a any = T{1, 2}) was not
	// matched by the case, where the assertion takes it.
	for i, ts := range asserted {
		b.WriteString(" if _, ok := x.(" + ts + "); ok { if _, ok := y.(" + ts + "); ok { " + sames[i] + " }; return false };")
	}
	if len(all) > 0 {
		b.WriteString(" switch y.(type) { case " + strings.Join(all, ", ") + ": return false };")
	}
	for _, ts := range asserted {
		b.WriteString(" if _, ok := y.(" + ts + "); ok { return false };")
	}
	b.WriteString(" return x == y }")
	return b.String(), true
}

// lowerInterfaceTagSwitch writes a switch on such an interface value as
// a switch of comparisons (yaegi's panicked converting its box):
//
//	switch t { case Ident("a"), Ident("b"): ... }   becomes
//	switch _gbpT1 := t; { case eq(_gbpT1, Ident("a")) || eq(_gbpT1, Ident("b")): ... }
func (c *cell) lowerInterfaceTagSwitch(n *ast.SwitchStmt) {
	if n.Tag == nil {
		return
	}
	cands := c.boxedCandidates(c.Info.TypeOf(n.Tag), n.Pos())
	if len(cands) == 0 {
		return
	}
	id, plain := ast.Unparen(n.Tag).(*ast.Ident)
	if n.Init != nil && !plain {
		c.fail(n.Tag, "a switch with an init statement on a value of an interface that may hold your types",
			"move the init statement before the switch")
		return
	}
	eq, ok := c.interfaceEqual(cands, false)
	if !ok {
		return
	}
	var tag string
	if n.Init != nil {
		// switch p := recover(); p { becomes switch p := recover(); {,
		// its cases comparing p itself.
		tag = id.Name
		c.replace(n.Tag.Pos(), n.Tag.End(), "")
	} else {
		tag = c.newName("T")
		c.insert(n.Tag.Pos(), tag+" := ")
		c.insert(n.Tag.End(), ";")
	}
	for _, stmt := range n.Body.List {
		cl := stmt.(*ast.CaseClause)
		for i, e := range cl.List {
			if c.Info.Types[e].IsNil() {
				c.insert(e.Pos(), tag+" == ")
			} else {
				c.insert(e.Pos(), eq+"("+tag+", ")
				c.insert(e.End(), ")")
			}
			if i > 0 {
				c.replace(cl.List[i-1].End(), e.Pos(), " || ")
			}
		}
	}
}

// boxedCandidates lists the cells' types, and pointers to them, that a
// value of type t may hold in one of yaegi's boxes: t is interface{} or an
// interface of the cells, and the types have methods.
func (c *cell) boxedCandidates(t types.Type, pos token.Pos) []types.Type {
	if t == nil || !types.IsInterface(t) {
		return nil
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		return nil // error, fmt.Stringer: yaegi's wrappers, see boxerror.go
	}
	if _, isParam := t.(*types.TypeParam); isParam {
		return nil
	}
	var out []types.Type
	for _, u := range c.candidates(t, pos) {
		if isEmptyInterface(t) && c.boxedNamed(u) {
			continue // in its box, == is right (boxnamed.go)
		}
		if _, isPtr := u.(*types.Pointer); isPtr || types.NewMethodSet(u).Len() > 0 {
			out = append(out, u)
		}
	}
	return out
}

// lowerCompiledInterfaceCompare writes == on a value of a compiled
// interface with methods (error, fmt.Stringer) that may hold one of the
// cells' types as a comparison of the values yaegi's wrappers hold:
//
//	s == F(-40)   becomes   _gbp.Equal(s, F(-40))
//
// yaegi compared its wrappers: s == F(-40) was false, and two holding one
// pointer panicked (comparing uncomparable type stdlib._fmt_Stringer).
func (c *cell) lowerCompiledInterfaceCompare(n *ast.BinaryExpr) bool {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return false
	}
	if c.Info.Types[n.X].IsNil() || c.Info.Types[n.Y].IsNil() || c.rewrittenWithin(n.Pos(), n.End()) {
		return false // (err == (*E)(nil) is lowerTypedNilCompare's)
	}
	var iface *types.Interface
	for _, e := range []ast.Expr{n.X, n.Y} {
		if i := c.compiledInterface(c.Info.TypeOf(e)); i != nil {
			iface = i
		}
	}
	if iface == nil {
		return false
	}
	held := false
	for _, t := range c.sessionTypes() {
		held = held || types.Implements(t, iface)
	}
	if !held {
		return false // only compiled values: yaegi compares them right
	}
	eq := "_gbp.Equal("
	if n.Op == token.NEQ {
		eq = "!" + eq
	}
	c.insert(n.X.Pos(), eq)
	c.replace(n.X.End(), n.Y.Pos(), ", ")
	c.insert(n.Y.End(), ")")
	return true
}
