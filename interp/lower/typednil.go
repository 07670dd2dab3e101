package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// An error may hold the stand-in for a nil pointer of a cell's type
// (guardTypedNil, interp/typednil.go); an assertion of the error to that
// pointer type gives the nil pointer, as in Go:
//
//	p, ok := err.(*MyErr)   becomes
//	p, ok := func(x error) (*MyErr, bool) { if _gbp.IsTypedNil(x, "*main.MyErr") { return nil, true }; v, ok := x.(*MyErr); return v, ok }(err)
func (c *cell) lowerTypedNilAssert(n *ast.TypeAssertExpr) {
	if n.Type == nil || c.err != nil || !c.typedNilCase(n.X, n.Type) {
		return
	}
	t := c.Info.TypeOf(n.Type)
	ts, ok := c.typeString(t)
	if !ok {
		return
	}
	name := strconv.Quote(reflectName(t))
	xs, ok := c.typeString(c.Info.TypeOf(n.X))
	if !ok {
		return
	}
	x := "x"
	if c.wrappedPointer(n.X, n.Type) {
		x = "_gbp.Unbox(x)" // (boxerror.go's unboxSubject)
	}
	if c.commaOk(n) {
		c.insert(n.Pos(), "func(x "+xs+") ("+ts+", bool) { if _gbp.IsTypedNil(x, "+name+") { return nil, true }; v, ok := "+x+".("+ts+"); return v, ok }(")
	} else {
		c.insert(n.Pos(), "func(x "+xs+") "+ts+" { if _gbp.IsTypedNil(x, "+name+") { return nil }; return "+x+".("+ts+") }(")
	}
	c.replace(n.X.End(), n.End(), ")")
}

// typedNilCase reports whether x is an error or a fmt.Stringer and e a
// pointer to a type of the cells: what may hold a typed nil.
func (c *cell) typedNilCase(x, e ast.Expr) bool {
	xt, t := c.Info.TypeOf(x), c.Info.TypeOf(e)
	if xt == nil || t == nil || !types.Identical(xt, types.Universe.Lookup("error").Type()) && !isFmtStringer(xt) {
		return false
	}
	_, isPtr := t.(*types.Pointer)
	return isPtr && c.sessionType(t)
}

// lowerTypedNilCompare compares an error with a pointer of a cell's type
// as Go does, the typed nil included: err == (*MyErr)(nil) is true when
// err holds a nil *MyErr.
//
//	err == p   becomes   func(e error, p *MyErr) bool { if p == nil { return _gbp.IsTypedNil(e, "*main.MyErr") }; return e == error(p) }(err, p)
func (c *cell) lowerTypedNilCompare(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	errExpr, ptrExpr := n.X, n.Y
	if !c.typedNilCase(errExpr, ptrExpr) {
		errExpr, ptrExpr = n.Y, n.X
		if !c.typedNilCase(errExpr, ptrExpr) {
			return
		}
	}
	t := c.Info.TypeOf(ptrExpr)
	ts, ok := c.typeString(t)
	if !ok {
		return
	}
	xs, ok := c.typeString(c.Info.TypeOf(errExpr))
	if !ok {
		return
	}
	not := ""
	if n.Op == token.NEQ {
		not = "!"
	}
	c.replace(n.Pos(), n.End(), not+"func(e "+xs+", p "+ts+") bool { if p == nil { return _gbp.IsTypedNil(e, "+strconv.Quote(reflectName(t))+
		") }; return e == "+xs+"(p) }("+c.text(errExpr)+", "+c.text(ptrExpr)+")")
}

// isFmtStringer reports whether t is fmt.Stringer, which may hold the
// typed-nil stand-in too (guardTypedNil).
func isFmtStringer(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "fmt" && named.Obj().Name() == "Stringer"
}

// guardTypedNil stops a cell that would store a nil pointer of its own
// type in an interface of a compiled package (error, fmt.Stringer): Go
// makes a non-nil interface holding the nil pointer (the "typed nil"
// that makes `return e` with a nil *MyErr a non-nil error), yaegi made a
// nil interface, so err != nil was silently false. Whether the pointer is
// nil is known only when it runs; then the cell stops with an error that
// names the pitfall:
//
//	return e   becomes   return func(v *MyErr) *MyErr { if v == nil { panic(_gbp.TypedNil("*MyErr", "error")) }; return v }(e)
//
// A pointer the cell builds (&MyErr{...}, &x) is never nil and is left as
// it is.
func (c *cell) guardTypedNil(target types.Type, e ast.Expr) {
	if target == nil || !types.IsInterface(target) || !c.inCell(e.Pos()) {
		return
	}
	if named, ok := types.Unalias(target).(*types.Named); !ok || named.Obj().Pkg() == c.Pkg {
		return // an interface of the cells, or any: yaegi keeps typed nils there
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Name == "nil" {
		return
	}
	if open, ok := c.typedNilConversion(target, c.Info.TypeOf(e)); ok {
		c.insert(e.Pos(), open)
		c.insert(e.End(), ")")
	}
}

// typedNilConversion writes the opening of guardTypedNil's literal that
// converts a value of t, a pointer to a type of the cells, to target, a
// compiled interface; the value and ")" follow.
func (c *cell) typedNilConversion(target, t types.Type) (string, bool) {
	if _, isPtr := t.(*types.Pointer); !isPtr || !c.sessionType(t) {
		return "", false
	}
	pt, ok := c.typeString(t)
	if !ok {
		return "", false
	}
	it, itOK := c.typeString(target)
	if types.Identical(target, types.Universe.Lookup("error").Type()) {
		// In an error, the nil pointer is a stand-in that keeps Go's
		// behaviour (interp/typednil.go).
		return "func(v " + pt + ") error { if v == nil { return _gbp.NewTypedNil(" + strconv.Quote(reflectName(t)) + ", func() string { return v.Error() }) }; return v }(", true
	}
	if itOK && isFmtStringer(target) {
		// A String method may serve the nil receiver (a linked list's
		// does): the stand-in calls it, as Go would.
		return "func(v " + pt + ") " + it + " { if v == nil { return _gbp.NewTypedNilStringer(" + strconv.Quote(reflectName(t)) + ", func() string { return v.String() }) }; return v }(", true
	}
	// The literal returns the interface: yaegi could not pass a call's
	// result of the pointer type as an argument of a compiled interface
	// type (reflect.Set: ... not assignable to type io.Writer).
	result := pt
	if itOK {
		result = it
	}
	return "func(v " + pt + ") " + result + " { if v == nil { panic(_gbp.TypedNil(\"" + pt + "\", \"" + it + "\")) }; return v }(", true
}
