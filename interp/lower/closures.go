package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// lowerLoopClosure gives a function literal in a loop its own copy of
// the loop's variables, as Go 1.22 does: each iteration has fresh ones.
// yaegi keeps one slot per variable for the whole loop, so closures made
// in different iterations - goroutines, deferred calls, callbacks handed
// to compiled code (wg.Go, sort.Slice) - all see its last value. The
// literal is made by a call that takes the variables as arguments:
//
//	func() { use(w) }   becomes   func(w string) func() { return func() { use(w) } }(w)
//
// A copy is right only if no one assigns the variable after the closure
// took it; a loop that both captures a variable and assigns it in its
// body fails with a clear error instead.
func (c *cell) lowerLoopClosure(n *ast.FuncLit) {
	loops := c.enclosingLoops()
	if len(loops) == 0 {
		return
	}
	if c.wrappedStmts[n] {
		return // its go statement was wrapped whole (lowerGoInLoop)
	}
	captured := c.capturedLoopVars(n, loops)
	if len(captured) == 0 {
		return
	}
	params, args, ok := c.loopVarParams(n, captured, loops)
	if !ok {
		return
	}
	if stmt := c.callStatement(n); stmt != nil {
		// Handed to a call (wg.Go, time.AfterFunc) that may run it on
		// another goroutine: made inside a call of its own, see
		// lowerGoInLoop for why.
		c.insert(stmt.Pos(), "func("+strings.Join(params, ", ")+") { ")
		c.insert(stmt.End(), " }("+strings.Join(args, ", ")+")")
		return
	}
	sig, ok := c.typeString(c.Info.Types[n].Type)
	if !ok {
		return
	}
	c.insert(n.Pos(), "func("+strings.Join(params, ", ")+") "+sig+" { return ")
	c.insert(n.End(), " }("+strings.Join(args, ", ")+")")
}

// loopVarParams returns the parameters and arguments that copy the
// captured loop variables, or fails the pass when one cannot be copied.
func (c *cell) loopVarParams(n ast.Node, captured []*types.Var, loops []ast.Stmt) (params, args []string, ok bool) {
	for _, v := range captured {
		if c.assignedInLoop(v, loops, n) {
			c.fail(n, "a function literal capturing loop variable "+v.Name()+", which the loop body also assigns after the literal is made",
				"copy it first ("+v.Name()+"Copy := "+v.Name()+") and capture the copy")
			return nil, nil, false
		}
		t, ok := c.typeString(v.Type())
		if !ok {
			return nil, nil, false
		}
		params = append(params, v.Name()+" "+t)
		args = append(args, v.Name())
	}
	return params, args, true
}

// callStatement returns the statement a literal is an argument of when
// that statement is a call and nothing else (wg.Go(func() {...})).
func (c *cell) callStatement(n *ast.FuncLit) ast.Stmt {
	if len(c.stack) < 2 {
		return nil
	}
	call, ok := c.stack[len(c.stack)-1].(*ast.CallExpr)
	if !ok || call.Fun == n {
		return nil
	}
	stmt, ok := c.stack[len(c.stack)-2].(*ast.ExprStmt)
	if !ok || stmt.X != call {
		return nil
	}
	return stmt
}

// enclosingLoops returns the for and range statements around the node
// being visited, inside the innermost function.
func (c *cell) enclosingLoops() []ast.Stmt {
	var loops []ast.Stmt
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch s := c.stack[i].(type) {
		case *ast.ForStmt:
			loops = append(loops, s)
		case *ast.RangeStmt:
			loops = append(loops, s)
		case *ast.FuncLit, *ast.FuncDecl:
			return loops
		}
	}
	return loops
}

// capturedLoopVars lists the variables a literal uses that are declared
// inside one of loops (its header or body), in name order.
func (c *cell) capturedLoopVars(n *ast.FuncLit, loops []ast.Stmt) []*types.Var {
	seen := map[*types.Var]bool{}
	ast.Inspect(n.Body, func(x ast.Node) bool {
		id, ok := x.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := c.Info.Uses[id].(*types.Var)
		if !ok || v.IsField() || (n.Pos() <= v.Pos() && v.Pos() < n.End()) {
			return true
		}
		for _, l := range loops {
			if l.Pos() <= v.Pos() && v.Pos() < l.End() {
				seen[v] = true
			}
		}
		return true
	})
	vars := make([]*types.Var, 0, len(seen))
	for v := range seen {
		vars = append(vars, v)
	}
	sort.Slice(vars, func(i, j int) bool { return vars[i].Name() < vars[j].Name() })
	return vars
}

// assignedInLoop reports whether v is assigned, incremented or has its
// address taken in the body of the loop that declares it (a three-clause
// loop's post statement steps the next iteration's copy and does not
// count).
func (c *cell) assignedInLoop(v *types.Var, loops []ast.Stmt, lit ast.Node) bool {
	var body *ast.BlockStmt
	for _, l := range loops {
		if l.Pos() <= v.Pos() && v.Pos() < l.End() {
			switch l := l.(type) {
			case *ast.ForStmt:
				body = l.Body
			case *ast.RangeStmt:
				body = l.Body
			}
		}
	}
	if body == nil {
		return false
	}
	// An assignment the copy misses: in the literal itself, after it, in
	// another literal (called who knows when), in an inner loop around the
	// literal (its next round runs after the literal was made), or
	// anywhere when a goto may run code again. One before the literal, on
	// the way to it, is in the copy (v++ then func() { ... v ... }).
	var inner []ast.Node // the loops and literals around the node visited
	missed := func(at ast.Node) bool {
		if at.Pos() >= lit.Pos() {
			return true
		}
		for _, n := range inner {
			if _, isLit := n.(*ast.FuncLit); isLit || n.Pos() <= lit.Pos() && lit.End() <= n.End() {
				return true
			}
		}
		return false
	}
	found := false
	var visit func(x ast.Node) bool
	visit = func(x ast.Node) bool {
		if found || x == nil {
			return false
		}
		switch x := x.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			if x != lit {
				inner = append(inner, x)
				ast.Inspect(x, func(y ast.Node) bool {
					if y == x {
						return true
					}
					return visit(y)
				})
				inner = inner[:len(inner)-1]
				return false
			}
		case *ast.BranchStmt:
			found = found || x.Tok == token.GOTO
		}
		write, addr := c.writeOf(v, x)
		found = found || write && missed(x) || addr
		return !found
	}
	ast.Inspect(body, visit)
	return found
}
