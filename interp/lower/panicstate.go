package lower

import (
	"go/ast"
	"go/types"
)

// A panic raised while a function runs its deferred calls replaces the
// panic in flight, and the function's remaining deferred calls still
// run: a recover in one of them returns the new value. yaegi stopped
// running them at the first deferred call that panicked, so
//
//	defer func() { r = recover() }()
//	defer func() { panic("second") }()
//	panic("first")
//
// panicked with "second" and never ran the recover. And a deferred
// literal bound to its loop variables (closures.go) is a closure value,
// whose recover saw nothing.
//
// A function that needs it keeps the panic in a compiled value of its
// own, _gbp.Panics. One deferred literal after each defer statement
// (run before the call it follows) takes the panic from yaegi's frame;
// each deferred literal of the function takes a panic of its own, raised
// while it runs, the same way; its recover returns what the value holds;
// and a call deferred first (run last) panics again with a value nobody
// recovered:
//
//	func f() (r any) {
//		_gbpPanics1 := _gbp.NewPanics(); defer _gbpPanics1.Finish()
//		defer func() { defer func() { _gbpPanics1.Take(recover()) }(); r = _gbp.Recovered(_gbpPanics1.Recover()) }(); defer func() { _gbpPanics1.Take(recover()) }()
//		...
//
// The literals that take the panic are deferred as written: yaegi gives
// only those the frame the panic is in.

// preparePanics gives fn its panic state when its deferred calls need
// one: two or more defers (or one in a loop) among which a literal
// panics or recovers, or a deferred literal that recovers in a loop.
func (c *cell) preparePanics(fn ast.Node, body *ast.BlockStmt) {
	if body == nil || fn == ast.Node(c.Body) || !c.inCell(body.Pos()) || c.deferLists[fn] != "" {
		return
	}
	defers, loopRecover, raises := 0, false, false
	var namedRecoverer ast.Node
	var walk func(n ast.Node, loops int)
	walk = func(n ast.Node, loops int) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				walk(x.Body, loops+1)
				return false
			case *ast.RangeStmt:
				walk(x.Body, loops+1)
				return false
			case *ast.DeferStmt:
				defers++
				if loops > 0 {
					defers++
				}
				if lit, ok := x.Call.Fun.(*ast.FuncLit); ok {
					recovers := callsRecover(lit.Body)
					raises = raises || recovers || callsPanic(lit.Body)
					loopRecover = loopRecover || loops > 0 && recovers
				} else if c.recoveringCall(x.Call) {
					namedRecoverer = x
				}
			}
			return true
		})
	}
	walk(body, 0)
	if !(defers >= 2 && raises) && !loopRecover {
		return
	}
	if namedRecoverer != nil {
		// Its recover would read yaegi's frame, which the state has
		// emptied.
		c.fail(namedRecoverer, "a deferred call of a function that recovers, beside deferred literals that panic or recover",
			"recover in a deferred function literal: defer func() { r := recover(); ... }()")
		return
	}
	name := c.newName("Panics")
	if c.panicStates == nil {
		c.panicStates = map[ast.Node]string{}
	}
	c.panicStates[fn] = name
	c.insert(body.Lbrace+1, " "+name+" := _gbp.NewPanics(); defer "+name+".Finish();")
}

// callsPanic reports whether body calls panic outside literals.
func callsPanic(body ast.Node) bool { return callsBuiltinNamed(body, "panic") }

// recoveringCall reports a call of a function or method the cell
// declares whose body calls recover.
func (c *cell) recoveringCall(call *ast.CallExpr) bool {
	var fn *types.Func
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		fn, _ = c.Info.Uses[f].(*types.Func)
	case *ast.SelectorExpr:
		if s := c.Info.Selections[f]; s != nil {
			fn, _ = s.Obj().(*types.Func)
		}
	}
	if fn == nil || fn.Pkg() != c.Pkg {
		return false
	}
	body := c.declBody(fn)
	return body != nil && callsRecover(body)
}

// panicState returns the panic state of the function around the node
// visited, or "".
func (c *cell) panicState() string { return c.panicStates[c.enclosingFuncNode()] }

// takePanics makes a defer statement of a function with a panic state
// hand the panic to the state: after the statement, and inside the
// deferred literal (or before the statement, for a call of a function
// value) for a panic it raises itself.
func (c *cell) takePanics(n *ast.DeferStmt) {
	state := c.panicState()
	if state == "" {
		return
	}
	take := "defer func() { " + state + ".Take(recover()) }()"
	if lit, ok := n.Call.Fun.(*ast.FuncLit); ok {
		c.insert(lit.Body.Lbrace+1, " "+take+";")
	} else if !c.selfTaken[n] && !c.rewrittenWithin(n.Pos(), n.End()) && !c.mustStayDirect(n.Call) {
		// A plain call's own panic (a panicking f(), or g() for a nil
		// g): yaegi's recover in a later deferred call missed a panic
		// raised by a deferred call, so the call goes in a literal that
		// takes it. Nothing of the call is evaluated early (lowerDeferArgs
		// bound nothing), so the literal runs the same call.
		c.insert(n.Call.Pos(), "func() { "+take+"; ")
		c.insert(n.Call.End(), " }()")
	}
	c.insert(n.End(), "; "+take)
}

// selfTake returns the statement that takes a panic raised by the deferred
// call n itself, for the start of the function lowerDeferArgs wraps the
// call in, or "" outside a function with a panic state.
func (c *cell) selfTake(n *ast.DeferStmt) string {
	state := c.panicState()
	if state == "" {
		return ""
	}
	if c.selfTaken == nil {
		c.selfTaken = map[*ast.DeferStmt]bool{}
	}
	c.selfTaken[n] = true
	return "defer func() { " + state + ".Take(recover()) }(); "
}

// mustStayDirect reports a deferred call that cannot move into a
// literal: recover itself, or a function that calls recover, which must
// be the deferred call to stop a panic.
func (c *cell) mustStayDirect(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "recover" {
		if _, isBuiltin := c.Info.Uses[id].(*types.Builtin); isBuiltin {
			return true
		}
	}
	return c.directRecoverer(call) || c.funcValue(call.Fun)
}

// deferredRecoverState returns the panic state that a recover call being
// visited reads: that of the function deferring the literal the call is
// directly in, or "".
func (c *cell) deferredRecoverState() string {
	for i := len(c.stack) - 1; i >= 2; i-- {
		lit, ok := c.stack[i].(*ast.FuncLit)
		if !ok {
			continue
		}
		call, ok := c.stack[i-1].(*ast.CallExpr)
		if !ok || call.Fun != ast.Expr(lit) {
			return ""
		}
		if _, ok := c.stack[i-2].(*ast.DeferStmt); !ok {
			return ""
		}
		for j := i - 3; j >= 0; j-- { // the function around the defer
			switch c.stack[j].(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return c.panicStates[c.stack[j]]
			}
		}
		return ""
	}
	return ""
}
