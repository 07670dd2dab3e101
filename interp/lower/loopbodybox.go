package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerBodyBoxes keeps a variable declared in a loop's body in a variable
// of its own through a pointer, as lowerLoopBox does for a loop variable,
// when a function literal captures it and the body changes it after the
// literal is made:
//
//	for _, in := range inputs { var log strings.Builder; open := func() *strings.Builder { return &log }; use(open, in); fmt.Println(log.String()) }
//
// becomes
//
//	for _, in := range inputs { _gbpB1 := new(strings.Builder); open := func(_gbpB1 *strings.Builder) func() *strings.Builder { ... &(*_gbpB1) ... }(_gbpB1); ...; fmt.Println((*_gbpB1).String()) }
//
// yaegi keeps one slot a variable for the whole loop, so the lowering
// hands a literal a copy (lowerLoopClosure) - which misses the body's
// later changes, and such a literal was refused. Each iteration makes its
// own box (new), which its literals and its body share, as Go's variable.
// Declarations of one variable at the top of the body are boxed: var x T,
// var x [T] = e, x := e.
func (c *cell) lowerBodyBoxes(loop ast.Stmt, body *ast.BlockStmt) {
	if body == nil {
		return
	}
	lits := funcLits(body)
	if len(lits) == 0 {
		return // (the common loop: nothing to walk again per declaration)
	}
	for _, s := range body.List {
		id, value := bodyDecl(s)
		if id == nil {
			continue
		}
		v, ok := c.Info.Defs[id].(*types.Var)
		if !ok || !c.capturedThenChanged(v, loop, lits) {
			continue
		}
		t, ok := c.typeString(v.Type())
		if !ok {
			continue // refused where the literal is, as before
		}
		box := c.newBox(id, body)
		if value == nil {
			c.replace(s.Pos(), s.End(), box+" := new("+t+")")
			continue
		}
		c.replace(s.Pos(), value.Pos(), box+" := new("+t+"); *"+box+" = ")
	}
}

// bodyDecl returns the variable a statement declares, when it declares
// one (var x T, var x = e, x := e), and its value (nil for none).
func bodyDecl(s ast.Stmt) (*ast.Ident, ast.Expr) {
	switch s := s.(type) {
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
			return nil, nil
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if len(vs.Names) != 1 || len(vs.Values) > 1 || vs.Names[0].Name == "_" {
			return nil, nil
		}
		if len(vs.Values) == 1 {
			return vs.Names[0], vs.Values[0]
		}
		return vs.Names[0], nil
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return nil, nil
		}
		id, ok := s.Lhs[0].(*ast.Ident)
		if !ok || id.Name == "_" {
			return nil, nil
		}
		return id, s.Rhs[0]
	}
	return nil, nil
}

// capturedThenChanged reports whether one of the function literals lits
// of a loop's body captures v and the body changes v after the literal
// is made (the refusal of loopVarParams).
func (c *cell) capturedThenChanged(v *types.Var, loop ast.Stmt, lits []*ast.FuncLit) bool {
	loops := []ast.Stmt{loop}
	for _, lit := range lits {
		if c.usesVar(lit.Body, v) && c.assignedInLoop(v, loops, lit) && !c.onlyLiteralLater(v, loops, lit) {
			return true
		}
	}
	return false
}

// funcLits returns the function literals in n.
func funcLits(n ast.Node) []*ast.FuncLit {
	var out []*ast.FuncLit
	ast.Inspect(n, func(x ast.Node) bool {
		if lit, ok := x.(*ast.FuncLit); ok {
			out = append(out, lit)
		}
		return true
	})
	return out
}
