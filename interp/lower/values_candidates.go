package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// candidates are the types a value of interface type t may have that the
// cell can name at pos: the session's types and pointers to them that
// implement t.
func (c *cell) candidates(t types.Type, pos token.Pos) []types.Type {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var cands []types.Type
	seen := map[string]bool{}
	for s := c.Pkg.Scope().Innermost(pos); s != nil && s != types.Universe; s = s.Parent() {
		for _, name := range s.Names() {
			if seen[name] {
				continue
			}
			obj, ok := s.Lookup(name).(*types.TypeName)
			if !ok || obj.Pos() > pos && s != c.Pkg.Scope() {
				continue
			}
			seen[name] = true
			n, ok := obj.Type().(*types.Named)
			if !ok || n.Obj().Pkg() != c.Pkg || n.TypeParams().Len() > 0 || obj.IsAlias() {
				continue
			}
			if _, isIface := n.Underlying().(*types.Interface); isIface {
				continue
			}
			if c.inGenericFunc(pos) && c.holdsInstance(n) {
				// Named in a generic method's body, a struct with a field
				// of an instance (Holder{O Opt[string]}) is compiled with
				// the method, before the instance is whole: yaegi gave
				// the field a struct of no fields.
				continue
			}
			if types.Implements(n, iface) {
				cands = append(cands, n)
			}
			if _, isPtr := n.Underlying().(*types.Pointer); !isPtr && types.Implements(types.NewPointer(n), iface) {
				cands = append(cands, types.NewPointer(n))
			}
		}
	}
	for _, n := range c.cellInstances(pos) {
		if types.Implements(n, iface) {
			cands = append(cands, n)
		}
		if types.Implements(types.NewPointer(n), iface) {
			cands = append(cands, types.NewPointer(n))
		}
	}
	for _, st := range c.promotingStructs() {
		if types.Implements(st, iface) {
			cands = append(cands, st)
		}
		if types.Implements(types.NewPointer(st), iface) {
			cands = append(cands, types.NewPointer(st))
		}
	}
	if iface.Empty() {
		cands = append(cands, c.cellComposites(cands)...)
	}
	return cands
}

// promotingStructs are the unnamed struct types of the cell's expressions
// with methods promoted from the cells' types they embed (struct{ Tag;
// Count int }): an interface may hold one, and fmt calls the promoted
// String. Sorted by name.
func (c *cell) promotingStructs() []types.Type {
	if c.promoting != nil {
		return c.promoting
	}
	byName := map[string]types.Type{}
	for _, tv := range c.Info.Types {
		if !tv.IsValue() || !c.promotesCellMethods(tv.Type) {
			continue
		}
		st := tv.Type
		if p, ok := st.(*types.Pointer); ok {
			st = p.Elem()
		}
		if _, ok := c.typeString(st); ok {
			byName[types.TypeString(st, nil)] = st
		}
	}
	c.promoting = sortedTypes(byName)
	return c.promoting
}

// cellInstances are the instances of the session's generic types that
// the cell's expressions have (Box[int] of &Box[int]{}), with no type
// parameter among their type arguments: an interface may hold one, and
// %T of it needs its name (yaegi printed struct { Xitems []int }).
// Sorted by name, so that a cell lowers the same way each time.
//
// None inside a generic function or method, where yaegi fails on a type
// switch naming an instance (CFG post-order panic).
func (c *cell) cellInstances(pos token.Pos) []*types.Named {
	if c.inGenericFunc(pos) {
		return nil
	}
	return c.allInstances()
}

// allInstances are the instances cellInstances lists, wherever the cell
// names them.
func (c *cell) allInstances() []*types.Named {
	if c.instances != nil {
		return c.instances
	}
	byName := map[string]*types.Named{}
	for _, tv := range c.Info.Types {
		t := tv.Type
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		if !ok || n.TypeArgs().Len() == 0 || n.Obj().Pkg() != c.Pkg || hasTypeParam(n) {
			continue
		}
		if _, isIface := n.Underlying().(*types.Interface); isIface {
			continue
		}
		if _, ok := c.typeString(n); ok {
			byName[types.TypeString(n, nil)] = n
		}
	}
	// And those the cell's calls of generic functions make in their
	// bodies (registerMadeInstance).
	ast.Inspect(c.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			for _, m := range c.calleeMadeInstances(call) {
				if _, isIface := m.Underlying().(*types.Interface); !isIface {
					if _, ok := c.typeString(m); ok {
						byName[types.TypeString(m, nil)] = m
					}
				}
			}
		}
		return true
	})
	names := make([]string, 0, len(byName))
	for name := range byName {
		names = append(names, name)
	}
	sort.Strings(names)
	c.instances = make([]*types.Named, 0, len(names))
	for _, name := range names {
		c.instances = append(c.instances, byName[name])
	}
	return c.instances
}

// cellComposites are the slices, arrays and maps of the cells' struct
// types ([]User, map[string]*Address) that the cell's expressions have,
// and the slices and string-keyed maps of each struct type of named (and
// of pointers to it): an
// interface{} may hold one, and %T, %v and reflect.TypeOf of it need its
// names (yaegi printed []struct { Name string }). Sorted by name, so that
// a cell lowers the same way each time.
func (c *cell) cellComposites(named []types.Type) []types.Type {
	if c.composites != nil {
		return c.composites
	}
	byName := map[string]types.Type{}
	// A slice or string-keyed map of a struct type, or of pointers to
	// one, may come from a later cell, which this cell's code cannot list.
	for _, t := range named {
		if _, isPtr := t.(*types.Pointer); !isPtr && structShape(t) {
			str := types.Typ[types.String]
			for _, s := range []types.Type{types.NewSlice(t), types.NewSlice(types.NewPointer(t)),
				types.NewMap(str, t), types.NewMap(str, types.NewPointer(t))} {
				byName[types.TypeString(s, nil)] = s
			}
		}
	}
	shapes := map[string]bool{}
	for _, t := range named {
		shapes[shape(t)] = true
	}
	for _, tv := range c.Info.Types {
		if !tv.IsValue() || !(compositeOfStruct(tv.Type) && c.mentionsCellType(tv.Type) || c.namesFields(tv.Type) && !shapes[shape(tv.Type)]) {
			// (An unnamed struct of a named one's structure is the
			// other's twin, refused where it matters: refuseAnonymousTwin.)
			continue
		}
		if hasTypeParam(tv.Type) {
			// []Pair[B] of a generic function's body: a resolver
			// elsewhere cannot name B (yaegi's CFG panicked on it).
			continue
		}
		if _, ok := c.typeString(tv.Type); ok {
			byName[types.TypeString(tv.Type, nil)] = tv.Type
		}
	}
	c.composites = sortedTypes(byName)
	return c.composites
}

// namesFields reports an unnamed struct type that yaegi prints otherwise
// than Go: with a field of an unexported name (Xname) or of the cells'
// types (struct { in main.inner }).
func (c *cell) namesFields(t types.Type) bool {
	st, ok := types.Unalias(t).(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if !st.Field(i).Exported() {
			return true
		}
	}
	return c.mentionsCellType(t)
}

// compositeOfStruct reports an unnamed slice, array or map whose
// elements are (pointers to) structs, or composites of them: no compiled
// value has the structure yaegi gives one of the cells' such types.
func compositeOfStruct(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Slice:
		return structShape(u.Elem()) || compositeOfStruct(u.Elem())
	case *types.Array:
		return structShape(u.Elem()) || compositeOfStruct(u.Elem())
	case *types.Map:
		return structShape(u.Elem()) || compositeOfStruct(u.Elem())
	}
	return false
}

// inGenericFunc reports whether pos is inside a generic function or a
// method of a generic type.
func (c *cell) inGenericFunc(pos token.Pos) bool {
	for _, d := range c.File.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || pos < fd.Pos() || pos >= fd.End() {
			continue
		}
		if fd.Type.TypeParams != nil {
			return true
		}
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			recv := fd.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			switch recv.(type) {
			case *ast.IndexExpr, *ast.IndexListExpr:
				return true
			}
		}
	}
	return false
}

// embedsCellType reports whether the struct type st embeds one of the
// cells' types, or a pointer to one.
func (c *cell) embedsCellType(st types.Type) bool {
	s, ok := types.Unalias(st).(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		t := f.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if f.Embedded() && c.isCellType(t) {
			return true
		}
	}
	return false
}

// holdsInstance reports whether a struct type of the cells has a field
// whose type is, or is made of, an instance of a generic type of the
// cells.
func (c *cell) holdsInstance(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	instance := func(u types.Type) bool {
		n, ok := types.Unalias(u).(*types.Named)
		return ok && n.TypeArgs().Len() > 0 && n.Obj().Pkg() == c.Pkg
	}
	for i := 0; i < st.NumFields(); i++ {
		if anyType(st.Field(i).Type(), instance) {
			return true
		}
	}
	return false
}

// sortedTypes returns the types of byName in the order of their names, so
// that a cell lowers the same way each time.
func sortedTypes(byName map[string]types.Type) []types.Type {
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]types.Type, 0, len(names))
	for _, n := range names {
		out = append(out, byName[n])
	}
	return out
}
