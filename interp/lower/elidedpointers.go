package lower

import (
	"go/ast"
	"go/types"
)

// An element of a composite literal may leave out &T when the element type
// is *T. yaegi's compiler panicked on such an element of a compiled
// package's type (fstest.MapFS{"a.txt": {Data: b}}, whose elements are
// *fstest.MapFile: a nil dereference); the lowering writes &T out:
//
//	fstest.MapFS{"a.txt": {Data: b}}   becomes   fstest.MapFS{"a.txt": &fstest.MapFile{Data: b}}

// lowerElidedCompiledPointers writes out the &T an element of lit leaves
// out when T is a compiled package's type.
func (c *cell) lowerElidedCompiledPointers(lit *ast.CompositeLit) {
	var elem, key types.Type
	switch t := c.Info.TypeOf(lit).Underlying().(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	case *types.Map:
		elem, key = t.Elem(), t.Key()
	default:
		return
	}
	spelled := func(t types.Type) (string, bool) {
		p, ok := t.(*types.Pointer)
		if !ok {
			return "", false
		}
		named, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.Pkg {
			return "", false
		}
		return c.typeString(named)
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if inner, ok := kv.Key.(*ast.CompositeLit); ok && inner.Type == nil && key != nil {
				if ts, ok := spelled(key); ok {
					c.insert(inner.Lbrace, "&"+ts)
				}
			}
			elt = kv.Value
		}
		if inner, ok := elt.(*ast.CompositeLit); ok && inner.Type == nil {
			if ts, ok := spelled(elem); ok {
				c.insert(inner.Lbrace, "&"+ts)
			}
		}
	}
}
