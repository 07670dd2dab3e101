package lower

import (
	"go/ast"
	"go/types"
)

// lowerPackageVarAssign assigns a variable of a compiled package through
// its address: yaegi v0.16.1 assigned `os.Args = []string{"prog", "-n",
// "5"}` to a copy, and os.Args was unchanged (flag.Parse then saw no
// arguments), where an element assignment os.Args[0] = "x" worked.
//
//	os.Args = v   becomes   *(&os.Args) = v
func (c *cell) lowerPackageVarAssign(n *ast.AssignStmt) {
	for _, lhs := range n.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if _, isPkg := c.Info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
			continue
		}
		if v, ok := c.Info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg() != c.Pkg {
			c.insert(lhs.Pos(), "*(&")
			c.insertLast(lhs.End(), ")")
		}
	}
}

// identOf returns e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
