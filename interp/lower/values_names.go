package lower

import (
	"go/types"
)

// nameable reports whether the cell can name t at the table's position.
func (tb *table) nameable(t types.Type) bool {
	saved := tb.unnamed
	tb.unnamed = ""
	tb.name(t)
	ok := tb.unnamed == ""
	tb.unnamed = saved
	return ok
}

// name writes a type as the cell names it at the table's position, and
// notes a type it cannot name.
func (tb *table) name(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		elem := types.Unalias(p.Elem())
		s := tb.name(elem)
		if alias := tb.c.pointedInstance(elem); alias != elem {
			s, _ = tb.c.typeString(alias)
		}
		return "*" + s
	}
	if n, ok := t.(*types.Named); ok && tb.c.isCellType(n) {
		scope := tb.c.Pkg.Scope().Innermost(tb.pos)
		if _, obj := scope.LookupParent(n.Obj().Name(), tb.pos); obj != n.Obj() {
			// Hidden in Go; in what yaegi runs a local type that hides
			// it has a name of its own (localnames.go).
			hider, isType := obj.(*types.TypeName)
			if _, renamed := tb.c.localTypeName(hider); !isType || !renamed {
				if _, ownRenamed := tb.c.localTypeName(n.Obj()); !ownRenamed {
					tb.unnamed = reflectName(t)
				}
			}
		}
	}
	if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 1 && !hasTypeParam(n) && !anyType(n, nestsManyTypeArgs) && !tb.c.inGenericDecl() {
		// An instance of several type arguments in a case of the
		// resolver's type switch: by its alias, as lowerPointerToInstance
		// says.
		if name, ok := tb.c.instanceAlias(n); ok {
			return name
		}
	}
	if tb.declaredBelow(t) {
		// A type declared further down the same function: yaegi would
		// meet its name first ("incomplete type").
		tb.unnamed = reflectName(t)
	}
	s, ok := tb.c.typeString(t)
	if !ok {
		tb.unnamed = reflectName(t)
	}
	return s
}

// declaredBelow reports whether t names a type declared in a function
// that yaegi cannot see from the table's position: in another function,
// or below in this one.
func (tb *table) declaredBelow(t types.Type) bool {
	return anyType(t, func(t types.Type) bool {
		x, ok := t.(*types.Named)
		if !ok {
			return false
		}
		decl := x.Obj()
		if decl.Parent() == nil || decl.Parent() == decl.Pkg().Scope() {
			return false
		}
		if _, hoisted := tb.c.hoistedTypes()[decl]; hoisted {
			return false // declared at package level in what yaegi runs
		}
		// Declared in another function, or below in this one.
		return !decl.Parent().Contains(tb.pos) || decl.Pos() > tb.pos
	})
}
