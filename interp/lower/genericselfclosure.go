package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerGenericSelfInClosure makes a generic function's calls of itself
// inside function literals of its body go through a var declaration of
// their own. yaegi lost the result of such a call when it was assigned,
// returned or passed on (`go func() { left = MergeSort(s[:mid]) }()`
// left left nil; `f := func() { r = F[T](x, d-1) }` left r zero), and an
// instance taken as a value (`self := F[K, V]`) is a CFG panic once the
// function has two type parameters; a var declaration without a type
// keeps every result:
//
//	f := func() { r = F(x, d-1) }   becomes
//	f := func() { r = func() T { var _gbpR1 = F(x, d-1); return _gbpR1 }() }
func (c *cell) lowerGenericSelfInClosure(fd *ast.FuncDecl) {
	if fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil {
		return
	}
	fn, ok := c.Info.Defs[fd.Name].(*types.Func)
	if !ok {
		return
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() == 0 {
		return
	}
	results, ok := c.spellTypes(sig.Results())
	if !ok {
		return
	}
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
				if id := funcNameOf(x.Fun); depth > 0 && id != nil && c.Info.Uses[id] == fn && c.ownTypeArgs(id, sig) {
					c.viaVarDecl(x, results)
				}
			}
			return true
		})
	}
	inLit(fd.Body, 0)
}

// selfCallInLiteral reports whether id, called with explicit type
// arguments, calls fn from a function literal of fn's own body with fn's
// own type parameters: lowerGenericSelfInClosure's business, which needs
// it to stay a call of fn (a copy taking witnesses loses the result too).
func (c *cell) selfCallInLiteral(parents map[ast.Node]ast.Node, id *ast.Ident, fn *types.Func) bool {
	if !c.ownTypeArgs(id, fn.Type().(*types.Signature)) {
		return false
	}
	inLit := false
	for n := parents[id]; n != nil; n = parents[n] {
		switch n := n.(type) {
		case *ast.FuncLit:
			inLit = true
		case *ast.FuncDecl:
			return inLit && n.Recv == nil && c.Info.Defs[n.Name] == fn
		}
	}
	return false
}

// funcNameOf is the function's name in a call's Fun: F, F[T] or F[K, V].
func funcNameOf(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.IndexExpr:
		id, _ := ast.Unparen(f.X).(*ast.Ident)
		return id
	case *ast.IndexListExpr:
		id, _ := ast.Unparen(f.X).(*ast.Ident)
		return id
	}
	return nil
}

// viaVarDecl wraps call in a function literal that declares its results
// with var and returns them.
func (c *cell) viaVarDecl(call *ast.CallExpr, results []string) {
	names := make([]string, len(results))
	for i := range names {
		names[i] = c.newName("R")
	}
	list := strings.Join(names, ", ")
	c.insert(call.Pos(), "func() ("+strings.Join(results, ", ")+") { var "+list+" = ")
	c.insert(call.End(), "; return "+list+" }()")
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
