package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// yaegi dropped all but the first result of `return f()` where a result
// of f converts to the function's result type (func wrap() (any, error) {
// return get() } with get() (int, error) returned a nil error - a silent
// wrong answer). The results go through variables:
//
//	return get()   becomes   { _gbpR1, _gbpR2 := get(); return _gbpR1, _gbpR2 }

// lowerTupleReturn spreads such a return.
func (c *cell) lowerTupleReturn(n *ast.ReturnStmt) {
	if len(n.Results) != 1 || c.rewrittenWithin(n.Pos(), n.End()) {
		return
	}
	call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	tuple, ok := c.Info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() < 2 {
		return
	}
	ft, _ := c.enclosingFunc()
	if ft == nil || ft.Results == nil {
		return
	}
	var results []types.Type
	for _, f := range ft.Results.List {
		t := c.Info.TypeOf(f.Type)
		for range max(1, len(f.Names)) {
			results = append(results, t)
		}
	}
	if len(results) != tuple.Len() {
		return
	}
	converts := false
	for i := range results {
		converts = converts || results[i] == nil || !types.Identical(results[i], tuple.At(i).Type())
	}
	if !converts {
		return
	}
	names := make([]string, tuple.Len())
	for i := range names {
		names[i] = c.newName("R")
	}
	list := strings.Join(names, ", ")
	c.replace(n.Pos(), call.Pos(), "{ "+list+" := ")
	c.insertLast(call.End(), "; return "+list+" }")
}
