package lower

import (
	"go/ast"
	"go/types"
)

// A generic type of several type parameters whose declaration names the
// type itself (type BST[K, V any] struct{ Left *BST[K, V] }) sent yaegi
// v0.16.1 into instantiating the type inside itself until its process
// died of a stack overflow, losing every variable of the session: it
// catches the self-reference only where it is written with one type
// argument, and then takes it for the instance being made whatever the
// argument. So the lowering writes the self-reference with the first
// argument alone:
//
//	type BST[K cmp.Ordered, V any] struct{ Left *BST[K, V] }   becomes   type BST[K cmp.Ordered, V any] struct{ Left *BST[K] }
//
// That is only the same type when the arguments are the declaration's
// own parameters in their order; any other self-reference (BST[V, K],
// BST[K, int]) is refused.
func (c *cell) lowerSelfReferentialGeneric(spec *ast.TypeSpec) {
	if spec.TypeParams == nil || spec.TypeParams.NumFields() < 2 {
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	var params []string
	for _, f := range spec.TypeParams.List {
		for _, n := range f.Names {
			params = append(params, n.Name)
		}
	}
	ast.Inspect(spec.Type, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexListExpr)
		if !ok {
			return true
		}
		if id, ok := ix.X.(*ast.Ident); !ok || c.Info.Uses[id] != tn {
			return true
		}
		if !ownParams(ix.Indices, params) {
			c.fail(ix, "a generic type of several type parameters that refers to itself with other type arguments ("+
				c.Src[c.offset(ix.Pos()):c.offset(ix.End())]+" inside "+tn.Name()+")",
				"refer to it with its own parameters in their order, or link its nodes by index: keep them in a slice "+
					"(nodes []entry[K, V], with left, right int fields) and refer to a node by its index")
			return false
		}
		c.replace(ix.Indices[0].End(), ix.Rbrack, "")
		return false
	})
}

// ownParams reports whether args are the identifiers params, in order.
func ownParams(args []ast.Expr, params []string) bool {
	if len(args) != len(params) {
		return false
	}
	for i, a := range args {
		if id, ok := a.(*ast.Ident); !ok || id.Name != params[i] {
			return false
		}
	}
	return true
}
