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
//	func f() (n int, err error) {   becomes
//	func f() (n int, err error) { n = *new(int); err = *new(error);
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
	// One assignment each: yaegi's parallel assignment of an interface{}
	// result among others panicked (reflect.Set: value of type interface
	// {} is not assignable to type interp.valueInterface).
	var b strings.Builder
	for i, name := range names {
		b.WriteString(" " + name + " = " + zeros[i] + ";")
	}
	c.insert(body.Lbrace+1, b.String())
}
