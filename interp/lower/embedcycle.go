package lower

import (
	"go/ast"
	"go/types"
)

// refuseEmbeddedBackReference refuses a struct type that embeds, by
// value, a struct type of the cells with methods whose fields point back
// to the embedding type (node embedding base, with base's left *node):
// yaegi laid such a node out wrong, and writing its own fields wrote the
// embedded base's (node{key: 5} had a non-nil left), silently. Without
// methods on the embedded type, or with the methods on node, it is right.
func (c *cell) refuseEmbeddedBackReference(spec *ast.TypeSpec) {
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		emb, ok := types.Unalias(f.Type()).(*types.Named)
		if !ok || emb.Obj().Pkg() != c.Pkg {
			continue // (embedded by pointer, or compiled)
		}
		est, ok := emb.Underlying().(*types.Struct)
		if !ok || types.NewMethodSet(types.NewPointer(emb)).Len() == 0 {
			continue
		}
		for j := 0; j < est.NumFields(); j++ {
			back := anyType(est.Field(j).Type(), func(u types.Type) bool {
				n, ok := u.(*types.Named)
				return ok && n.Obj() == tn
			})
			if back {
				c.fail(spec, "the struct type "+tn.Name()+" embedding "+emb.Obj().Name()+", whose field "+est.Field(j).Name()+" refers back to "+tn.Name()+", while "+emb.Obj().Name()+" has methods (the interpreter lays "+tn.Name()+" out wrong: writing its fields wrote "+emb.Obj().Name()+"'s)",
					"declare the methods on "+tn.Name()+", or embed *"+emb.Obj().Name())
				return
			}
		}
	}
}
