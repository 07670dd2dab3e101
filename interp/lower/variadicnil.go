package lower

import (
	"go/ast"
	"go/types"
)

// Go gives a variadic function a nil slice when the call passes nothing
// for it, or nil...: yaegi dereferenced the nil of f(nil...), and gave a
// function literal called with no variadic argument an empty slice that
// was not nil (xs == nil was false). Both calls pass a typed nil slice,
// which yaegi hands over as it is:
//
//	count(nil...)   becomes   count([]int(nil)...)
//	count()         becomes   count([]int(nil)...)   (count a function value)

// lowerNilSpread writes f(nil...) with a typed nil.
func (c *cell) lowerNilSpread(call *ast.CallExpr) {
	if !call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return
	}
	last := call.Args[len(call.Args)-1]
	if !c.Info.Types[last].IsNil() {
		return
	}
	if ts, ok := c.variadicSlice(call); ok {
		c.replace(last.Pos(), last.End(), ts+"(nil)")
	}
}

// lowerEmptyVariadic passes the typed nil to a function value or literal
// of the cells called with no variadic argument.
func (c *cell) lowerEmptyVariadic(call *ast.CallExpr) {
	if tv := c.Info.Types[call.Fun]; call.Ellipsis.IsValid() || c.compiledFunc(call.Fun) || tv.IsBuiltin() || tv.IsType() {
		return
	}
	if _, declared := c.calledFunc(call); declared {
		return // a declared function: yaegi gives it nil
	}
	sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() || len(call.Args) != sig.Params().Len()-1 {
		return
	}
	ts, ok := c.variadicSlice(call)
	if !ok {
		return
	}
	if len(call.Args) > 0 {
		ts = ", " + ts
	}
	c.insert(call.Rparen, ts+"(nil)...")
}

// variadicSlice spells the slice type of a call's variadic parameter.
func (c *cell) variadicSlice(call *ast.CallExpr) (string, bool) {
	sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() {
		return "", false
	}
	t := sig.Params().At(sig.Params().Len() - 1).Type()
	if hasTypeParam(t) {
		return "", false
	}
	return c.typeString(t)
}

// calledFunc returns the function a call names, and whether it is one
// the cells declare (not a variable or a literal).
func (c *cell) calledFunc(call *ast.CallExpr) (*types.Func, bool) {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			id = x
		}
	case *ast.IndexListExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			id = x
		}
	}
	if id == nil {
		return nil, false
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	return fn, ok
}
