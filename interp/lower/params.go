package lower

import "go/ast"

// lowerUnnamedParams names a function's unnamed parameters (and an
// unnamed receiver). yaegi gave the function's first local the slot of
// an unnamed parameter: `func f(int) string { s := "a"; return s }` failed
// with "value of type int is not assignable to type string", and methods
// that satisfy an interface without using an argument - `func (Red)
// Next(bool) State` - are common.
//
//	func (Red) Next(bool) State   becomes   func (_gbpP1 Red) Next(_gbpP2 bool) State
func (c *cell) lowerUnnamedParams(recv *ast.FieldList, typ *ast.FuncType) {
	for _, list := range []*ast.FieldList{recv, typ.Params} {
		if list == nil {
			continue
		}
		for _, f := range list.List {
			if len(f.Names) == 0 {
				c.insert(f.Type.Pos(), c.newName("P")+" ")
			}
		}
	}
}
