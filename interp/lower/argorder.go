package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// gc reads a variable passed to a call after the call's other arguments
// that are calls have run (the spec leaves it open; gc is the reference):
//
//	p := P{1}; fmt.Println(p, p.Bump())   // {2} 2
//
// yaegi does too, but a stand-in for p (values.go) is itself a call,
// made before p.Bump(): it printed {1} 2. The arguments with calls in
// them go, in their order, into variables before the statement, and the
// stand-in reads p after them:
//
//	_gbpA1 := p.Bump(); fmt.Println(_gbp.StandIn(p, ...), _gbpA1)
//
// Done where the call is the statement's own expression (or its value),
// which runs once, every argument at once. Among a cell's top-level
// statements the variables go into a function literal: the statement's
// (f(p, g()) runs in { func() { ...; f(p, _gbpA1) }() }), or the value's
// (x := func() T { ...; return f(p, _gbpA1) }()).
func (c *cell) readAfterCalls(call *ast.CallExpr, standIns []ast.Expr) {
	plain := false
	for _, a := range standIns {
		plain = plain || plainRead(a)
	}
	if !plain || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return
	}
	stmt := c.statementOf(call)
	if stmt == nil {
		return
	}
	at, last := stmt.Pos(), false
	if c.atCellTopLevel() {
		// A variable made among a cell's top-level statements is a
		// global of yaegi's, which failed on some ("constant definition
		// loop"): the variables go in a function literal of their own,
		// the statement's, or the value's.
		switch s := stmt.(type) {
		case *ast.ExprStmt:
			// After what other lowerings declare before the statement
			// (premake.go's aliases), which the literal would hide.
			c.insertLast(stmt.Pos(), "{ func() { ")
			c.insertLast(stmt.End(), " }() }")
			last = true
		case *ast.AssignStmt:
			// Only x := f(...): no other lowering wraps the value then.
			t, ok := c.typeString(c.Info.TypeOf(call))
			if !ok || s.Tok != token.DEFINE {
				return
			}
			c.insert(call.Pos(), "func() "+t+" { ")
			c.insertLast(call.Pos(), "return ")
			c.insertLast(call.End(), " }()")
			at = call.Pos()
		default:
			return
		}
	}
	for _, a := range call.Args {
		if !c.hasCall(a) {
			continue
		}
		name := c.newName("A")
		n := len(c.hoists)
		c.hoistBefore(a, at, name, func(lowered string) string {
			return name + " := " + lowered + "; "
		})
		if len(c.hoists) > n {
			c.hoists[n].last = last
		}
	}
}

// plainRead reports a variable, a field of one or what a pointer variable
// points to: an operand read, not computed.
func plainRead(e ast.Expr) bool {
	if star, ok := ast.Unparen(e).(*ast.StarExpr); ok {
		e = star.X
	}
	return plainOperand(e)
}

// hasCall reports whether e calls a function (conversions and builtins
// aside) outside function literals.
func (c *cell) hasCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			_, builtin := c.Info.Uses[identOf(n.Fun)].(*types.Builtin)
			if !c.Info.Types[n.Fun].IsType() && !builtin {
				found = true
			}
		}
		return !found
	})
	return found
}

// statementOf returns the statement whose own expression call is: an
// expression statement, an assignment's or a declaration's value, a
// return's result; nil if call is inside another expression or the
// statement is not in a list of statements.
func (c *cell) statementOf(call *ast.CallExpr) ast.Stmt {
	stmt := c.enclosingListedStmt()
	switch s := stmt.(type) {
	case *ast.ExprStmt:
		if s.X == call {
			return s
		}
	case *ast.AssignStmt:
		for _, r := range s.Rhs {
			if r == call {
				return s
			}
		}
	case *ast.ReturnStmt:
		for _, r := range s.Results {
			if r == call {
				return s
			}
		}
	}
	return nil
}

// atCellTopLevel reports whether the node being visited is among a cell's
// top-level statements, outside any function literal.
func (c *cell) atCellTopLevel() bool {
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch n := c.stack[i].(type) {
		case *ast.FuncLit:
			return false
		case *ast.FuncDecl:
			return c.Body != nil && n == c.Body
		}
	}
	return true
}
