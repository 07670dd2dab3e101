package lower

import (
	"go/ast"
	"go/types"
)

// A cell may declare a name a preloaded package has (func display(...),
// var mat [][]float64) when it does not use that package, as a Go file
// that does not import it may. yaegi's session scope holds the package
// under the name, and refused the declaration ("mat redeclared in this
// block"). The cells' own object of that name is renamed wherever it is
// declared or used, to a name messages print as the cell's:
//
//	func display(x int) int   becomes   func display_gbp0(x int) int
func (c *cell) lowerReservedName(id *ast.Ident) {
	if !c.Reserved[id.Name] {
		return
	}
	obj := c.Info.Defs[id]
	if obj == nil {
		obj = c.Info.Uses[id]
	}
	if obj == nil || obj.Parent() == nil {
		return
	}
	if _, isPkg := obj.(*types.PkgName); isPkg {
		return
	}
	topLevel := c.Body != nil && obj.Parent() == c.Info.Scopes[c.Body.Type]
	if obj.Parent() != c.Pkg.Scope() && !topLevel {
		return // a local name: yaegi scopes it
	}
	c.replace(id.Pos(), id.End(), reservedName(id.Name))
}

// reservedName is the name a cell's object of a reserved name has in
// yaegi; userNames in interp prints it as the name.
func reservedName(name string) string { return name + "_gbp0" }
