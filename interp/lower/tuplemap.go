package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerTupleMapAssign writes an assignment to a list that holds a map
// element as an assignment of variables:
//
//	s, m["a"] = f()   becomes   func() { _gbpA1, _gbpA2 := f(); s, m["a"] = _gbpA1, _gbpA2 }()
//
// yaegi dropped the map element's store, silently (m stayed empty), for a
// call's results, and for values among which is a call (order,
// indeg[n] = append(order, n), -1); an assignment of variables works. A literal call keeps it one simple
// statement, as an if's or a for's init needs.
func (c *cell) lowerTupleMapAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 {
		return
	}
	if len(n.Rhs) > 1 {
		// Values beside a composite literal become one call
		// (lowerCompositeAmong): the same then.
		composite, call := false, false
		for _, r := range n.Rhs {
			switch ast.Unparen(r).(type) {
			case *ast.CompositeLit:
				composite = true
			case *ast.CallExpr:
				call = true
			}
		}
		if !composite && !call || composite && !c.rewrittenWithin(n.Rhs[0].Pos(), n.Rhs[len(n.Rhs)-1].End()) {
			return // (lowerCompositeAmong, which runs first, made no call)
		}
		if !composite && c.rewrittenWithin(n.Pos(), n.End()) {
			return // lowerMixedAssign's variables already
		}
	}
	mapElem := false
	for _, l := range n.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if _, isMap := c.Info.TypeOf(ix.X).Underlying().(*types.Map); isMap {
				mapElem = true
			}
		}
	}
	if !mapElem {
		return
	}
	tmps := make([]string, len(n.Lhs))
	for i := range tmps {
		tmps[i] = c.newName("A")
	}
	lhs := c.Src[c.offset(n.Lhs[0].Pos()):c.offset(n.Lhs[len(n.Lhs)-1].End())]
	c.insert(n.Pos(), "func() { "+strings.Join(tmps, ", ")+" := ")
	c.replace(n.Lhs[0].Pos(), n.Rhs[0].Pos(), "")
	c.insertLast(n.End(), "; "+lhs+" = "+strings.Join(tmps, ", ")+" }()")
}

// lowerCompiledFieldAssign converts the value of an expression assigned to
// an interface field of a compiled package's struct to the field's type
// first:
//
//	e.Value = i + 1   becomes   e.Value = any(i + 1)
//
// yaegi stored nothing, and the cell stopped there with no output and no
// error (container/list's e.Value, ring's r.Value); a variable, constant,
// call or conversion to the interface is stored right.
func (c *cell) lowerCompiledFieldAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
		return
	}
	for i, l := range n.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		field, ok := c.Info.Uses[sel.Sel].(*types.Var)
		if !ok || !field.IsField() || field.Pkg() == nil || field.Pkg() == c.Pkg || !types.IsInterface(field.Type()) {
			continue
		}
		r := n.Rhs[i]
		if tv := c.Info.Types[r]; tv.Value != nil || tv.IsNil() {
			continue
		}
		switch ast.Unparen(r).(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr, *ast.CallExpr, *ast.IndexExpr, *ast.StarExpr:
		default:
			continue
		}
		ts, ok := c.typeString(field.Type())
		if !ok {
			continue
		}
		c.insert(r.Pos(), ts+"(")
		c.insertLast(r.End(), ")")
	}
}
