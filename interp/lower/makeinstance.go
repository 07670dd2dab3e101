package lower

import (
	"go/ast"
	"go/types"
)

// lowerMakeOfInstance makes, before its statement, the instance of a
// generic type of the cells that make or new is given (make(Set[int])):
// yaegi finds an instance by name only once something made it ("type not
// found: main.Set[int]"), where a literal Set[int]{} makes it itself.
func (c *cell) lowerMakeOfInstance(call *ast.CallExpr) {
	b, ok := c.Info.Uses[identOf(call.Fun)].(*types.Builtin)
	if !ok || (b.Name() != "make" && b.Name() != "new") || len(call.Args) == 0 || c.inGenericDecl() {
		return
	}
	named, ok := types.Unalias(c.Info.TypeOf(call.Args[0])).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeArgs().Len() == 0 || hasTypeParam(named) || anyType(named, manyTypeArgs) {
		return
	}
	if s, ok := c.typeString(named); ok {
		c.makeInstances([]string{s})
	}
}
