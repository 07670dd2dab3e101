package lower

import (
	"go/ast"
	"go/token"
)

// yaegi's CFG panics on a constraint written as a union of named
// interfaces in the type parameter list (`[T Integer | Float]`, used with
// a float64); the same union as an interface literal works:
//
//	func Id[T Integer | Float](a T) T   becomes   func Id[T interface{ Integer | Float }](a T) T

// lowerInlineConstraints wraps the unions of a type parameter list in
// interface literals. (Not a lone ~T: yaegi infers the core type of
// S ~[]E from the constraint as written, and failed on interface{ ~[]E }.)
func (c *cell) lowerInlineConstraints(tparams *ast.FieldList) {
	if tparams == nil {
		return
	}
	for _, f := range tparams.List {
		switch t := f.Type.(type) {
		case *ast.BinaryExpr:
			if t.Op != token.OR {
				continue
			}
		default:
			continue
		}
		c.insert(f.Type.Pos(), "interface{ ")
		c.insertLast(f.Type.End(), " }")
	}
}
