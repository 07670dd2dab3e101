package lower

import (
	"go/ast"
	"go/types"
)

// yaegi stores the value of append, make or new given as a result after
// the first of a return statement in the first result's place:
// `return 1, append(s, "x")` panicked with "reflect.Set: value of type
// []string is not assignable to type int". Such a result is computed by a
// function literal, whose value yaegi places right:
//
//	return 1, append(s, "x")   becomes   return 1, func() []string { return append(s, "x") }()
//
// clear of a value of a named map or slice type with methods did nothing;
// it is given the value as its underlying type (the same map, the same
// array):
//
//	clear(s)   becomes   clear(map[int]struct{}(s))

// lowerReturnedBuiltins wraps the results after the first that are calls
// of append, make or new.
func (c *cell) lowerReturnedBuiltins(n *ast.ReturnStmt) {
	if len(n.Results) < 2 {
		return
	}
	for _, r := range n.Results[1:] {
		name := c.builtinCalled(r)
		if name != "append" && name != "make" && name != "new" {
			continue
		}
		ts, ok := c.typeString(c.Info.TypeOf(r))
		if !ok {
			continue
		}
		c.computeInLiteral(r, ts)
	}
}

// lowerClearNamed gives clear its argument as the underlying type when it
// is of a named type.
func (c *cell) lowerClearNamed(call *ast.CallExpr) {
	if c.builtinCalled(call) != "clear" || len(call.Args) != 1 {
		return
	}
	t := c.Info.TypeOf(call.Args[0])
	if _, named := types.Unalias(t).(*types.Named); !named {
		return
	}
	ts, ok := c.typeString(t.Underlying())
	if !ok {
		return
	}
	c.insert(call.Args[0].Pos(), "("+ts+")(")
	c.insertLast(call.Args[0].End(), ")")
}

// builtinCalled returns the name of the builtin function e calls, or "".
func (c *cell) builtinCalled(e ast.Expr) string {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return ""
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return ""
	}
	if b, ok := c.Info.Uses[id].(*types.Builtin); ok {
		return b.Name()
	}
	return ""
}

// computeInLiteral makes e, of the type spelled ts, the result of a
// function literal called where it stands - a value yaegi computes right
// where it got e wrong (a result among others, a var's value) - after
// what other lowerings write around e's end:
//
//	e   becomes   func() T { return e }()
func (c *cell) computeInLiteral(e ast.Expr, ts string) {
	c.insert(e.Pos(), "func() "+ts+" { return ")
	c.insertLast(e.End(), " }()")
}
