package lower

import (
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
			if types.Implements(n, iface) {
				cands = append(cands, n)
			}
			if _, isPtr := n.Underlying().(*types.Pointer); !isPtr && types.Implements(types.NewPointer(n), iface) {
				cands = append(cands, types.NewPointer(n))
			}
		}
	}
	if iface.Empty() {
		cands = append(cands, c.cellComposites(cands)...)
	}
	return cands
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
	for _, tv := range c.Info.Types {
		if !tv.IsValue() || !compositeOfStruct(tv.Type) || !c.mentionsCellType(tv.Type) {
			continue
		}
		if _, ok := c.typeString(tv.Type); ok {
			byName[types.TypeString(tv.Type, nil)] = tv.Type
		}
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	c.composites = make([]types.Type, 0, len(names))
	for _, n := range names {
		c.composites = append(c.composites, byName[n])
	}
	return c.composites
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
