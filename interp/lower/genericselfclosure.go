package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerGenericSelfInClosure makes a generic function that calls itself
// from a function literal of its body call itself through a variable:
// yaegi lost the result of such a call (`go func() { left =
// MergeSort(s[:mid]) }()` left left nil; `f := func() { r = F(x, d-1) }`
// left r zero), where the instance taken as a value is right:
//
//	func F[T any](x T, d int) T { ...; f := func() { r = F(x, d-1) }; ... }   becomes
//	func F[T any](x T, d int) T { _gbpSelf1 := F[T]; _ = _gbpSelf1; ...; f := func() { r = _gbpSelf1(x, d-1) }; ... }
func (c *cell) lowerGenericSelfInClosure(fd *ast.FuncDecl) {
	if fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil {
		return
	}
	fn, ok := c.Info.Defs[fd.Name].(*types.Func)
	if !ok {
		return
	}
	sig := fn.Type().(*types.Signature)
	var params []string
	for i := 0; i < sig.TypeParams().Len(); i++ {
		params = append(params, sig.TypeParams().At(i).Obj().Name())
	}
	// The calls of fn inside literals, with fn's own type parameters as
	// their type arguments.
	var calls []*ast.Ident
	var inLit func(n ast.Node, depth int)
	inLit = func(n ast.Node, depth int) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				if x != n {
					inLit(x.Body, depth+1)
					return false
				}
			case *ast.CallExpr:
				id, plain := ast.Unparen(x.Fun).(*ast.Ident)
				if !plain || depth == 0 || c.Info.Uses[id] != fn || !c.ownTypeArgs(id, sig) {
					return true // (F[T](...) is the witnesses' business: witness.go)
				}
				calls = append(calls, id)
			}
			return true
		})
	}
	inLit(fd.Body, 0)
	if len(calls) == 0 {
		return
	}
	self := c.newName("Self")
	c.insert(fd.Body.Lbrace+1, " "+self+" := "+fd.Name.Name+"["+strings.Join(params, ", ")+"]; _ = "+self+";")
	for _, id := range calls {
		c.replace(id.Pos(), id.End(), self)
	}
}

// ownTypeArgs reports whether the instance id names has sig's own type
// parameters as its type arguments, in order.
func (c *cell) ownTypeArgs(id *ast.Ident, sig *types.Signature) bool {
	inst, ok := c.Info.Instances[id]
	if !ok || inst.TypeArgs.Len() != sig.TypeParams().Len() {
		return false
	}
	for i := 0; i < inst.TypeArgs.Len(); i++ {
		if inst.TypeArgs.At(i) != sig.TypeParams().At(i) {
			return false
		}
	}
	return true
}
