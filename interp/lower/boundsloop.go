package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// proveLoopBounds marks the index expressions a loop keeps in range, which
// lowerBounds leaves unchecked:
//
//	for i := range a { ... a[i] ... }
//	for i := 0; i < len(a); i++ { ... a[i] ... }
//
// where neither i nor anything a is made of is assigned in the body (nor
// its address taken), and a[i] is not in a function literal, which may
// run after the loop.
func (c *cell) proveLoopBounds(loop ast.Stmt) {
	var key *types.Var
	var seq ast.Expr
	var body *ast.BlockStmt
	switch l := loop.(type) {
	case *ast.RangeStmt:
		id, ok := l.Key.(*ast.Ident)
		if !ok || l.Tok != token.DEFINE {
			return
		}
		key, _ = c.Info.Defs[id].(*types.Var)
		seq, body = l.X, l.Body
	case *ast.ForStmt:
		key, seq = c.countingLoop(l)
		body = l.Body
	}
	if key == nil || seq == nil || !c.stableSeq(seq) {
		return
	}
	if _, isMap := c.Info.TypeOf(seq).Underlying().(*types.Map); isMap {
		return
	}
	roots := c.roots(seq)
	roots[key] = true
	if c.assignsAny(body, roots) {
		return
	}
	want := types.ExprString(seq)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			if id, ok := ast.Unparen(n.Index).(*ast.Ident); ok && c.Info.Uses[id] == key && types.ExprString(n.X) == want {
				if c.boundsProved == nil {
					c.boundsProved = map[*ast.IndexExpr]bool{}
				}
				c.boundsProved[n] = true
			}
		}
		return true
	})
}

// countingLoop returns i and a of `for i := 0; i < len(a); i++`.
func (c *cell) countingLoop(l *ast.ForStmt) (*types.Var, ast.Expr) {
	init, ok := l.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil, nil
	}
	id, ok := init.Lhs[0].(*ast.Ident)
	if !ok {
		return nil, nil
	}
	key, _ := c.Info.Defs[id].(*types.Var)
	if tv, ok := c.Info.Types[init.Rhs[0]]; !ok || tv.Value == nil || tv.Value.String() != "0" {
		return nil, nil
	}
	cond, ok := l.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.LSS {
		return nil, nil
	}
	if x, ok := cond.X.(*ast.Ident); !ok || c.Info.Uses[x] != key {
		return nil, nil
	}
	call, ok := cond.Y.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, nil
	}
	if fn, ok := call.Fun.(*ast.Ident); !ok || fn.Name != "len" {
		return nil, nil
	}
	if _, isBuiltin := c.Info.Uses[call.Fun.(*ast.Ident)].(*types.Builtin); !isBuiltin {
		return nil, nil
	}
	post, ok := l.Post.(*ast.IncDecStmt)
	if !ok || post.Tok != token.INC {
		return nil, nil
	}
	if x, ok := post.X.(*ast.Ident); !ok || c.Info.Uses[x] != key {
		return nil, nil
	}
	return key, call.Args[0]
}

// stableSeq reports whether a loop's sequence is made of variables and
// fields only, so that its length changes only when one is assigned.
func (c *cell) stableSeq(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		_, isVar := c.Info.Uses[e].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		sel := c.Info.Selections[e]
		return sel != nil && sel.Kind() == types.FieldVal && c.stableSeq(e.X)
	case *ast.ParenExpr:
		return c.stableSeq(e.X)
	}
	return false
}

// roots returns the variables an expression names.
func (c *cell) roots(e ast.Expr) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, isVar := c.Info.Uses[id].(*types.Var); isVar && !v.IsField() {
				vars[v] = true
			}
		}
		return true
	})
	return vars
}

// assignsAny reports whether body assigns one of vars, or anything whose
// root is one (v = ..., v.f = ..., v++), or takes the address of one.
func (c *cell) assignsAny(body ast.Node, vars map[*types.Var]bool) bool {
	found := false
	hits := func(e ast.Expr) {
		for {
			switch x := e.(type) {
			case *ast.Ident:
				if v, ok := c.Info.Uses[x].(*types.Var); ok && vars[v] {
					found = true
				}
				if v, ok := c.Info.Defs[x].(*types.Var); ok && vars[v] {
					found = true
				}
				return
			case *ast.SelectorExpr:
				e = x.X
			case *ast.ParenExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			default:
				return
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				hits(l)
			}
		case *ast.IncDecStmt:
			hits(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				hits(n.Key)
				hits(n.Value)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				hits(n.X)
			}
		}
		return !found
	})
	return found
}
