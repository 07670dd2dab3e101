package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerLoopVarShadow puts a loop's body in a block of its own when it
// declares a variable with the name of the loop's own variable:
//
//	for i := 0; i < 3; i++ { i := i * 10; ... }   becomes   for i := 0; i < 3; i++ { { i := i * 10; ... } }
//
// Go gives the body a scope of its own, and so does the block. yaegi
// v0.16.1 refused the body's := with "no new variables on left side of
// :=" once a closure in the body captured the name (it declares the
// per-iteration copy of the loop variable in the body's scope).
func (c *cell) lowerLoopVarShadow(init ast.Stmt, key, value ast.Expr, tok token.Token, body *ast.BlockStmt) {
	loopVars := map[string]types.Object{}
	add := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" && c.Info.Defs[id] != nil {
			loopVars[id.Name] = c.Info.Defs[id]
		}
	}
	if as, ok := init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		for _, l := range as.Lhs {
			add(l)
		}
	}
	if tok == token.DEFINE {
		add(key)
		add(value)
	}
	if len(loopVars) == 0 || body == nil {
		return
	}
	shadowed := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := c.Info.Defs[id]; obj != nil && loopVars[id.Name] != nil && obj != loopVars[id.Name] {
				_, isVar := obj.(*types.Var)
				shadowed = shadowed || isVar
			}
		}
		return !shadowed
	})
	if shadowed {
		c.insert(body.Lbrace+1, " {")
		c.insert(body.Rbrace, "} ")
	}
}
