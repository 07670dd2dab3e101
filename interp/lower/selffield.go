package lower

import (
	"go/ast"
	"go/types"
)

// A struct with a map or slice of functions taking the struct itself - a
// state machine's handlers, a registry's factories:
//
//	type Machine struct{ handler map[int]func(*Machine) int }
//
// - is a recursive type yaegi builds with a placeholder for the pointer,
// and calling a stored function failed ("reflect: Call using *struct
// {...} as type *unsafe2.dummy"). The field is declared as an any, which
// breaks the recursion, and read through an assertion to its type:
//
//	handler map[int]func(*Machine) int   becomes   handler any
//	m.handler[0](m)                      becomes   func() map[int]func(*Machine) int { v, _ := m.handler.(map[int]func(*Machine) int); return v }()[0](m)
//
// An assignment of the whole field (m.handler = h) and a composite
// literal's element store the value as it is.

// erasedField reports whether v is such a field.
func (c *cell) erasedField(v *types.Var) bool {
	if v == nil || !v.IsField() || v.Pkg() != c.Pkg {
		return false
	}
	var elem types.Type
	switch t := v.Type().(type) {
	case *types.Map:
		elem = t.Elem()
	case *types.Slice:
		elem = t.Elem()
	default:
		return false
	}
	// (A named func type too: type Action func(*Machine).)
	sig, ok := elem.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	owner := c.fieldOwner(v) // (after the cheap tests: it looks at every type)
	if owner == nil {
		return false
	}
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tup.Len(); i++ {
			if mentionsType(tup.At(i).Type(), owner) {
				return true
			}
		}
	}
	return false
}

// fieldOwner returns the named struct type of the session that declares
// field v, or nil.
func (c *cell) fieldOwner(v *types.Var) *types.Named {
	for _, tn := range c.concreteTypeNames() {
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		if st, ok := named.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i) == v {
					return named
				}
			}
		}
	}
	return nil
}

// mentionsType reports whether t is owner or a pointer, slice or map of
// it.
func mentionsType(t types.Type, owner *types.Named) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t == owner
	case *types.Pointer:
		return mentionsType(t.Elem(), owner)
	case *types.Slice:
		return mentionsType(t.Elem(), owner)
	case *types.Map:
		return mentionsType(t.Key(), owner) || mentionsType(t.Elem(), owner)
	}
	return false
}

// lowerErasedFieldDecl declares such a field as an any.
func (c *cell) lowerErasedFieldDecl(n *ast.TypeSpec) {
	st, ok := n.Type.(*ast.StructType)
	if !ok || n.TypeParams != nil {
		return
	}
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			continue
		}
		if v, ok := c.Info.Defs[f.Names[0]].(*types.Var); ok && c.erasedField(v) {
			c.replace(f.Type.Pos(), f.Type.End(), "any")
		}
	}
}

// lowerErasedFieldUse reads such a field through an assertion, unless the
// selector is assigned whole.
func (c *cell) lowerErasedFieldUse(n *ast.SelectorExpr) {
	sel := c.Info.Selections[n]
	if sel == nil || sel.Kind() != types.FieldVal {
		return
	}
	v, ok := sel.Obj().(*types.Var)
	if !ok || !c.erasedField(v) {
		return
	}
	if as, ok := c.parent().(*ast.AssignStmt); ok {
		for _, l := range as.Lhs {
			if l == n {
				return // m.handler = h stores the value in the any
			}
		}
	}
	ts, ok := c.typeString(v.Type())
	if !ok {
		return
	}
	c.insert(n.Pos(), "func() "+ts+" { v, _ := ")
	c.insert(n.End(), ".("+ts+"); return v }()")
}
