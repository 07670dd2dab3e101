package lower

import (
	"go/ast"
	"go/types"
)

// lowerNewOfValue writes Go 1.26's new(expr), a pointer to a new
// variable set to expr, as a function literal that makes that variable:
//
//	new(n * 2)   becomes   func(v int) *int { return &v }(n * 2)
//
// yaegi v0.16.1 knows only new(T): new(42) gave a pointer to 0.
func (c *cell) lowerNewOfValue(call *ast.CallExpr) {
	if len(call.Args) != 1 || !c.isBuiltin(call, "new") {
		return
	}
	tv, ok := c.Info.Types[call.Args[0]]
	if !ok || tv.IsType() || tv.Type == nil {
		return
	}
	t := tv.Type
	if tv.Value != nil {
		t = types.Default(t) // new(42) is a *int
	}
	ts, ok := c.typeString(t)
	if !ok {
		c.fail(call, "new of a value of a type this cell cannot spell", "declare a variable and take its address")
		return
	}
	c.replace(call.Fun.Pos(), call.Lparen+1, "func(v "+ts+") *"+ts+" { return &v }(")
}
