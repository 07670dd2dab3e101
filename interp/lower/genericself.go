package lower

import (
	"go/ast"
	"go/types"
)

// refuseSelfReferentialGeneric fails a generic type of several type
// parameters whose declaration names the type itself
// (type BST[K, V any] struct{ Left *BST[K, V] }): yaegi v0.16.1 catches
// the self-reference only for a type of one parameter, and with several
// it instantiates the type inside itself until its process dies of a
// stack overflow, losing every variable of the session.
func (c *cell) refuseSelfReferentialGeneric(spec *ast.TypeSpec) {
	if spec.TypeParams == nil || spec.TypeParams.NumFields() < 2 {
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	ast.Inspect(spec.Type, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexListExpr)
		if !ok {
			return true
		}
		if id, ok := ix.X.(*ast.Ident); ok && c.Info.Uses[id] == tn {
			c.fail(ix, "a generic type of several type parameters that refers to itself ("+
				c.Src[c.offset(ix.Pos()):c.offset(ix.End())]+" inside "+tn.Name()+")",
				"link its nodes by index instead: keep them in a slice "+
					"(nodes []entry[K, V], with left, right int fields) and refer to a node by its index")
			return false
		}
		return true
	})
}
