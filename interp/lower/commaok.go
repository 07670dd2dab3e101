package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerCommaOkAssign assigns both results of a comma-ok expression as Go
// does. yaegi's `v, ok = m[k]` (assignment, not definition) leaves v as it
// was when the key is missing instead of setting the zero value; the
// definition form is right, so the assignment takes its values from one:
//
//	v, ok = m[k]   becomes   v, ok = func() (int, bool) { v, ok := m[k]; return v, ok }()
func (c *cell) lowerCommaOkAssign(n *ast.AssignStmt) {
	if n.Tok == token.DEFINE {
		c.lowerTopLevelCommaOk(n)
		c.lowerLoopCommaOk(n)
		return
	}
	if n.Tok != token.ASSIGN || len(n.Lhs) != 2 || len(n.Rhs) != 1 || !isCommaOk(n.Rhs[0]) {
		return
	}
	if cc, ok := c.parent().(*ast.CommClause); ok && cc.Comm == n {
		return // a select's case: selects are lowered whole (selectcases.go)
	}
	t := c.Info.Types[n.Lhs[0]].Type
	if id, ok := n.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
		// Only ok is kept, and yaegi sets it right - but for a
		// receive, whose value it stored in whatever variable sat
		// where the blank's would be ("reflect.Set: value of type int
		// is not assignable to type chan int").
		recv, isRecv := ast.Unparen(n.Rhs[0]).(*ast.UnaryExpr)
		if !isRecv || recv.Op != token.ARROW {
			return
		}
		ch, _ := c.Info.TypeOf(recv.X).Underlying().(*types.Chan)
		if ch == nil {
			return
		}
		t = ch.Elem()
	}
	c.commaOkFromCall(n.Rhs[0], t)
}

// commaOkFromCall makes the comma-ok expression e (whose value has type
// t) the results of a call, inserted around e so that its own lowerings
// stay:
//
//	m[k]   becomes   func() (int, bool) { v, ok := m[k]; return v, ok }()
func (c *cell) commaOkFromCall(e ast.Expr, t types.Type) {
	if t == nil {
		return
	}
	ts, ok := c.typeString(t)
	if !ok {
		return
	}
	c.insert(e.Pos(), "func() ("+ts+", bool) { v, ok := ")
	c.insert(e.End(), "; return v, ok }()")
}

// isCommaOk reports the expressions that give a second, boolean result:
// a map index, a type assertion, a receive.
func isCommaOk(e ast.Expr) bool {
	switch r := ast.Unparen(e).(type) {
	case *ast.IndexExpr, *ast.TypeAssertExpr:
		return true
	case *ast.UnaryExpr:
		return r.Op == token.ARROW
	}
	return false
}

// lowerTopLevelCommaOk defines the variables of a comma-ok statement at a
// cell's top level first and then assigns them: yaegi fails on
// `v, ok := m[k]` in its global scope ("panic: nil type"), and the
// assignment is lowered as above.
//
//	v, ok := m[k]   becomes   var v int; var ok bool; v, ok = func() (int, bool) { v, ok := m[k]; return v, ok }()
func (c *cell) lowerTopLevelCommaOk(n *ast.AssignStmt) {
	if c.Body == nil || len(n.Lhs) != 2 || len(n.Rhs) != 1 || !isCommaOk(n.Rhs[0]) || len(c.stack) == 0 || c.stack[len(c.stack)-1] != c.Body.Body {
		return
	}
	var decls string
	var types [2]string
	for i, l := range n.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return
		}
		t := c.Info.TypeOf(id)
		if i == 0 && t == nil {
			// v is _: the first result's type is the expression's.
			t = c.Info.TypeOf(n.Rhs[0])
		}
		if t == nil {
			return
		}
		ts, ok := c.typeString(t)
		if !ok {
			return
		}
		types[i] = ts
		if id.Name != "_" && c.Info.Defs[id] != nil {
			decls += "var " + id.Name + " " + ts + "; "
		}
	}
	if types[1] != "bool" {
		types[1] = "bool"
	}
	c.replace(n.Pos(), n.Rhs[0].Pos(), decls+c.text(n.Lhs[0])+", "+c.text(n.Lhs[1])+" = func() ("+types[0]+", "+types[1]+") { v, ok := ")
	c.replace(n.Rhs[0].End(), n.End(), "; return v, ok }()")
}

// lowerLoopCommaOk defines the variables of a comma-ok statement in a
// loop from a call. yaegi keeps one slot per variable for the whole loop
// and a failed assertion, missing key or closed channel left the value
// of the previous iteration in it: `p, ok := x.(*E)` gave ok false and p
// still the last iteration's pointer. In a call the variable starts at
// zero:
//
//	v, ok := m[k]   becomes   v, ok := func() (int, bool) { v, ok := m[k]; return v, ok }()
func (c *cell) lowerLoopCommaOk(n *ast.AssignStmt) {
	if len(n.Lhs) != 2 || len(n.Rhs) != 1 || !isCommaOk(n.Rhs[0]) || len(c.enclosingLoops()) == 0 {
		return
	}
	if _, inSelect := c.stack[len(c.stack)-1].(*ast.CommClause); inSelect {
		return // a select case must stay a receive; yaegi sets both there
	}
	id, ok := n.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" {
		return // only ok is kept, and yaegi sets it right
	}
	t := c.Info.TypeOf(id)
	if obj := c.Info.Defs[id]; obj != nil {
		t = obj.Type()
	}
	c.commaOkFromCall(n.Rhs[0], t)
}

// commaOk reports whether an assertion gives two results.
func (c *cell) commaOk(n *ast.TypeAssertExpr) bool {
	if len(c.stack) == 0 {
		return false
	}
	switch p := c.stack[len(c.stack)-1].(type) {
	case *ast.AssignStmt:
		return len(p.Lhs) == 2 && len(p.Rhs) == 1 && ast.Unparen(p.Rhs[0]) == n
	case *ast.ValueSpec:
		return len(p.Names) == 2 && len(p.Values) == 1 && ast.Unparen(p.Values[0]) == n
	}
	return false
}

// commaOkBlank reports whether a comma-ok assertion discards its value
// (_, ok := x.(T)).
func (c *cell) commaOkBlank(n *ast.TypeAssertExpr) bool {
	if !c.commaOk(n) {
		return false
	}
	switch p := c.stack[len(c.stack)-1].(type) {
	case *ast.AssignStmt:
		id, ok := p.Lhs[0].(*ast.Ident)
		return ok && id.Name == "_"
	case *ast.ValueSpec:
		return p.Names[0].Name == "_"
	}
	return false
}
