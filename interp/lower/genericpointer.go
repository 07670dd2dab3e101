package lower

import (
	"go/ast"
	"strconv"
)

// Inside a generic function or method, yaegi v0.16.1 took a pointer to an
// instance of a generic type of several type parameters (*entry[K, V])
// for a dereference wherever it was not a parameter's, result's or
// field's type, and its compiler crashed (CFG post-order panic: nil
// pointer dereference); outside generic code an alias names the instance
// (lowerPointerToInstance), which cannot name one spelled with type
// parameters. So there the type goes only where yaegi takes it - a
// function literal's result - and a compiled helper does the assertion:
//
//	var p *entry[K, V]       becomes   var p = func() (_gbpZ *entry[K, V]) { return }()
//	e := x.(*entry[K, V])    becomes   e := func(_gbpX any) (_gbpP *entry[K, V]) { _gbp.AssertInto(&_gbpP, _gbpX, true, "*entry[K, V]"); return }(x)
//	e, ok := x.(*entry[K, V])   the same, with a second result _gbpOK set by AssertInto
//
// A type switch case or a conversion of that form is refused.

// genericPointer reports whether e is *G[...] for G a generic type of
// several type parameters, inside a generic declaration.
func (c *cell) genericPointer(e ast.Expr) bool {
	star, ok := ast.Unparen(e).(*ast.StarExpr)
	if !ok || !c.inGenericDecl() {
		return false
	}
	list, ok := star.X.(*ast.IndexListExpr)
	return ok && c.Info.Types[list].IsType()
}

// lowerGenericPointerVar writes a var declaration of such a type without
// a value as one with the zero value.
func (c *cell) lowerGenericPointerVar(vs *ast.ValueSpec) {
	if vs.Type == nil || len(vs.Values) > 0 || !c.genericPointer(vs.Type) {
		return
	}
	ts := c.text(vs.Type)
	zero := "func() (_gbpZ " + ts + ") { return }()"
	values := ""
	for i := range vs.Names {
		if i > 0 {
			values += ", "
		}
		values += zero
	}
	c.replace(vs.Type.Pos(), vs.Type.End(), "= "+values)
}

// lowerGenericPointerAssert writes x.(*G[K, V]) as a call of the compiled
// helper. It reports whether it did.
func (c *cell) lowerGenericPointerAssert(n *ast.TypeAssertExpr) bool {
	if n.Type == nil || !c.genericPointer(n.Type) {
		return false
	}
	ts := c.text(n.Type)
	name := strconv.Quote(ts)
	if c.commaOk(n) {
		c.replace(n.Pos(), n.X.Pos(), "func(_gbpX any) (_gbpP "+ts+", _gbpOK bool) { _gbpOK = _gbp.AssertInto(&_gbpP, _gbpX, false, "+name+"); return }(")
	} else {
		c.replace(n.Pos(), n.X.Pos(), "func(_gbpX any) (_gbpP "+ts+") { _gbp.AssertInto(&_gbpP, _gbpX, true, "+name+"); return }(")
	}
	c.replace(n.X.End(), n.End(), ")")
	return true
}

// refuseGenericPointerCase refuses a type switch case on such a type.
func (c *cell) refuseGenericPointerCase(n *ast.TypeSwitchStmt) {
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if c.genericPointer(e) {
				c.fail(e, "a type switch case on "+c.text(e)+", a pointer to an instance of a generic type of several type parameters, inside a generic function",
					"assert it instead (p, ok := x.("+c.text(e)+"))")
			}
		}
	}
}
