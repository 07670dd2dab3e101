package lower

import (
	"go/ast"
)

// lowerMakeDirectedChan makes a send-only or receive-only channel as a
// conversion of a two-way one: yaegi's make(chan<- int) failed with
// "reflect.MakeChan: unidirectional channel type".
//
//	make(chan<- int, 1)   becomes   (chan<- int)(make(chan int, 1))
func (c *cell) lowerMakeDirectedChan(call *ast.CallExpr) {
	if !c.isBuiltin(call, "make") || len(call.Args) == 0 {
		return
	}
	ct, ok := call.Args[0].(*ast.ChanType)
	if !ok || ct.Dir == ast.SEND|ast.RECV {
		return
	}
	c.insert(call.Pos(), "("+c.text(ct)+")(")
	c.replace(ct.Pos(), ct.Value.Pos(), "chan ")
	c.insert(call.End(), ")")
}
