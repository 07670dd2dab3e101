package lower

import (
	"go/ast"
)

// lowerRecover makes recover return the panic's value. yaegi's recover
// returns it wrapped in a reflect.Value, which prints like the value but
// matches no type: r.(error), r.(string) and r.(MyErr) were all false, and
// a handler's `if err, ok := r.(error)` branch was silently skipped.
// _gbp.Recovered unwraps the value (and gives a runtime error that yaegi
// raised as a string the runtime.Error Go would have):
//
//	r := recover()   becomes   r := _gbp.Recovered(recover())
//
// recover is still called by the deferred function itself, as Go needs.
func (c *cell) lowerRecover(n *ast.CallExpr) {
	if !c.isBuiltin(n, "recover") || len(n.Args) != 0 {
		return
	}
	if c.Body != nil && c.atTopLevel() {
		// Among a cell's top-level statements no deferred function is
		// running it, so Go's recover returns nil; yaegi's, with no
		// frame of a function around it, dereferenced nil.
		c.replace(n.Pos(), n.End(), "any(nil)")
		return
	}
	if state := c.deferredRecoverState(); state != "" {
		c.replace(n.Pos(), n.End(), "_gbp.Recovered("+state+".Recover())")
		return
	}
	c.insert(n.Pos(), "_gbp.Recovered(")
	c.insert(n.End(), ")")
}
