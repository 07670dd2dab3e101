package lower

import (
	"go/ast"
	"go/types"
)

// lowerConstantLen writes len and cap of an array, or of a pointer to
// one, as the constant Go makes them: yaegi evaluated len(p) for a nil
// *[3]int and panicked, where Go answers 3 without looking at p.
//
//	len(p)   becomes   (3)
func (c *cell) lowerConstantLen(n *ast.CallExpr) {
	if !c.isBuiltin(n, "len", "cap") || len(n.Args) != 1 {
		return
	}
	tv, ok := c.Info.Types[n]
	if !ok || tv.Value == nil {
		return
	}
	arg := c.Info.Types[n.Args[0]].Type
	if arg == nil {
		return
	}
	if p, ok := arg.Underlying().(*types.Pointer); ok {
		arg = p.Elem()
	}
	if _, isArray := arg.Underlying().(*types.Array); !isArray {
		return // a constant string's length is fine as it is
	}
	c.replace(n.Pos(), n.End(), "("+tv.Value.ExactString()+")")
}
