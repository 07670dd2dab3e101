package lower

import (
	"go/ast"
)

// yaegi's type switch on a value of an interface with methods never takes
// `case nil` when the value is nil: it falls to default, or past the
// switch, with no error. And default's variable is left unset there, so
// fmt's %T of it dereferenced nil.
//
//	func format(e Expr) string {
//		switch v := e.(type) {
//		case *Call: return "call " + v.Fn
//		case nil:   return "<nil>"
//		}
//		return "?"            // format(nil) returned "?"
//	}
//
// yaegi compares the value with nil right, so the nil clause's body moves
// in front of the switch, under that comparison (in a switch of its own,
// so that a break in it still leaves it); without a nil clause, default's
// variable is set from the value:
//
//	if e == nil { v := e; _ = v; switch { default: return "<nil>" } } else { switch v := e.(type) {
//	case *Call: return "call " + v.Fn
//	case nil:
//	} }
//
// The value is named again, so this is done where naming it has no
// effects: a variable, or a field of one.
func (c *cell) lowerNilTypeSwitch(n *ast.TypeSwitchStmt) {
	x := switchSubject(n)
	if x == nil || n.Init != nil || !plainOperand(x) {
		return
	}
	if _, labeled := c.parent().(*ast.LabeledStmt); labeled {
		return
	}
	if t := c.Info.TypeOf(x); t == nil || !c.ownInterfaceType(t) {
		return // (yaegi holds a compiled interface's value as Go does)
	}
	bound := ""
	if as, ok := n.Assign.(*ast.AssignStmt); ok {
		bound = as.Lhs[0].(*ast.Ident).Name
	}
	subject := c.text(x)
	var dflt *ast.CaseClause
	for _, cl := range n.Body.List {
		cc := cl.(*ast.CaseClause)
		if cc.List == nil {
			dflt = cc
		}
		if len(cc.List) == 1 && c.Info.Types[cc.List[0]].IsNil() {
			c.moveNilClause(n, cc, subject, bound)
			return
		}
	}
	if dflt != nil && bound != "" && len(dflt.Body) > 0 {
		// The variable may hide the value's own name (switch e :=
		// e.(type)): the value is kept under another.
		v := c.newName("X")
		c.insert(n.Pos(), "{ "+v+" := "+subject+"; ")
		c.insert(dflt.Body[0].Pos(), bound+" = "+v+"; ")
		c.insert(n.End(), " }")
	}
}

// moveNilClause puts the body of the switch's `case nil` clause before the
// switch, under subject == nil, and the switch in the else branch.
func (c *cell) moveNilClause(n *ast.TypeSwitchStmt, cc *ast.CaseClause, subject, bound string) {
	head := "if " + subject + " == nil { "
	if bound != "" {
		head += bound + " := " + subject + "; _ = " + bound + "; "
	}
	head += "switch { default: "
	tail := " } } else { "
	if len(cc.Body) == 0 {
		c.insert(n.Pos(), head+tail)
	} else {
		from, to, at := c.offset(cc.Body[0].Pos()), c.offset(cc.Body[len(cc.Body)-1].End()), c.offset(n.Pos())
		if from < 0 || to < from || at < 0 {
			return
		}
		c.hoists = append(c.hoists, hoist{from: from, to: to, at: at, declare: func(body string) string {
			return head + body + tail
		}})
	}
	c.insert(n.End(), " }")
}

// plainOperand reports a variable or a field of one (x, x.f.g): naming it
// twice reads the same value.
func plainOperand(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainOperand(e.X)
	}
	return false
}
