package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerForwardFuncValue writes a function the cells declare, used as a
// value inside a function declared above it, as a literal that calls it,
// and reports whether it did:
//
//	func a() func() int { return b }   becomes   func a() func() int { return func() int { return b() } }
//
// Functions that use each other are handed to yaegi together, and yaegi
// took the value of one it had not compiled yet for its tree node
// ("reflect.Set: value of type *interp.node is not assignable"); a call
// is resolved when it runs.
func (c *cell) lowerForwardFuncValue(id *ast.Ident) bool {
	fn, ok := c.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != c.Pkg || !c.inCell(fn.Pos()) || len(c.stack) == 0 {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() != nil || sig.TypeParams() != nil {
		return false
	}
	if call, ok := c.stack[len(c.stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == ast.Expr(id) {
		return false // a call
	}
	var decl *ast.FuncDecl
	for i := len(c.stack) - 1; i >= 0; i-- {
		if fd, ok := c.stack[i].(*ast.FuncDecl); ok {
			decl = fd
			break
		}
	}
	if decl == nil || decl == c.Body || fn.Pos() < decl.Pos() {
		return false // declared above the function that uses it: compiled first
	}
	if sig.Results().Len() == 1 && selfResultType(sig.Results().At(0).Type()) {
		return false // recfunc.go writes these
	}
	params, args, variadic, ok := c.paramList(sig)
	if !ok {
		return false
	}
	results, ok := c.resultList(sig)
	if !ok {
		return false
	}
	name := id.Name
	if c.renamedReserved(id) {
		name = reservedName(name) // in place of lowerReservedName's edit
	}
	body := returnOf(sig, name+"("+strings.Join(args, ", ")+variadic+")")
	c.replace(id.Pos(), id.End(), "func("+strings.Join(params, ", ")+")"+results+" { "+body+" }")
	return true
}
