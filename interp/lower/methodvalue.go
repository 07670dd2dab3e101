package lower

import (
	"go/ast"
	"go/types"
)

// lowerMethodValue copies the receiver of a method value, as Go does
// when the method has a value receiver: `get := c.Get; c.n = 5; get()`
// must see the old c. yaegi's method value keeps a reference to c. The
// copy is made by a call that takes the receiver as its argument:
//
//	get := c.Get   becomes   get := func(r Counter) func() int { return r.Get }(c)
func (c *cell) lowerMethodValue(n *ast.SelectorExpr) {
	sel := c.Info.Selections[n]
	if sel == nil || sel.Kind() != types.MethodVal {
		return
	}
	if len(c.stack) > 0 {
		if call, ok := c.stack[len(c.stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == n {
			return // a call, not a method value
		}
	}
	fn := sel.Obj().(*types.Func)
	if _, ptrRecv := fn.Signature().Recv().Type().(*types.Pointer); ptrRecv {
		return // the method value refers to the variable, as in Go
	}
	recvType := c.Info.Types[n.X].Type
	if recvType == nil || types.IsInterface(recvType) {
		return
	}
	arg := c.text(n.X)
	if p, ok := recvType.Underlying().(*types.Pointer); ok {
		recvType, arg = p.Elem(), "*"+arg // Go copies the pointed-to value
	}
	if types.IsInterface(recvType) || len(sel.Index()) > 1 {
		return // a promoted method: left as it is
	}
	rt, ok := c.typeString(recvType)
	if !ok {
		return
	}
	ft, ok := c.typeString(c.Info.Types[n].Type)
	if !ok {
		return
	}
	r := c.newName("Recv")
	c.replace(n.Pos(), n.End(), "func("+r+" "+rt+") "+ft+" { return "+r+"."+n.Sel.Name+" }("+arg+")")
}
