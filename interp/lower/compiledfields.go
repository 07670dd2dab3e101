package lower

import (
	"go/ast"
	"go/types"
)

// lowerCompiledInterfaceFields passes a value of the cells' type to an
// interface field of a compiled struct type through a function's
// parameter: in a composite literal yaegi set the field to the bare value
// and panicked (`&fs.PathError{Err: &SyntaxError{2}}`: "reflect.Set: value
// of type *struct { Line int } is not assignable to type error"), where a
// parameter of the interface's type holds it in yaegi's wrapper.
//
//	&fs.PathError{Op: "load", Err: &SyntaxError{2}}   becomes
//	&fs.PathError{Op: "load", Err: func(v error) error { return v }(&SyntaxError{2})}
func (c *cell) lowerCompiledInterfaceFields(lit *ast.CompositeLit) {
	t := c.Info.TypeOf(lit)
	if t == nil {
		return
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.Pkg {
		return
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var field *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			for j := 0; j < st.NumFields(); j++ {
				if st.Field(j).Name() == id.Name {
					field = st.Field(j)
				}
			}
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field == nil || !types.IsInterface(field.Type()) {
			continue
		}
		vt := c.Info.TypeOf(value)
		if vt == nil || types.IsInterface(vt) || c.Info.Types[value].IsNil() || !c.mentionsCellType(vt) {
			continue
		}
		if c.boxedError(vt) || isEmptyInterface(field.Type()) && c.boxedNamed(vt) || c.boxedStringer(vt) {
			continue // boxed by its own lowering, a compiled value
		}
		ft, ok := c.typeString(field.Type())
		if !ok {
			continue
		}
		c.insert(value.Pos(), "func(v "+ft+") "+ft+" { return v }(")
		c.insertLast(value.End(), ")")
	}
}
