package lower

import (
	"go/ast"
	"go/token"
)

// yaegi loses a value of a generic function's call assigned together with
// others: `var a, b = 1, Id(2)` left b zero, `c, d := Id("x"), 1` (a
// top-level statement) left d zero, and a var declaration of several
// types was refused. A call computed by a function literal is assigned
// right:
//
//	c, d := Id("x"), 1   becomes   c, d := func() string { return Id("x") }(), 1

// lowerGenericAmong wraps the values that call a generic function among
// the several values of an assignment or a var declaration.
func (c *cell) lowerGenericAmong(values []ast.Expr) {
	if !c.wrapsGenericAmong(values) {
		return
	}
	for _, v := range values {
		if !c.callsGeneric([]ast.Expr{v}) {
			continue
		}
		ts, _ := c.spellType(c.Info.TypeOf(v))
		c.insert(v.Pos(), "func() "+ts+" { return ")
		c.insertLast(v.End(), " }()")
	}
}

// wrapsGenericAmong reports whether lowerGenericAmong wraps values: a
// generic call is among several values, and the types of those that are
// can be written.
func (c *cell) wrapsGenericAmong(values []ast.Expr) bool {
	if len(values) < 2 || !c.callsGeneric(values) {
		return false
	}
	for _, v := range values {
		if !c.callsGeneric([]ast.Expr{v}) {
			continue
		}
		tv, ok := c.Info.Types[v]
		if !ok || tv.Type == nil {
			return false
		}
		if _, ok := c.spellType(tv.Type); !ok {
			return false
		}
	}
	return true
}

// assignValues returns the values of an assignment that assigns each its
// own (not a call's several results), or nil.
func assignValues(n *ast.AssignStmt) []ast.Expr {
	if len(n.Lhs) != len(n.Rhs) || n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
		return nil
	}
	return n.Rhs
}
