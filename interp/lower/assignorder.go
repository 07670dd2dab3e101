package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerStoreAfterCall stores the value of a call into an element after
// the call has run, as gc does: for `t.s[0] = t.add()`, where add appends
// to t.s, gc reads t.s after the call and stores into the new array; yaegi
// read it first and stored into the old one, silently (the spec leaves the
// order open; gc is the reference). The value goes into a variable first:
//
//	t.s[0] = t.add()   becomes   { _gbpS1 := t.add(); t.s[0] = _gbpS1 }
//
// Done where the value's expression names a variable the place reads
// (t in both), for a single assignment to an element or through a pointer (a
// field of an element too: t.nodes[id].Left = t.insert(...)) named by
// plain operands (no calls, which would have to run before the value's),
// in a list of statements.
func (c *cell) lowerStoreAfterCall(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 || len(c.stack) == 0 {
		return
	}
	switch c.stack[len(c.stack)-1].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return // (an if's or a for's own statement)
	}
	place := n.Lhs[0]
	if !readsElement(place) || c.indexesMap(place) || c.hasCall(place) || !c.hasCall(n.Rhs[0]) || !c.sharesVariable(place, n.Rhs[0]) {
		return
	}
	if c.rewrittenWithin(n.Pos(), n.Rhs[0].Pos()) {
		return
	}
	lhs := c.text(place)
	if lhs == "" {
		return
	}
	// Defined with :=, which keeps a generic call's value (a var
	// declaration with a type lost it), where the value has the place's
	// type: an untyped 1 << f() takes the element's type in place.
	pt, vt := c.Info.TypeOf(place), c.Info.TypeOf(n.Rhs[0])
	if pt == nil || vt == nil || !types.Identical(pt, vt) {
		return
	}
	v := c.newName("S")
	c.replace(n.Pos(), n.Rhs[0].Pos(), "{ "+v+" := ")
	c.insertFinal(n.Rhs[0].End(), "; "+lhs+" = "+v+" }")
}

// readsElement reports a place made of names, fields, elements with plain
// indexes and indirections that goes through an element or an
// indirection: t.s[0], t.nodes[id].Left, *p.
func readsElement(e ast.Expr) bool {
	through := false
	var walk func(e ast.Expr) bool
	walk = func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return true
		case *ast.SelectorExpr:
			return walk(e.X)
		case *ast.IndexExpr:
			through = true
			return reusableIndex(e.Index) && walk(e.X)
		case *ast.StarExpr:
			through = true
			return walk(e.X)
		}
		return false
	}
	return walk(e) && through
}

// sharesVariable reports whether b names a variable that a names.
func (c *cell) sharesVariable(a, b ast.Expr) bool {
	vars := map[*types.Var]bool{}
	ast.Inspect(a, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.Info.Uses[id].(*types.Var); ok {
				vars[v] = true
			}
		}
		return true
	})
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			if v, ok := c.Info.Uses[id].(*types.Var); ok && vars[v] && !v.IsField() {
				found = true
			}
		}
		return !found
	})
	return found
}

// indexesMap reports a place that indexes a map on its way (a map's
// element is found by key whatever the call does to the variable, and the
// key may be rewritten by other lowerings: interned keys).
func (c *cell) indexesMap(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if ix, ok := n.(*ast.IndexExpr); ok {
			if t := c.Info.TypeOf(ix.X); t != nil {
				if _, isMap := t.Underlying().(*types.Map); isMap {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
