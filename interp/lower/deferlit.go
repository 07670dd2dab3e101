package lower

import (
	"go/ast"
	"go/types"
)

// lowerDeferredLiteral makes a function literal that a variable holds,
// and that the same function defers (`cleanup := func() { ... }; defer
// cleanup()`), in a call of its own:
//
//	f := func() { ... }   becomes   f := func() func() { return func() { ... } }()
//
// yaegi v0.16.1 hung when the deferred call ran a literal made in the
// deferring function's own frame, and the session reported a deadlock;
// one made in another frame runs. The literal captures the same
// variables either way.
func (c *cell) lowerDeferredLiteral(lhs []ast.Expr, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	_, body := c.enclosingFunc()
	if body == nil {
		return
	}
	for i, r := range rhs {
		lit, ok := r.(*ast.FuncLit)
		id, isIdent := lhs[i].(*ast.Ident)
		if !ok || !isIdent {
			continue
		}
		obj := c.Info.Defs[id]
		if obj == nil {
			obj = c.Info.Uses[id]
		}
		if obj == nil || !c.deferredIn(body, obj) {
			continue
		}
		ts, ok := c.typeString(c.Info.TypeOf(lit))
		if !ok {
			continue
		}
		c.insert(lit.Pos(), "func() "+ts+" { return ")
		c.insert(lit.End(), " }()")
	}
}

// enclosingFunc returns the type and body of the function around the
// node being visited, or nils outside any.
func (c *cell) enclosingFunc() (*ast.FuncType, *ast.BlockStmt) {
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch f := c.stack[i].(type) {
		case *ast.FuncLit:
			return f.Type, f.Body
		case *ast.FuncDecl:
			return f.Type, f.Body
		}
	}
	return nil, nil
}

// deferredIn reports a defer statement in body that uses the variable
// obj (calls it, or defers a literal that calls it).
func (c *cell) deferredIn(body *ast.BlockStmt, obj types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			// defer f(), or a deferred literal that calls f.
			ast.Inspect(d, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && c.Info.Uses[id] == obj {
					found = true
				}
				return !found
			})
			return false
		}
		return !found
	})
	return found
}
