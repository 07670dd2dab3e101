package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerVariadicPack passes the variadic arguments of a call of the cells'
// function as the slice Go makes of them, when its parameter is ...I for
// an interface I and one of them is a slice or an interface: yaegi spread
// such an argument as though it were written xs... (count(xs) with xs a
// []any gave count two arguments, count(xs, 3) three - or, for an any
// holding a slice, decided by the value), a silent difference. append
// does the same.
//
//	count(xs)         becomes   count([]any{xs}...)
//	append(out, xs)   becomes   append(out, []any{xs}...)
func (c *cell) lowerVariadicPack(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return
	}
	if _, _, packed := c.packedValueCall(call); packed {
		return // (lowerVariadicValueCall packs them)
	}
	var elem types.Type
	first := 0
	if c.isBuiltin(call, "append") {
		s, ok := c.Info.TypeOf(call.Args[0]).Underlying().(*types.Slice)
		if !ok {
			return
		}
		elem, first = s.Elem(), 1
	} else {
		sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
		if !ok || !sig.Variadic() || c.compiledFunc(call.Fun) {
			return
		}
		if tv := c.Info.Types[call.Fun]; tv.IsType() {
			return // a conversion
		}
		elem = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		first = sig.Params().Len() - 1
	}
	if _, param := elem.(*types.TypeParam); param || !types.IsInterface(elem) || first >= len(call.Args) {
		return
	}
	spread := false
	for _, a := range call.Args[first:] {
		t := c.Info.TypeOf(a)
		if t == nil || c.Info.Types[a].IsNil() {
			continue
		}
		switch t.Underlying().(type) {
		case *types.Slice, *types.Array, *types.Interface:
			spread = true
		}
	}
	es, ok := c.typeString(elem)
	if !spread || !ok {
		return
	}
	c.insert(call.Args[first].Pos(), "[]"+strings.TrimSpace(es)+"{")
	// After what the argument's own lowerings close there.
	c.insertLast(call.Args[len(call.Args)-1].End(), "}...")
}
