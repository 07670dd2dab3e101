package lower

import "go/ast"

// lowerNilSpread drops a nil passed as a variadic function's whole
// argument list: f(nil...) gives f a nil slice, as f() does in Go, and
// yaegi dereferenced the nil.
//
//	count(nil...)   becomes   count()
func (c *cell) lowerNilSpread(call *ast.CallExpr) {
	if !call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return
	}
	last := call.Args[len(call.Args)-1]
	if !c.Info.Types[last].IsNil() {
		return
	}
	from := call.Lparen + 1
	if len(call.Args) > 1 {
		from = call.Args[len(call.Args)-2].End()
	}
	c.replace(from, call.Rparen, "")
}
