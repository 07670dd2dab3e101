package lower

import (
	"go/ast"
	"strings"
)

// lowerNamedResults sets a function's named results to their zero values
// when it starts, as Go does. yaegi reuses a call site's frame: a function
// called again in a loop began with the results of the previous call
// (count(3) returned 3, then 6).
//
//	func f() (n int) {   becomes   func f() (n int) { n = *new(int);
func (c *cell) lowerNamedResults(typ *ast.FuncType, body *ast.BlockStmt) {
	if body == nil || typ.Results == nil {
		return
	}
	var names, zeros []string
	for _, f := range typ.Results.List {
		t, ok := c.typeString(c.Info.Types[f.Type].Type)
		if !ok {
			return
		}
		for _, n := range f.Names {
			if n.Name != "_" {
				names = append(names, n.Name)
				zeros = append(zeros, "*new("+t+")")
			}
		}
	}
	if len(names) == 0 {
		return
	}
	c.insert(body.Lbrace+1, " "+strings.Join(names, ", ")+" = "+strings.Join(zeros, ", ")+";")
}
