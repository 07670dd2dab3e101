package lower

import (
	"go/ast"
	"go/types"
)

// A defer in the body of a range-over-func loop belongs to the function
// around the loop, but the lowering makes the body a function literal
// (range.go), where a defer would run at the end of each iteration. Such
// a function keeps its deferred calls in a list of its own, which one
// deferred call runs last first when the function returns or panics - all
// of its defers, so that their order stays Go's:
//
//	func run() { defer a(); for x := range seq { defer b(x) } }   becomes
//	func run() { var _gbpDefers1 []func(); defer func() { for i := len(_gbpDefers1) - 1; i >= 0; i-- { _gbpDefers1[i]() } }();
//		_gbpCall2 := ...a...; _gbpDefers1 = append(_gbpDefers1, _gbpCall2); for ... { ... = append(_gbpDefers1, ...) } }
//
// A recover in those calls would not be called by a deferred function
// itself, so a function that has one keeps the error for the defer in
// the loop. At a cell's top level the session's own list does the work.

// prepareDeferList gives fn its list when its body has a defer in a
// range-over-func loop.
func (c *cell) prepareDeferList(fn ast.Node, body *ast.BlockStmt) {
	if body == nil || fn == ast.Node(c.Body) || !c.inCell(body.Pos()) {
		return
	}
	needed, recovers := false, false
	var walk func(n ast.Node, inRangeFunc bool)
	walk = func(n ast.Node, inRangeFunc bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.RangeStmt:
				if _, isFunc := c.Info.TypeOf(x.X).Underlying().(*types.Signature); isFunc {
					walk(x.Body, true)
					return false
				}
			case *ast.DeferStmt:
				needed = needed || inRangeFunc
				if lit, ok := x.Call.Fun.(*ast.FuncLit); ok && callsRecover(lit.Body) {
					recovers = true
				}
				if id, ok := x.Call.Fun.(*ast.Ident); ok && id.Name == "recover" {
					recovers = true
				}
			}
			return true
		})
	}
	walk(body, false)
	if !needed || recovers {
		return
	}
	name := c.newName("Defers")
	if c.deferLists == nil {
		c.deferLists = map[ast.Node]string{}
	}
	c.deferLists[fn] = name
	c.insert(body.Lbrace+1, " var "+name+" []func(); defer func() { for i := len("+name+") - 1; i >= 0; i-- { "+name+"[i]() } }();")
}

// callsRecover reports whether body calls recover outside literals.
func callsRecover(body ast.Node) bool { return callsBuiltinNamed(body, "recover") }

// callsBuiltinNamed reports whether body calls the function named name
// (a builtin: panic, recover) outside the literals it holds.
func callsBuiltinNamed(body ast.Node, name string) bool {
	found := false
	ast.Inspect(body, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == name {
				found = true
			}
		}
		_, lit := x.(*ast.FuncLit)
		return !found && (!lit || x == body)
	})
	return found
}

// deferList returns the list of the function around the node visited, or
// "".
func (c *cell) deferList() string { return c.deferLists[c.enclosingFuncNode()] }

// enclosingFuncNode returns the function literal or declaration around
// the node being visited, or nil.
func (c *cell) enclosingFuncNode() ast.Node {
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch c.stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return c.stack[i]
		}
	}
	return nil
}
