package lower

import (
	"go/ast"
	"go/types"
)

// container/heap runs interpreted (stdsrc), because the compiled heap's
// calls of a cell's Pop lost the types of interface values it returned.
// The interpreted heap is slower (20,000 pushes and pops of ints: 2.1 s
// against 1.3 s), so a heap whose elements cannot lose their types keeps
// the compiled functions: a slice type of the cells whose element is not
// an interface and has no methods ([]int, []*Item, []Event).

// compiledHeapCall reports a call of container/heap's functions on such a
// heap, which the lowering leaves to the compiled package.
func (c *cell) compiledHeapCall(path string, n *ast.SelectorExpr) bool {
	if path != "container/heap" {
		return false
	}
	call, ok := c.parent().(*ast.CallExpr)
	if !ok || call.Fun != n || len(call.Args) == 0 {
		return false
	}
	t := c.Info.TypeOf(call.Args[0])
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || !c.isCellType(named) {
		return false
	}
	if promotesCompiledSortMethods(named) {
		// struct{ sort.IntSlice }: the interpreted heap found no Len
		// in the compiled type's promoted methods (a CFG panic).
		return true
	}
	s, ok := named.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	elem := s.Elem()
	return !types.IsInterface(elem) && types.NewMethodSet(elem).Len() == 0 && !hasTypeParam(elem)
}

// promotesCompiledSortMethods reports a type whose Len, Less or Swap is a
// compiled package's method, promoted from an embedded field.
func promotesCompiledSortMethods(named *types.Named) bool {
	ms := types.NewMethodSet(types.NewPointer(named))
	for _, name := range []string{"Len", "Less", "Swap"} {
		sel := ms.Lookup(nil, name)
		if sel != nil && sel.Obj().Pkg() != nil && sel.Obj().Pkg() != named.Obj().Pkg() {
			return true
		}
	}
	return false
}
