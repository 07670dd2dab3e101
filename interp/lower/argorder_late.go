package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// gc computes an argument that is neither a call nor a plain read (x+1,
// v[0]*2, s+"!") after the calls of the other arguments; yaegi computes
// the arguments in their order:
//
//	x := 1; fmt.Println(x+1, inc(&x))   // gc: 3 2, yaegi: 2 2
//
// Such calls get readAfterCalls' order where a later argument's call may
// change what the computed one reads.

// lowerLateOperands puts the arguments of call in gc's order where that
// may change what they print.
func (c *cell) lowerLateOperands(call *ast.CallExpr) {
	if tv, ok := c.Info.Types[call.Fun]; ok && tv.IsType() {
		return
	}
	c.readAfterCalls(call, nil)
}

// computedBeforeChange reports whether an argument of call that gc
// computes after the calls of the others comes before an argument whose
// call may change a variable it reads; calls marks the arguments that
// call something.
func (c *cell) computedBeforeChange(call *ast.CallExpr, calls []bool) bool {
	sig, _ := c.Info.TypeOf(call.Fun).(*types.Signature)
	var read []*types.Var // what the late arguments so far read
	for i, a := range call.Args {
		if calls[i] {
			for _, v := range read {
				if c.mayChange(a, v) {
					return true
				}
			}
			continue
		}
		if tv, ok := c.Info.Types[a]; !ok || tv.Value != nil || plainRead(a) || c.readEarlyByGC(a, sig, i) {
			continue
		}
		read = append(read, c.varsRead(a)...)
	}
	return false
}

// varsRead returns the variables e reads.
func (c *cell) varsRead(e ast.Expr) []*types.Var {
	var vars []*types.Var
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.Info.Uses[id].(*types.Var); ok && !v.IsField() {
				vars = append(vars, v)
			}
		}
		return true
	})
	return vars
}

// mayChange reports whether evaluating e may change v: e takes v's
// address (&v, or a method of v with a pointer receiver), passes v where
// v refers to memory it shares (a pointer, slice or map), calls a
// function literal, or calls a function of the cells while v is a
// package-level variable.
func (c *cell) mayChange(e ast.Expr, v *types.Var) bool {
	global := v.Parent() != nil && v.Parent() == v.Pkg().Scope()
	shared := false
	switch v.Type().Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map:
		shared = true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			found = true
		case *ast.UnaryExpr:
			found = n.Op == token.AND && c.rootVar(n.X) == v
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if s := c.Info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && c.rootVar(sel.X) == v {
					_, ptrRecv := s.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer)
					found = ptrRecv || shared
				}
			}
			if fn, ok := c.Info.Uses[calleeIdent(n.Fun)].(*types.Func); ok && global && fn.Pkg() == v.Pkg() {
				found = true
			}
			for _, a := range n.Args {
				found = found || shared && c.rootVar(a) == v
			}
		}
		return !found
	})
	return found
}

// rootVar returns the variable e reads through fields and indices of
// arrays: v for v, v.f and v[i].
func (c *cell) rootVar(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := c.Info.Uses[x].(*types.Var)
			return v
		case *ast.SelectorExpr:
			if s := c.Info.Selections[x]; s == nil || s.Kind() != types.FieldVal {
				return nil
			}
			e = x.X
		case *ast.IndexExpr:
			if _, ok := c.Info.TypeOf(x.X).Underlying().(*types.Array); !ok {
				return nil
			}
			e = x.X
		default:
			return nil
		}
	}
}

// calleeIdent returns the name a call calls: f for f(), F for pkg.F() and
// x.M().
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}
