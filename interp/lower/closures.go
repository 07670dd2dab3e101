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
	if c.staysInIteration(n, loops[0]) {
		return
	}
	captured := c.capturedLoopVars(n, loops)
	if len(captured) == 0 {
		return
	}
	params, args, ok := c.loopVarParams(n, captured, loops, c.callStatement(n) != nil)
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

// staysInIteration reports a literal that cannot outlive the iteration
// that made it, so that it sees the variables as Go does without a copy
// (and may assign them): one called where it is made, not by go or
// defer, or one held only in a variable of the innermost loop's body that
// the body only calls (inc := func() { count++ }; inc()).
func (c *cell) staysInIteration(n *ast.FuncLit, inner ast.Stmt) bool {
	if len(c.stack) < 2 {
		return false
	}
	switch p := c.stack[len(c.stack)-1].(type) {
	case *ast.CallExpr:
		if p.Fun != n {
			return false
		}
		_, deferred := c.stack[len(c.stack)-2].(*ast.DeferStmt)
		_, started := c.stack[len(c.stack)-2].(*ast.GoStmt)
		return !deferred && !started
	case *ast.AssignStmt:
		if p.Tok != token.DEFINE || len(p.Lhs) != 1 || len(p.Rhs) != 1 || p.Rhs[0] != n {
			return false
		}
		id, ok := p.Lhs[0].(*ast.Ident)
		obj := c.Info.Defs[id]
		if !ok || obj == nil || !(inner.Pos() <= obj.Pos() && obj.Pos() < inner.End()) {
			return false
		}
		onlyCalled := true
		ast.Inspect(inner, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.CallExpr:
				if fn, ok := x.Fun.(*ast.Ident); ok && c.Info.Uses[fn] == obj {
					for _, a := range x.Args {
						ast.Inspect(a, func(y ast.Node) bool {
							if yid, ok := y.(*ast.Ident); ok && c.Info.Uses[yid] == obj {
								onlyCalled = false
							}
							return onlyCalled
						})
					}
					return false
				}
			case *ast.GoStmt, *ast.DeferStmt:
				ast.Inspect(x, func(y ast.Node) bool {
					if yid, ok := y.(*ast.Ident); ok && c.Info.Uses[yid] == obj {
						onlyCalled = false
					}
					return onlyCalled
				})
				return false
			case *ast.Ident:
				if c.Info.Uses[x] == obj {
					onlyCalled = false
				}
			}
			return onlyCalled
		})
		return onlyCalled
	}
	return false
}

// bodyVar reports a variable declared in the body of one of loops (not
// in a loop's header: a loop variable).
func (c *cell) bodyVar(v *types.Var, loops []ast.Stmt) bool {
	inHeader := false
	for _, l := range loops {
		var body *ast.BlockStmt
		switch l := l.(type) {
		case *ast.ForStmt:
			body = l.Body
		case *ast.RangeStmt:
			body = l.Body
		}
		if body == nil || !(l.Pos() <= v.Pos() && v.Pos() < l.End()) {
			continue
		}
		if v.Pos() < body.Pos() {
			inHeader = true
		}
	}
	return !inHeader
}

// loopVarParams returns the parameters and arguments that copy the
// captured loop variables, or fails the pass when one cannot be copied.
// started says the literal runs as a goroutine.
func (c *cell) loopVarParams(n ast.Node, captured []*types.Var, loops []ast.Stmt, started bool) (params, args []string, ok bool) {
	for _, v := range captured {
		if b, boxed := c.boxes[v]; boxed {
			// The iteration's own variable, through its pointer.
			t, ok := c.typeString(v.Type())
			if !ok {
				return nil, nil, false
			}
			params = append(params, b.name+" *"+t)
			args = append(args, b.name)
			continue
		}
		if started && c.assignedInLoop(v, loops, n) && c.bodyVar(v, loops) {
			// A goroutine's literal (go, wg.Go) and a variable declared
			// in a loop's body: the iteration's variable, which its
			// goroutines share, as in Go - a counter they increment, a
			// WaitGroup they are done with, before the body waits for
			// them. Left to yaegi, right while the goroutines do not
			// outlive the iteration; a copy would be another variable.
			continue
		}
		if c.assignedInLoop(v, loops, n) && !(c.bodyVar(v, loops) && c.onlyLiteralLater(v, loops, n)) {
			what := "loop variable " + v.Name() + ","
			if c.bodyVar(v, loops) {
				what = v.Name() + ", a variable of the loop's iteration,"
			}
			c.fail(n, "a function literal capturing "+what+" which the loop body also assigns after the literal is made",
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
	body := declaringBody(v, loops)
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

// declaringBody returns the body of the innermost of loops that declares
// v, or nil.
func declaringBody(v *types.Var, loops []ast.Stmt) *ast.BlockStmt {
	for _, l := range loops {
		if l.Pos() <= v.Pos() && v.Pos() < l.End() {
			switch l := l.(type) {
			case *ast.ForStmt:
				return l.Body
			case *ast.RangeStmt:
				return l.Body
			}
			return nil
		}
	}
	return nil
}
