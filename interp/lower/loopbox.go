package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A loopBox is the fresh variable each iteration of a three-clause loop
// keeps one of its loop variables in (lowerLoopBox).
type loopBox struct {
	name string
	body *ast.BlockStmt
}

// lowerLoopBox gives each iteration of a three-clause loop a variable of
// its own, as Go 1.22 does, for a loop variable that a function literal
// or a pointer keeps past the point where the body assigns it:
//
//	for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }); i++ }
//
// yaegi keeps one slot per variable for the whole loop, and a copy made
// with the literal (lowerLoopClosure) would miss the body's later
// assignment. The iteration's variable becomes a new one, made at the
// start of the body from the loop's; the body and its literals use it
// through a pointer, and the loop's variable takes its value back before
// the post statement steps it:
//
//	for i, _gbpB1 := 0, (*int)(nil); i < 3; func() { i = *_gbpB1; i++ }() {
//		_gbpB1 = new(int); *_gbpB1 = i; fs = append(fs, func(_gbpB1 *int) func() int { return func() int { return (*_gbpB1) } }(_gbpB1)); (*_gbpB1)++ }
//
// Literals take the pointer of their iteration as an argument
// (loopVarParams), so each sees the variable of the iteration that made
// it, and the changes made to it afterwards.
func (c *cell) lowerLoopBox(n *ast.ForStmt) {
	init, ok := n.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != len(init.Rhs) {
		return
	}
	ids, typs := c.keptVars(init.Lhs, n, n.Body)
	var names, nils, takes, backs, from []string
	for i, id := range ids {
		box, t := c.newBox(id, n.Body), typs[i]
		names = append(names, box)
		nils = append(nils, "(*"+t+")(nil)")
		takes = append(takes, box+" = new("+t+"); *"+box+" = "+id.Name+";")
		backs = append(backs, id.Name)
		from = append(from, "*"+box)
	}
	if len(names) == 0 {
		return
	}
	c.insert(init.Lhs[len(init.Lhs)-1].End(), ", "+strings.Join(names, ", "))
	c.insert(init.Rhs[len(init.Rhs)-1].End(), ", "+strings.Join(nils, ", "))
	for _, t := range takes {
		c.insertFirst(n.Body.Lbrace+1, " "+t)
	}
	back := strings.Join(backs, ", ") + " = " + strings.Join(from, ", ")
	if n.Post == nil {
		c.insert(n.Body.Lbrace, back+" ")
		return
	}
	c.insertFirst(n.Post.Pos(), "func() { "+back+"; ")
	c.insertLast(n.Post.End(), " }()")
}

// keptPastAssignment reports a variable of loop's header that the body
// both assigns (or takes the address of) and lets outlive the moment:
// a function literal that uses it after an assignment a copy would miss
// (assignedInLoop), or a pointer to it taken in a body that assigns it.
func (c *cell) keptPastAssignment(v *types.Var, loop ast.Stmt, body *ast.BlockStmt) bool {
	loops := []ast.Stmt{loop}
	kept := false
	ast.Inspect(body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			if c.usesVar(x.Body, v) && c.assignedInLoop(v, loops, x) {
				kept = true
			}
		case *ast.UnaryExpr:
			if _, addr := c.writeOf(v, x); addr && c.writesIn(v, body) {
				kept = true
			}
		}
		return !kept
	})
	return kept
}

// usesVar reports whether n names v.
func (c *cell) usesVar(n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && c.Info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// writesIn reports whether body assigns v or increments it.
func (c *cell) writesIn(v *types.Var, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(x ast.Node) bool {
		write, _ := c.writeOf(v, x)
		found = found || write
		return !found
	})
	return found
}

// boxOf returns the box of the loop variable id names when id is in the
// body of the loop that keeps it in one.
func (c *cell) boxOf(id *ast.Ident) (loopBox, bool) {
	v, ok := c.Info.Uses[id].(*types.Var)
	if !ok {
		return loopBox{}, false
	}
	b, ok := c.boxes[v]
	if !ok || id.Pos() < b.body.Pos() || id.Pos() >= b.body.End() {
		return loopBox{}, false
	}
	return b, true
}

// lowerBoxedUse makes a use of a boxed loop variable in its loop's body
// one of the iteration's variable.
func (c *cell) lowerBoxedUse(id *ast.Ident) {
	if b, ok := c.boxOf(id); ok {
		c.replace(id.Pos(), id.End(), "(*"+b.name+")")
	}
}

// lowerRangeBox gives each iteration of a range loop a variable of its
// own for a loop variable that a function literal or a pointer keeps past
// the point where the body assigns it, as lowerLoopBox does for a
// three-clause loop. The range's variables are the iteration's already;
// the body and its literals use the box made from them at its start:
//
//	for _, v := range xs { fs = append(fs, func() string { return v }); v += "!" }
//
// becomes
//
//	for _, v := range xs { _gbpB1 := new(string); *_gbpB1 = v; fs = append(fs, func(_gbpB1 *string) ... }(_gbpB1)); (*_gbpB1) += "!" }
func (c *cell) lowerRangeBox(n *ast.RangeStmt) {
	if n.Tok != token.DEFINE {
		return
	}
	ids, typs := c.keptVars([]ast.Expr{n.Key, n.Value}, n, n.Body)
	for i, id := range ids {
		box := c.newBox(id, n.Body)
		// After the body's declarations of the range's variables other
		// lowerings put there (rangestring.go, rangechanelems.go, ...).
		c.insertLast(n.Body.Lbrace+1, " "+box+" := new("+typs[i]+"); *"+box+" = "+id.Name+";")
	}
}

// keptVars returns the loop variables among vars that a literal or a
// pointer keeps past an assignment in body (keptPastAssignment), and
// their types spelled; none when one of those types cannot be spelled.
func (c *cell) keptVars(vars []ast.Expr, loop ast.Stmt, body *ast.BlockStmt) ([]*ast.Ident, []string) {
	var ids []*ast.Ident
	var typs []string
	for _, e := range vars {
		id, _ := e.(*ast.Ident)
		v, _ := c.Info.Defs[id].(*types.Var)
		if id == nil || v == nil || !c.keptPastAssignment(v, loop, body) {
			continue
		}
		t, ok := c.typeString(v.Type())
		if !ok {
			return nil, nil
		}
		ids, typs = append(ids, id), append(typs, t)
	}
	return ids, typs
}

// newBox names the box of the variable id declares, used in body.
func (c *cell) newBox(id *ast.Ident, body *ast.BlockStmt) string {
	box := c.newName("B")
	if c.boxes == nil {
		c.boxes = map[*types.Var]loopBox{}
	}
	c.boxes[c.Info.Defs[id].(*types.Var)] = loopBox{name: box, body: body}
	return box
}
