package lower

import (
	"go/ast"
	"go/types"
)

// lowerPromotedInterfaceMethod spells out the embedded field of a method
// promoted from an interface a struct embeds:
//
//	type Logged struct { Writer; n int }
//	l.Write("x")   becomes   l.Writer.Write("x")
//
// yaegi v0.16.1 panicked on the promoted call ("invalid interface value"),
// in the decorator pattern that wraps an interface to override some of its
// methods; it runs the explicit selector right. Go evaluates both the same
// way: the embedded field is read where the selector is.
func (c *cell) lowerPromotedInterfaceMethod(n *ast.SelectorExpr) {
	sel, ok := c.Info.Selections[n]
	if !ok || sel.Kind() == types.FieldVal || len(sel.Index()) < 2 {
		return
	}
	path := ""
	t := sel.Recv()
	for _, i := range sel.Index()[:len(sel.Index())-1] {
		if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
			t = p.Elem()
		}
		st, isStruct := t.Underlying().(*types.Struct)
		if !isStruct || i >= st.NumFields() {
			return
		}
		f := st.Field(i)
		path += "." + f.Name()
		t = f.Type()
	}
	if !types.IsInterface(t) {
		return // a method of a concrete embedded type: yaegi promotes it
	}
	c.insert(n.X.End(), path)
}
