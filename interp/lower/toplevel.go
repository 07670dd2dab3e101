package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerTopLevelReturn ends the cell at a return among its top-level
// statements - main's `if err != nil { fmt.Println(err); return }` run
// notebook style. yaegi failed on a return outside a function ("CFG
// post-order panic"); the session takes this panic as the cell's end.
//
//	return   becomes   panic(_gbp.EndCell)
func (c *cell) lowerTopLevelReturn(n *ast.ReturnStmt) {
	if c.Body == nil || len(n.Results) > 0 || !c.atTopLevel() {
		return
	}
	c.replace(n.Pos(), n.End(), "panic(_gbp.EndCell)")
}

// lowerTopLevelTypeSwitch runs a type switch that binds a variable, among
// the cell's top-level statements, in a function literal of its own.
// yaegi failed on such a switch outside a function ("index out of range
// [1] with length 1" from its compiler), even on `var w any = 3`.
//
//	switch v := x.(type) { ... }   becomes   func() { switch v := x.(type) { ... } }()
//
// A switch with a continue, a goto or a labelled break, whose target
// would be outside the literal, or a labelled switch, is left alone.
func (c *cell) lowerTopLevelTypeSwitch(n *ast.TypeSwitchStmt) {
	if c.Body == nil || !c.atTopLevel() {
		return
	}
	if _, bound := n.Assign.(*ast.AssignStmt); !bound {
		return
	}
	if !c.wrappableSwitch(n) {
		return
	}
	c.insert(n.Pos(), "func() { ")
	c.insertLast(n.End(), " }()") // around what other lowerings add there
}

// wrappableSwitch reports whether a switch can run in a function literal
// of its own: it is not labelled, and has no continue, goto or labelled
// break, whose target would be outside the literal.
func (c *cell) wrappableSwitch(n *ast.TypeSwitchStmt) bool {
	if _, labelled := c.parent().(*ast.LabeledStmt); labelled {
		return false
	}
	jumps := false
	ast.Inspect(n.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			if x.Tok != token.BREAK || x.Label != nil {
				jumps = jumps || x.Tok != token.FALLTHROUGH
			}
		}
		return !jumps
	})
	return !jumps
}

// lowerTopLevelConversionCall gives a method call on a conversion, among
// a cell's top-level statements, its receiver from a literal's call. yaegi
// did not find the method there (`t := Transform(f).Then(g)`: "undefined
// selector Then"), though it did in a function and through a variable.
//
//	Transform(f).Then(g)   becomes   func() Transform { return Transform(f) }().Then(g)
func (c *cell) lowerTopLevelConversionCall(n *ast.SelectorExpr) {
	if c.Body == nil || !c.atTopLevel() {
		return
	}
	sel := c.Info.Selections[n]
	if sel == nil || sel.Kind() != types.MethodVal {
		return
	}
	if call, ok := c.parent().(*ast.CallExpr); !ok || call.Fun != ast.Expr(n) {
		return // a method value: lowerMethodValue binds its receiver
	}
	conv, ok := ast.Unparen(n.X).(*ast.CallExpr)
	if !ok {
		return
	}
	if tv, ok := c.Info.Types[conv.Fun]; !ok || !tv.IsType() || !c.sessionType(tv.Type) {
		return
	}
	ts, ok := c.typeString(c.Info.TypeOf(conv))
	if !ok {
		return
	}
	c.insert(n.X.Pos(), "func() "+ts+" { return ")
	c.insert(n.X.End(), " }()")
}
