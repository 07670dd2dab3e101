package lower

import (
	"go/ast"
	"go/types"
)

// lowerVariadicValueCall packs the variadic arguments of a call of a
// function value - a struct field, a variable - into a slice: yaegi's
// compiler panicked on two or more of them ("index out of range [2] with
// length 2" for `s.logf("%s:%d", host, port)` with logf a field of type
// func(string, ...any)), where a slice passed with ... is right.
//
//	s.logf("%s:%d", host, port)   becomes   s.logf("%s:%d", []any{host, port}...)
func (c *cell) lowerVariadicValueCall(call *ast.CallExpr) {
	ts, first, ok := c.packedValueCall(call)
	if !ok {
		return
	}
	c.insert(call.Args[first].Pos(), ts+"{")
	c.insertLast(call.Args[len(call.Args)-1].End(), "}...")
}

// packedValueCall reports whether lowerVariadicValueCall packs the
// arguments of call, with the slice type and the first packed argument.
// (lowerVariadicPack, which packs some calls of the cells' functions for
// another reason, leaves these to it.)
func (c *cell) packedValueCall(call *ast.CallExpr) (string, int, bool) {
	if call.Ellipsis.IsValid() || !c.funcValue(call.Fun) {
		return "", 0, false
	}
	sig, ok := c.Info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok || !sig.Variadic() {
		return "", 0, false
	}
	fixed := sig.Params().Len() - 1
	if len(call.Args)-fixed < 2 {
		return "", 0, false
	}
	t := sig.Params().At(fixed).Type()
	if hasTypeParam(t) {
		return "", 0, false
	}
	ts, ok := c.typeString(t)
	return ts, fixed, ok
}
