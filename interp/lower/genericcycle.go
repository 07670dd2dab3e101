package lower

import (
	"go/ast"
	"go/types"
)

// refuseGenericCycle refuses a generic type whose fields lead, through
// another generic type of the cells, back to itself (a List[T] holding an
// Element[T] that points back to its *List[T]): yaegi instantiates the
// types a generic type's fields name before it records the instance, so
// instantiating either type never ended, and the stack overflow killed
// the session's process. A generic type naming only itself (a Node[T]
// with a *Node[T]) is fine.
func (c *cell) refuseGenericCycle(spec *ast.TypeSpec) {
	if spec.TypeParams == nil {
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	var path []*types.TypeName
	onPath := map[*types.TypeName]bool{}
	var visit func(t *types.TypeName) bool
	visit = func(t *types.TypeName) bool {
		if onPath[t] {
			return t == tn
		}
		onPath[t] = true
		path = append(path, t)
		for _, next := range c.genericFieldTypes(t) {
			if next == t {
				continue // itself, which yaegi resolves
			}
			if visit(next) {
				return true
			}
		}
		path = path[:len(path)-1]
		return false
	}
	if !visit(tn) || len(path) < 2 {
		return
	}
	other := path[1]
	c.fail(spec, "a pair of generic types, "+tn.Name()+" and "+other.Name()+", whose fields refer to each other (the interpreter's instantiation of the one needs the other's first, without end)",
		"make one of them non-generic, or let "+other.Name()+" hold its "+tn.Name()+" in an interface (a field of type any)")
}

// genericFieldTypes returns the generic types of the cells whose
// instances the underlying type of the generic type tn names.
func (c *cell) genericFieldTypes(tn *types.TypeName) []*types.TypeName {
	named, ok := tn.Type().(*types.Named)
	if !ok || named.TypeParams().Len() == 0 {
		return nil
	}
	var out []*types.TypeName
	collect := func(u types.Type) bool {
		if x, ok := u.(*types.Named); ok && x.TypeArgs().Len() > 0 && x.Obj().Pkg() == c.Pkg {
			out = append(out, x.Origin().Obj())
		}
		return false
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			anyType(u.Field(i).Type(), collect)
		}
	default:
		anyType(u, collect)
	}
	return out
}
