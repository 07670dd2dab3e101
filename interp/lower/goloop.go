package lower

import (
	"go/ast"
	"strings"
)

// lowerGoInLoop starts a loop's goroutine from a call of its own, made in
// the iteration. yaegi keeps the value of a function literal in a slot of
// the frame that made it, and when a call of the literal ends it writes
// back what the slot held before (getFunc in yaegi's interp/run.go). A
// goroutine of an earlier iteration that ended between the moment this
// iteration made its literal and the moment the go statement took it
// made the go statement start the earlier iteration's function again: a
// counter of 1000 goroutines came out one too high about once in seven
// runs, and sometimes the process died calling a nil function. Made in a
// call, the literal lives in a frame no other iteration writes. The call
// also takes the loop's variables the literal uses, so each goroutine has
// its own (Go 1.22's per-iteration variables):
//
//	go func() { use(i) }()   becomes   func(i int) { go func() { use(i) }() }(i)
//
// A go statement with arguments is lowered by bindCallArgs, which binds
// them in such a call too. It reports whether it lowered n.
func (c *cell) lowerGoInLoop(n *ast.GoStmt) bool {
	loops := c.enclosingLoops()
	lit, ok := n.Call.Fun.(*ast.FuncLit)
	if len(loops) == 0 || !ok || len(n.Call.Args) != 0 {
		return false
	}
	params, args, ok := c.loopVarParams(lit, c.capturedLoopVars(lit, loops), loops, true)
	if !ok {
		return true
	}
	c.wrappedStmts[lit] = true
	c.insert(n.Pos(), "func("+strings.Join(params, ", ")+") { ")
	c.insert(n.End(), " }("+strings.Join(args, ", ")+")")
	return true
}
