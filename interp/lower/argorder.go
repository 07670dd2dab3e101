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
	if len(call.Args) < 2 || call.Ellipsis.IsValid() || c.argsOrdered[call] {
		return
	}
	calls := make([]bool, len(call.Args)) // which arguments call something
	lastCall := -1
	for i, a := range call.Args {
		if calls[i] = c.hasCall(a); calls[i] {
			lastCall = i
		}
	}
	if !plain && !c.computedBeforeChange(call, calls) {
		return
	}
	if lastCall < 0 || lastCall == 0 && !plain {
		return // nothing is computed before a call
	}
	stmt := c.statementOf(call)
	var at token.Pos
	last := false
	switch {
	case stmt == nil:
		// Inside another expression, the call goes into a function
		// literal of its own: x := g(f(p, h())) computes
		// g(func() T { _gbpA1 := h(); return f(p, _gbpA1) }()).
		if !c.wrapForOrder(call) {
			return
		}
		at = call.Pos()
	case c.atCellTopLevel():
		at = stmt.Pos()
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
			if s.Tok != token.DEFINE || !c.wrapInLiteral(call) {
				return
			}
			at = call.Pos()
		default:
			return
		}
	default:
		at = stmt.Pos()
	}
	sig, _ := c.Info.TypeOf(call.Fun).(*types.Signature)
	if c.argsOrdered == nil {
		c.argsOrdered = map[*ast.CallExpr]bool{}
	}
	c.argsOrdered[call] = true
	for i, a := range call.Args {
		if !calls[i] && (i > lastCall || !c.readEarlyByGC(a, sig, i)) {
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

// wrapForOrder makes call, an operand of another expression, a call of a
// function literal that returns its one result; not a call deferred or
// started as a goroutine, which the literal would make at once.
func (c *cell) wrapForOrder(call *ast.CallExpr) bool {
	if len(c.stack) > 0 {
		switch c.stack[len(c.stack)-1].(type) {
		case *ast.GoStmt, *ast.DeferStmt, *ast.ExprStmt:
			return false
		}
	}
	// A call in the arguments of one put in order is hoisted with them,
	// and a hoist inside another is not applied.
	for _, n := range c.stack {
		if outer, ok := n.(*ast.CallExpr); ok && c.argsOrdered[outer] {
			return false
		}
	}
	sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
	return ok && sig.Results().Len() == 1 && c.wrapInLiteral(call)
}

// wrapInLiteral makes call a call of a function literal that returns its
// one result, in which declarations can go before it.
func (c *cell) wrapInLiteral(call *ast.CallExpr) bool {
	t, ok := c.typeString(c.Info.TypeOf(call))
	if !ok {
		return false
	}
	c.insert(call.Pos(), "func() "+t+" { ")
	c.insertLast(call.Pos(), "return ")
	c.insertLast(call.End(), " }()")
	return true
}

// readEarlyByGC reports an argument without calls that gc evaluates in
// its place among the calls around it, not after them: a comparison or
// another value of one byte going into an interface (gc looks it up in a
// static table at once), and what reads a length or a capacity. Hoisted
// with the calls, it keeps its place: with b and c arrays,
// fmt.Println(b == c, c.Play(0, 'O'), c) compares them before the call.
func (c *cell) readEarlyByGC(a ast.Expr, sig *types.Signature, i int) bool {
	if tv, ok := c.Info.Types[a]; !ok || tv.Value != nil || plainRead(a) {
		return false
	}
	if sig != nil {
		if p := paramType(sig, i, false); p != nil && types.IsInterface(p) {
			if b, ok := c.Info.TypeOf(a).Underlying().(*types.Basic); ok {
				switch b.Kind() {
				case types.Bool, types.UntypedBool, types.Int8, types.Uint8:
					return true
				}
			}
		}
	}
	lengths := false
	ast.Inspect(a, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if b, ok := c.Info.Uses[identOf(call.Fun)].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
				lengths = true
			}
		}
		return !lengths
	})
	return lengths
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
	if len(c.stack) > 0 && c.stack[len(c.stack)-1] == stmt {
		// A deferred call, or one started as a goroutine, has its
		// arguments computed by the statement.
		switch s := stmt.(type) {
		case *ast.DeferStmt:
			if s.Call == call {
				return s
			}
		case *ast.GoStmt:
			if s.Call == call {
				return s
			}
		}
	}
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
