package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerTupleMapAssign writes an assignment of a call's results to a list
// that holds a map element as an assignment of variables:
//
//	s, m["a"] = f()   becomes   func() { _gbpA1, _gbpA2 := f(); s, m["a"] = _gbpA1, _gbpA2 }()
//
// yaegi dropped the map element's store, silently (m stayed empty); an
// assignment of as many values works. A literal call keeps it one simple
// statement, as an if's or a for's init needs.
func (c *cell) lowerTupleMapAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 {
		return
	}
	if len(n.Rhs) > 1 {
		// Values beside a composite literal become one call
		// (lowerCompositeAmong): the same then.
		composite := false
		for _, r := range n.Rhs {
			_, isLit := ast.Unparen(r).(*ast.CompositeLit)
			composite = composite || isLit
		}
		if !composite || !c.rewrittenWithin(n.Rhs[0].Pos(), n.Rhs[len(n.Rhs)-1].End()) {
			return // (lowerCompositeAmong, which runs first, made no call)
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
