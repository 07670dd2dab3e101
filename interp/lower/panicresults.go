package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A function with named results whose deferred call recovers returns
// what its results hold when the panic stopped it. yaegi wrote a called
// function's results into the caller's named result as the callee set
// them, so a callee that set its own named result and then panicked left
// its value there, where Go's caller never received it:
//
//	return inner()   (inner sets n = 2, then panics; Go returns 0)
//
// A call whose results go to a named result, in a function that defers,
// goes through variables of its own first:
//
//	return inner()   becomes   { _gbpP1 := inner(); return _gbpP1 }
//	n = inner()      becomes   { _gbpP2 := inner(); n = _gbpP2 }

// lowerReturnedCallResults handles return f() in such a function.
func (c *cell) lowerReturnedCallResults(n *ast.ReturnStmt) {
	if len(n.Results) != 1 || c.rewrittenWithin(n.Pos(), n.End()) || !c.defersWithNamedResults() {
		return
	}
	call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr)
	if !ok || c.isConversionOrBuiltin(call) {
		return
	}
	count := 1
	if tuple, ok := c.Info.TypeOf(call).(*types.Tuple); ok {
		count = tuple.Len()
	}
	names := make([]string, count)
	for i := range names {
		names[i] = c.newName("P")
	}
	list := strings.Join(names, ", ")
	c.replace(n.Pos(), call.Pos(), "{ "+list+" := ")
	c.insertLast(call.End(), "; return "+list+" }")
}

// lowerNamedResultCall handles n = f() for a named result n.
func (c *cell) lowerNamedResultCall(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 || c.rewrittenWithin(n.Pos(), n.End()) || !c.defersWithNamedResults() {
		return
	}
	id, ok := n.Lhs[0].(*ast.Ident)
	call, isCall := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
	if !ok || !isCall || !c.isNamedResult(c.Info.Uses[id]) || c.isConversionOrBuiltin(call) {
		return
	}
	if _, stmt := c.parent().(*ast.BlockStmt); !stmt {
		return // (a for statement's init or post, a switch's init)
	}
	name := c.newName("P")
	c.replace(n.Pos(), call.Pos(), "{ "+name+" := ")
	c.insertLast(call.End(), "; "+c.text(id)+" = "+name+" }")
}

// defersWithNamedResults reports whether the function being visited has
// named results and a defer statement.
func (c *cell) defersWithNamedResults() bool {
	ft, body := c.enclosingFunc()
	if ft == nil || body == nil || ft.Results == nil || len(ft.Results.List) == 0 || len(ft.Results.List[0].Names) == 0 {
		return false
	}
	defers := false
	ast.Inspect(body, func(x ast.Node) bool {
		_, d := x.(*ast.DeferStmt)
		defers = defers || d
		return !defers
	})
	return defers
}

// isNamedResult reports a named result of the function being visited.
func (c *cell) isNamedResult(obj types.Object) bool {
	ft, _ := c.enclosingFunc()
	if ft == nil || ft.Results == nil || obj == nil {
		return false
	}
	for _, f := range ft.Results.List {
		for _, name := range f.Names {
			if c.Info.Defs[name] == obj {
				return true
			}
		}
	}
	return false
}

// isConversionOrBuiltin reports a call that is a conversion or of a
// builtin function, which cannot panic after setting a result.
func (c *cell) isConversionOrBuiltin(call *ast.CallExpr) bool {
	if tv, ok := c.Info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		_, builtin := c.Info.Uses[id].(*types.Builtin)
		return builtin
	}
	return false
}
