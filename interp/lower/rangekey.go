package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerRangeKeyAssigned gives the iteration a key of its own when the body
// assigns the key variable. yaegi counts the iterations of a range over a
// slice with the key variable itself, so `for k := range xs { k *= 2 }`
// skipped elements - silently - where Go's assignment changes only that
// iteration's copy:
//
//	for k, v := range xs { k *= 2; ... }   becomes   for _gbpK1, v := range xs { k := _gbpK1; k *= 2; ... }
func (c *cell) lowerRangeKeyAssigned(n *ast.RangeStmt) {
	if n.Tok != token.DEFINE || n.Key == nil {
		return
	}
	key, ok := n.Key.(*ast.Ident)
	if !ok || key.Name == "_" {
		return
	}
	switch c.Info.TypeOf(n.X).Underlying().(type) {
	case *types.Slice, *types.Array, *types.Pointer: // a pointer to an array
	default:
		return // strings, ints, maps, channels and funcs: ranged right, or by range*.go
	}
	v, ok := c.Info.Defs[key].(*types.Var)
	if _, boxed := c.boxes[v]; !ok || boxed || !c.assignedIn(v, n.Body) {
		return
	}
	k := c.newName("K")
	c.replace(key.Pos(), key.End(), k)
	c.insert(n.Body.Lbrace+1, " "+key.Name+" := "+k+";")
}

// assignedIn reports whether body assigns v, increments it or takes its
// address.
func (c *cell) assignedIn(v *types.Var, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(x ast.Node) bool {
		write, addr := c.writeOf(v, x)
		found = found || write || addr
		return !found
	})
	return found
}

// writeOf reports whether the node x itself assigns or increments v
// (write), or takes its address (addr).
func (c *cell) writeOf(v *types.Var, x ast.Node) (write, addr bool) {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && c.Info.Uses[id] == v
	}
	// partOf: e is v, or a field or array element of v itself (writing
	// it writes v; an element of a slice or map does not).
	var partOf func(e ast.Expr) bool
	partOf = func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if sel, ok := c.Info.Selections[e]; ok && sel.Kind() == types.FieldVal && !sel.Indirect() {
				return partOf(e.X)
			}
		case *ast.IndexExpr:
			if _, isArray := c.Info.TypeOf(e.X).Underlying().(*types.Array); isArray {
				return partOf(e.X)
			}
		}
		return is(e)
	}
	switch x := x.(type) {
	case *ast.AssignStmt:
		if x.Tok != token.DEFINE {
			for _, l := range x.Lhs {
				write = write || partOf(l)
			}
		}
	case *ast.IncDecStmt:
		write = partOf(x.X)
	case *ast.UnaryExpr:
		addr = x.Op == token.AND && partOf(x.X)
	case *ast.SelectorExpr:
		// A pointer-receiver method called on the variable takes its
		// address (wg.Done(), mu.Lock()).
		if sel, ok := c.Info.Selections[x]; ok && sel.Kind() != types.FieldVal && partOf(x.X) {
			if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
				_, ptrRecv := sig.Recv().Type().(*types.Pointer)
				_, ptrVar := c.Info.TypeOf(x.X).Underlying().(*types.Pointer)
				addr = ptrRecv && !ptrVar
			}
		}
	}
	return write, addr
}
