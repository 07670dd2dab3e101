package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerDeferArgs evaluates a deferred call's arguments and receiver when
// the defer statement runs, as Go does; yaegi evaluates them when the
// deferred call runs, so `x := 1; defer fmt.Println(x); x = 2` printed 2.
// A call that takes them as arguments runs at once and returns the call
// to defer:
//
//	defer fmt.Println(x)   becomes
//	d := func(a0 int) func() { return func() { fmt.Println(a0) } }(x); defer d()
func (c *cell) lowerDeferArgs(n *ast.DeferStmt) { c.bindCallArgs(n, "defer", n.Call) }

// lowerGoArgs does the same for a go statement: Go evaluates the
// function value and the arguments before the goroutine starts; yaegi
// evaluated them in the new goroutine, which could see them changed.
func (c *cell) lowerGoArgs(n *ast.GoStmt) { c.bindCallArgs(n, "go", n.Call) }

// bindCallArgs evaluates the call's receiver and arguments where stmt is,
// and lets stmt's keyword (defer or go) take a call without them.
func (c *cell) bindCallArgs(n ast.Stmt, keyword string, call *ast.CallExpr) {
	topLevel := keyword == "defer" && c.atTopLevel()
	list := ""
	if keyword == "defer" && !topLevel {
		list = c.deferList()
	}
	// run is what the statement becomes for a bound call d: the keyword
	// and the call - or, for a defer at the cell's top level, the call
	// handed to the session, which runs it when the cell ends, as Go runs
	// a function's deferred calls (yaegi ran them at once); in a function
	// that keeps a list of them (deferlist.go), the call goes on it.
	run := func(d string) string {
		switch {
		case topLevel:
			return "_gbp.Defer(" + d + ")"
		case list != "":
			return list + " = append(" + list + ", " + d + ")"
		}
		return keyword + " " + d + "()"
	}
	if keyword == "go" && c.lowerGoInLoop(n.(*ast.GoStmt)) {
		return
	}
	if lit, ok := call.Fun.(*ast.FuncLit); ok && len(call.Args) == 0 {
		// Nothing to evaluate early but the literal itself, which
		// lowerLoopClosure may make a call binding loop variables: that
		// call must run here, not when the deferred call does.
		// A literal that captures no loop variable stays as it is:
		// bound to a variable in a loop, yaegi deadlocked on its second
		// deferred run.
		loops := c.enclosingLoops()
		if keyword == "defer" && len(loops) > 0 && len(c.capturedLoopVars(lit, loops)) > 0 && callsRecover(lit) && c.panicState() == "" {
			// Bound to its loop variables, the literal is a closure value,
			// and yaegi's recover in a deferred closure value gave nil.
			c.fail(lit, "a deferred function literal that calls recover and uses a variable of its loop",
				"copy what the deferred function needs out of the loop variable into a variable declared before the loop, or recover in a defer outside the loop")
			return
		}
		if len(loops) > 0 && len(c.capturedLoopVars(lit, loops)) > 0 || topLevel || list != "" {
			d := c.newName("Call")
			if list != "" {
				// Made by a call, as the bound calls below are: a literal
				// stored as it is deadlocked yaegi when the list ran it.
				c.replace(n.Pos(), lit.Pos(), d+" := func() func() { return ")
				c.replace(call.Lparen, call.End(), " }(); "+run(d))
			} else {
				c.replace(n.Pos(), lit.Pos(), d+" := ")
				c.replace(call.Lparen, call.End(), "; "+run(d))
			}
		}
		return
	}
	if tv, ok := c.Info.Types[call.Fun]; ok && tv.IsBuiltin() {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "recover" {
			return // recover must stay a direct deferred call
		}
	}
	if keyword == "defer" && !topLevel && list == "" && c.directRecoverer(call) {
		return
	}
	if keyword == "defer" && !topLevel && list == "" && c.bindRecovererArgs(n, call) {
		return
	}
	// The receiver, a function value and the arguments are evaluated by
	// a call where the statement is; in the deferred call each is
	// replaced by the parameter holding it, so that the lowerings of the
	// call itself (fmt's stand-ins, a literal's body) still apply.
	var params, args []string
	bind := func(e ast.Expr, t types.Type, name string) bool {
		if tv, ok := c.Info.Types[e]; ok && tv.Value != nil {
			return true // a constant needs no binding
		}
		ts, ok := c.typeString(t)
		if !ok {
			return false
		}
		params = append(params, name+" "+ts)
		args = append(args, c.text(e))
		c.bindName(e, name)
		return true
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		if s := c.Info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			recv := sel.X
			rt := c.Info.Types[recv].Type
			_, ptrRecv := s.Obj().(*types.Func).Signature().Recv().Type().(*types.Pointer)
			_, isPtr := rt.Underlying().(*types.Pointer)
			name := c.newName("Recv")
			if ptrRecv && !isPtr {
				// Go takes the address of an addressable receiver.
				ts, ok := c.typeString(types.NewPointer(rt))
				if !ok {
					return
				}
				params = append(params, name+" "+ts)
				args = append(args, "&"+c.text(recv))
				c.bindName(recv, name)
			} else if expr, t, copied := c.copiedReceiver(sel); !ptrRecv && copied {
				// A value receiver: Go copies it, through a pointer or
				// an embedded field, when the statement runs.
				ts, ok := c.typeString(t)
				if !ok {
					return
				}
				params = append(params, name+" "+ts)
				args = append(args, expr)
				c.bindName(recv, name)
			} else if !bind(recv, rt, name) {
				return
			}
		}
	}
	if c.funcValue(call.Fun) {
		// A function variable is evaluated at the statement too (yaegi
		// read it at exit: a later assignment changed what ran, and a
		// deferred call of a variable the function reassigns spun).
		if !bind(call.Fun, c.Info.TypeOf(call.Fun), c.newName("Fn")) {
			return
		}
	}
	sig, _ := c.Info.Types[call.Fun].Type.(*types.Signature)
	for i, a := range call.Args {
		t := c.Info.Types[a].Type
		if t == nil || (sig == nil && i == 0) { // a builtin's type argument (new, make)
			continue
		}
		if basic, ok := t.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
			continue
		}
		if tuple, ok := t.(*types.Tuple); ok {
			// f(g()): the results are bound one by one.
			if len(params) > 0 {
				return
			}
			var names []string
			for j := 0; j < tuple.Len(); j++ {
				ts, ok := c.typeString(tuple.At(j).Type())
				if !ok {
					return
				}
				names = append(names, c.newName("Arg"))
				params = append(params, names[j]+" "+ts)
			}
			args = append(args, c.text(a))
			c.bindName(a, strings.Join(names, ", "))
			continue
		}
		if !bind(a, t, c.newName("Arg")) {
			return
		}
	}
	if keyword == "go" && len(c.enclosingLoops()) > 0 {
		// In a loop the goroutine starts inside the binding call, for the
		// reason lowerGoInLoop gives; a literal's loop variables are
		// bound too.
		if lit, ok := call.Fun.(*ast.FuncLit); ok {
			loops := c.enclosingLoops()
			p, a, ok := c.loopVarParams(lit, c.capturedLoopVars(lit, loops), loops, false)
			if !ok {
				return
			}
			c.wrappedStmts[lit] = true
			params, args = append(params, p...), append(args, a...)
		}
		c.replace(n.Pos(), call.Pos(), "func("+strings.Join(params, ", ")+") { go ")
		c.insertLast(call.End(), " }("+strings.Join(args, ", ")+")")
		return
	}
	if len(params) == 0 && !topLevel && list == "" {
		c.unbind(call)
		return
	}
	// The call that binds the arguments is a statement of its own: yaegi
	// evaluates even a deferred call's function value at exit.
	d := c.newName("Call")
	take := ""
	if ds, ok := n.(*ast.DeferStmt); ok && !topLevel {
		// The deferred call's own panic goes to the function's panic
		// state from inside it (panicstate.go).
		take = c.selfTake(ds)
	}
	c.replace(n.Pos(), call.Pos(), d+" := func("+strings.Join(params, ", ")+") func() { return func() { "+take)
	c.insertLast(call.End(), " } }("+strings.Join(args, ", ")+"); "+run(d))
}

// bindName replaces e, in a deferred or go call, by the name of the
// parameter its value is bound to; the lowerings of e's own parts do not
// apply there (its text is evaluated as written), those of the call do.
func (c *cell) bindName(e ast.Expr, name string) {
	start, end := c.offset(e.Pos()), c.offset(e.End())
	if start >= 0 && end >= start {
		c.edits = append(c.edits, edit{start: start, end: end, text: name, bound: true})
		c.binds++
	}
}

// unbind drops the bindings made in call when it needs none after all.
func (c *cell) unbind(call *ast.CallExpr) {
	start, end := c.offset(call.Pos()), c.offset(call.End())
	kept := c.edits[:0]
	for _, e := range c.edits {
		if !(e.bound && e.start >= start && e.end <= end) {
			kept = append(kept, e)
		}
	}
	c.edits = kept
}

// insideBound reports whether n is, or is inside, an expression a
// deferred or go call's binding replaced by a name.
func (c *cell) insideBound(n ast.Node) bool {
	start, end := c.offset(n.Pos()), c.offset(n.End())
	for _, e := range c.edits {
		if e.bound && e.start <= start && end <= e.end && start >= 0 {
			return true
		}
	}
	return false
}

// atTopLevel reports whether the node being visited is in the cell's own
// statements, not in a function.
func (c *cell) atTopLevel() bool {
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch c.stack[i].(type) {
		case *ast.FuncLit:
			return false
		case *ast.FuncDecl:
			return c.Body != nil && c.stack[i] == c.Body
		}
	}
	return false
}

// funcValue reports whether fun, the function of a call, is a value
// computed at run time (a variable, a field, an index, a call's result)
// rather than a declared function, a method or a literal.
func (c *cell) funcValue(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		_, isVar := c.Info.Uses[f].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		if sel := c.Info.Selections[f]; sel != nil {
			return sel.Kind() == types.FieldVal
		}
		_, isVar := c.Info.Uses[f.Sel].(*types.Var) // a package's variable
		return isVar
	case *ast.IndexExpr:
		tv := c.Info.Types[f.X]
		_, isSig := tv.Type.(*types.Signature)
		return !isSig // not an instantiation
	case *ast.CallExpr:
		return true
	}
	return false
}

// directRecoverer reports a call x.M() of a method of the session whose
// body calls recover, on a variable, with constant arguments only: Go
// stops a panic there because M is the deferred function itself, and
// yaegi does too for defer x.M() as written - not once the call is bound
// in a closure (defer g.Catch() then recovered nothing). The receiver is
// then read when the deferred call runs, as yaegi reads it.
func (c *cell) directRecoverer(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if _, isIdent := sel.X.(*ast.Ident); !isIdent {
		return false
	}
	s := c.Info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || s.Obj().Pkg() != c.Pkg {
		return false
	}
	for _, a := range call.Args {
		if c.Info.Types[a].Value == nil {
			return false
		}
	}
	body := c.declBody(s.Obj().(*types.Func))
	return body != nil && callsRecover(body)
}

// declBody returns the body of the declaration of fn in the cell, nil if
// the cell does not declare it.
func (c *cell) declBody(fn *types.Func) *ast.BlockStmt {
	var body *ast.BlockStmt
	ast.Inspect(c.File, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok && c.Info.Defs[fd.Name] == fn {
			body = fd.Body
		}
		return body == nil
	})
	return body
}

// bindRecovererArgs evaluates the arguments of a deferred call of a
// function that calls recover - a literal, or a function the cell
// declares - into variables declared just before the defer statement,
// and defers the call on them as written: bound in a closure, the
// function was no longer the deferred function itself, and recover gave
// nil (defer func(tag string) { recover() ... }(name) let the panic
// through). The variables are not assigned again, so yaegi's reading them
// when the deferred call runs gives the values Go evaluated. Not in a
// loop, where an iteration's variable is the next one's. It reports
// whether it did.
func (c *cell) bindRecovererArgs(n ast.Stmt, call *ast.CallExpr) bool {
	if len(c.enclosingLoops()) > 0 || !c.recoveringCallee(call.Fun) {
		return false
	}
	var decls strings.Builder
	type binding struct {
		arg  ast.Expr
		name string
	}
	var bound []binding
	for _, a := range call.Args {
		tv := c.Info.Types[a]
		if tv.Value != nil || tv.Type == nil {
			continue // a constant is the same at exit
		}
		ts, ok := c.typeString(tv.Type)
		if !ok {
			return false
		}
		name := c.newName("Arg")
		decls.WriteString("var " + name + " " + ts + " = " + c.text(a) + "; ")
		bound = append(bound, binding{a, name})
	}
	if len(bound) == 0 {
		return false
	}
	c.insert(n.Pos(), decls.String())
	for _, b := range bound {
		c.replace(b.arg.Pos(), b.arg.End(), b.name)
	}
	return true
}

// recoveringCallee reports whether fun is a function literal, or a
// function the cell declares, whose body calls recover.
func (c *cell) recoveringCallee(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return callsRecover(f)
	case *ast.Ident:
		if fn, ok := c.Info.Uses[f].(*types.Func); ok && fn.Pkg() == c.Pkg {
			body := c.declBody(fn)
			return body != nil && callsRecover(body)
		}
	}
	return false
}
