package lower

import (
	"go/ast"
	"go/types"
)

// A value (not a pointer) of a cell's type stored in an interface of a
// compiled package - an error holding a RangeError - is kept by yaegi in
// a wrapper whose copy of the value is wrong (it holds the struct's first
// field), so err.(RangeError) was false, `case RangeError:` never matched
// and the switch silently took another branch. Until a lowering can make
// it right, such an assertion fails with an error; a pointer
// (&RangeError{...}, with pointer-receiver methods) works.

// lowerWrappedAssert refuses x.(T).
func (c *cell) lowerWrappedAssert(n *ast.TypeAssertExpr) {
	if c.lowerUnboxAssert(n) {
		return
	}
	if n.Type != nil && c.wrappedValue(n.X, n.Type) {
		c.fail(n, "a type assertion to "+c.text(n.Type)+" (a value type of the notebook) of "+c.text(n.X)+" (of type "+types.TypeString(c.Info.TypeOf(n.X), nil)+")",
			"store a pointer (&"+c.text(n.Type)+"{...}, with pointer-receiver methods) and assert *"+c.text(n.Type))
	}
}

// lowerWrappedSwitch refuses such a case of a type switch.
func (c *cell) lowerWrappedSwitch(n *ast.TypeSwitchStmt) {
	x := switchSubject(n)
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if c.wrappedValue(x, e) {
				c.fail(e, "a type switch case on "+c.text(e)+" (a value type of the notebook) for a value of type "+types.TypeString(c.Info.TypeOf(x), nil),
					"store a pointer (&"+c.text(e)+"{...}, with pointer-receiver methods) and switch on *"+c.text(e))
				return
			}
		}
	}
}

// wrappedValue reports whether x is an interface of a compiled package
// other than any (which yaegi fills with its wrappers) and e a value type
// of the cells.
func (c *cell) wrappedValue(x, e ast.Expr) bool {
	xt, t := c.Info.TypeOf(x), c.Info.TypeOf(e)
	if xt == nil || t == nil || !types.IsInterface(xt) || types.IsInterface(t) {
		return false
	}
	if _, isPtr := t.(*types.Pointer); isPtr || !c.sessionType(t) || c.boxedError(t) || c.boxedStringer(t) && mayHoldStringerBox(xt) {
		return false // a box (boxerror.go) keeps the type
	}
	if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
		return false // the wrapper holds the whole value of a float64, a []int
	}
	named, ok := types.Unalias(xt).(*types.Named)
	return ok && named.Obj().Pkg() != c.Pkg
}
