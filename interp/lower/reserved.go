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
	if c.renamedReserved(id) {
		c.replace(id.Pos(), id.End(), reservedName(id.Name))
	}
}

// renamedReserved reports an identifier of the cell's own object with a
// preloaded package's name - a local one too: yaegi took mat in
// float64(mat[1]) for the package (CFG post-order panic).
func (c *cell) renamedReserved(id *ast.Ident) bool {
	if c.renamedTypeParam(id) {
		return true // typeparamnames.go
	}
	if !c.Reserved[id.Name] {
		return false
	}
	obj := c.Info.Defs[id]
	if obj == nil {
		obj = c.Info.Uses[id]
	}
	if obj == nil || obj.Parent() == nil {
		return false
	}
	_, isPkg := obj.(*types.PkgName)
	return !isPkg
}

// reservedName is the name a cell's object of a reserved name has in
// yaegi; userNames in interp prints it as the name.
func reservedName(name string) string { return name + "_gbp0" }
