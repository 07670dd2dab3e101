package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi dereferenced nil running, in a loop among a cell's top-level
// statements, a generic function instantiated with an instance of a
// generic type (`y := Id(Wrap(x))`, Id[Box[int]]); in a function the same
// loop runs right. Such a loop runs in a function literal, which shares
// the session's variables; one that returns, jumps out with goto or
// defers a call stays as it is (the literal would change where those
// go):
//
//	for _, x := range xs { ... Id(Wrap(x)) ... }   becomes   func() { for _, x := range xs { ... } }()

// lowerTopLevelLoopGenerics wraps the loop n, a top-level statement of a
// notebook cell, when it calls a generic function with an instance type
// argument.
func (c *cell) lowerTopLevelLoopGenerics(n ast.Stmt) {
	stmt := n
	if l, ok := c.parent().(*ast.LabeledStmt); ok {
		stmt = l
		if c.Body == nil || len(c.stack) < 2 || c.stack[len(c.stack)-2] != c.Body.Body {
			return
		}
	} else if !c.topLevel() {
		return
	}
	instance, leaves := false, false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.DeferStmt:
			leaves = true
		case *ast.BranchStmt:
			leaves = leaves || x.Tok == token.GOTO
		case *ast.Ident:
			if inst, ok := c.Info.Instances[x]; ok {
				if _, isFunc := c.Info.Uses[x].(*types.Func); isFunc && instanceArg(inst.TypeArgs) {
					instance = true
				}
			}
		}
		return !leaves
	})
	if !instance || leaves {
		return
	}
	c.insert(stmt.Pos(), "func() { ")
	c.insertLast(stmt.End(), " }()")
}

// instanceArg reports type arguments among which is an instance of a
// generic type.
func instanceArg(args *types.TypeList) bool {
	for i := 0; i < args.Len(); i++ {
		if n, ok := args.At(i).(*types.Named); ok && n.TypeArgs().Len() > 0 {
			return true
		}
	}
	return false
}
