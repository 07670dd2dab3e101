package lower

import (
	"go/types"
	"strconv"
	"strings"
)

// Two struct types of the cells with one structure (a Dog and a Fish of
// one field `name string`) are one type to reflect, and in an interface{}
// yaegi could not tell them apart: %T failed, and a type switch or an
// assertion that had to tell them apart was refused. Their values are
// boxed where Go converts them to interface{}, as named numbers are
// (boxnamed.go), and the box keeps the type's name. Not when one of them
// is an error: an error's box (boxerror.go) is taken apart by its value.

// twinStruct reports whether t, a named struct type of the cells, has a
// twin of one structure among the cells' types, none of them an error.
func (c *cell) twinStruct(t *types.Named) bool {
	if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
		return false
	}
	if v, ok := c.twins[t]; ok {
		return v
	}
	if c.twins == nil {
		c.twins = map[*types.Named]bool{}
	}
	c.twins[t] = false // (a struct holding itself through a pointer)
	errorIface := errorType.Underlying().(*types.Interface)
	want := shape(t)
	found := false
	for _, tn := range c.concreteTypeNames() {
		u, ok := tn.Type().(*types.Named)
		if !ok || u == t || u.TypeParams().Len() > 0 {
			continue
		}
		if _, isStruct := u.Underlying().(*types.Struct); !isStruct || shape(u) != want {
			continue
		}
		if types.Implements(u, errorIface) || types.Implements(types.NewPointer(u), errorIface) {
			return false
		}
		found = true
	}
	if types.Implements(t, errorIface) || types.Implements(types.NewPointer(t), errorIface) {
		found = false
	}
	c.twins[t] = found
	return found
}

// twinNames names, for t a struct type with twins or a pointer to one,
// its twins as reflect prints them ("main.Size or main.Area"), or "".
func (c *cell) twinNames(t types.Type) string {
	prefix := ""
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		prefix, t = "*", p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || !c.twinStruct(named) {
		return ""
	}
	var names []string
	for _, tn := range c.concreteTypeNames() {
		u, ok := tn.Type().(*types.Named)
		if ok && u != named && u.TypeParams().Len() == 0 && shape(u) == shape(named) {
			names = append(names, prefix+reflectName(u))
		}
	}
	return strings.Join(names, " or ")
}

// boxedOthers is the part of asInterface's function that answers for a box
// of a type that does not implement the target: false, or Go's panic.
func (c *cell) boxedOthers(target types.Type, others []types.Type, qualified string, comma bool) string {
	var b strings.Builder
	for _, other := range others {
		if !c.boxedNamed(other) {
			continue
		}
		b.WriteString("if _, ok := _gbp.UnboxAs(x, " + strconv.Quote(reflectName(other)) + "); ok { ")
		if comma {
			b.WriteString("return nil, false }; ")
		} else {
			b.WriteString("panic(_gbp.RuntimeError(" + strconv.Quote(conversionMessage(other, target.Underlying().(*types.Interface), qualified)) + ")) }; ")
		}
	}
	return b.String()
}
