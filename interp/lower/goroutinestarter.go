package lower

import "go/ast"

// goroutineStarters are the functions of the standard library that run a
// func() of the cell in a goroutine of their own, by the argument's place.
var goroutineStarters = map[string]int{
	"(*sync.WaitGroup).Go": 0,
	"context.AfterFunc":    1,
	"time.AfterFunc":       1,
}

// lowerGoroutineStarter guards the function such a call runs, as the
// session guards a `go` statement's: a panic in it ended the worker
// process, and with it every variable of the session.
//
//	wg.Go(f)   becomes   wg.Go(_gbp.Guard(f))
func (c *cell) lowerGoroutineStarter(call *ast.CallExpr) {
	i, ok := goroutineStarters[c.calleeName(call)]
	if !ok || i >= len(call.Args) {
		return
	}
	c.insert(call.Args[i].Pos(), "_gbp.Guard(")
	c.insertLast(call.Args[i].End(), ")")
}
