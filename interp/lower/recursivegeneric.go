package lower

import (
	"go/ast"
	"go/types"
)

// yaegi replaces a call of a generic function with the instance's
// declaration as the call's child, so an instance that calls itself,
// directly or through other generic functions, is its own descendant.
// Its panic handler walks that tree to name where a panic happened, and
// never ends: any panic after such a call, even one the program recovers,
// overflowed the stack (`safe(func() { panic("boom") })` after
// `Sum([]int{1, 2})` with a recursive Sum). A call with concrete type
// arguments of a generic function from which a cycle of generic calls is
// reached runs a copy for them instead (specialize.go), whose calls
// are copies in turn, so yaegi instantiates nothing there.

// reachesGenericCycle reports whether a cycle of calls between generic
// functions of the session is reached from fn.
func (c *cell) reachesGenericCycle(fn *types.Func) bool {
	if c.genericCycles == nil {
		c.genericCycles = map[*types.Func]bool{}
	}
	if found, done := c.genericCycles[fn]; done {
		return found
	}
	// Depth-first, on the path (onPath) or finished (result in the map).
	onPath := map[*types.Func]bool{}
	var visit func(f *types.Func) bool
	visit = func(f *types.Func) bool {
		if onPath[f] {
			return true
		}
		if found, done := c.genericCycles[f]; done {
			return found
		}
		decl := genericDecl(c.Input, c.Session, f)
		if decl == nil {
			return false
		}
		onPath[f] = true
		found := false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || found {
				return !found
			}
			if callee, ok := c.Info.Uses[id].(*types.Func); ok && c.sessionGeneric(callee) {
				found = visit(callee)
			}
			return !found
		})
		delete(onPath, f)
		c.genericCycles[f] = found
		return found
	}
	return visit(fn)
}

// sessionGeneric reports whether fn is a generic function declared at the
// session's package level.
func (c *cell) sessionGeneric(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && fn.Pkg() == c.Pkg && fn.Parent() == c.Pkg.Scope() && sig.TypeParams().Len() > 0
}
