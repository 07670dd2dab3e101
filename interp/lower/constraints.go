package lower

import (
	"go/ast"
	"go/token"
	"go/types"
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
		if c.rewrittenWithin(f.Type.Pos(), f.Type.End()) {
			continue // relaxed (relaxTypeConstraints)
		}
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

// relaxTypeConstraints writes any for the constraints of a generic type
// without methods whose type sets are basic types only (Summary[T
// ~int64 | ~float64]): yaegi refused to instantiate one with a compiled
// named type ("time.Duration does not implement main.Real"), and needs
// nothing of it - the checker has checked the type arguments, and a
// struct's fields are the same for any. (A function's constraints, or a
// method's, are kept: a call inside of a generic function constrained
// likewise, slices.Sort of a []T, needs them.)
func (c *cell) relaxTypeConstraints(ts *ast.TypeSpec) {
	tn, ok := c.Info.Defs[ts.Name].(*types.TypeName)
	if !ok || ts.TypeParams == nil {
		return
	}
	if n, ok := tn.Type().(*types.Named); !ok || n.NumMethods() > 0 {
		return
	}
	for _, f := range ts.TypeParams.List {
		if iface, ok := c.Info.TypeOf(f.Type).Underlying().(*types.Interface); ok && iface.NumMethods() == 0 && basicTypeSet(iface) {
			c.replace(f.Type.Pos(), f.Type.End(), "any")
		}
	}
}

// basicTypeSet reports an interface whose type set is made of basic
// types only (unions of ~int, float64, ~string, ...), with no type
// parameter a call's inference could take from it.
func basicTypeSet(iface *types.Interface) bool {
	if iface.NumEmbeddeds() == 0 {
		return false
	}
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				if _, basic := e.Term(j).Type().(*types.Basic); !basic {
					return false
				}
			}
		case *types.Basic:
		default:
			inner, ok := e.Underlying().(*types.Interface)
			if !ok || inner.NumMethods() > 0 || !basicTypeSet(inner) {
				return false
			}
		}
	}
	return true
}
