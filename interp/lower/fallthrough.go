package lower

import (
	"go/ast"
	"go/token"
	"strings"
)

// lowerFallthroughDefault writes a switch that falls through into or out
// of a default clause that is not the last one with a case in place of
// the default, true when no other case is:
//
//	switch x { case 0: a; fallthrough; default: b; case 1: c }   becomes
//	{ _gbpT1 := x; switch { case _gbpT1 == 0: a; fallthrough; case !(_gbpT1 == 0 || _gbpT1 == 1): b; case _gbpT1 == 1: c } }
//
// yaegi orders the clauses with default last, and fallthrough went to the
// clause after the default in that order: `case 0` fell into `case 1`,
// silently. The other cases' expressions are evaluated again for the
// default's; a labelled switch is refused. It reports whether it took the
// switch, whose init statement it has moved.
func (c *cell) lowerFallthroughDefault(sw *ast.SwitchStmt) bool {
	clauses := sw.Body.List
	def := -1
	for i, cl := range clauses {
		if cl.(*ast.CaseClause).List == nil {
			def = i
		}
	}
	if def < 0 || def == len(clauses)-1 || !hasFallthrough(sw) {
		return false
	}
	if _, labeled := c.parent().(*ast.LabeledStmt); labeled {
		c.fail(sw, "fallthrough in a labelled switch whose default clause is not the last",
			"move the default clause to the end")
		return true
	}
	// The init statement and the tag's value go in a block around the
	// switch (as the switch's own init, yaegi failed in a loop).
	tag := ""
	if sw.Tag != nil {
		tag = c.newName("T")
	}
	switch {
	case sw.Init != nil && tag != "":
		c.replace(sw.Pos(), sw.Init.Pos(), "{ ")
		c.replace(sw.Init.End(), sw.Tag.Pos(), "; "+tag+" := ")
		c.replace(sw.Tag.End(), sw.Body.Lbrace, "; switch ")
	case sw.Init != nil:
		c.replace(sw.Pos(), sw.Init.Pos(), "{ ")
		c.replace(sw.Init.End(), sw.Body.Lbrace, "; switch ")
	case tag != "":
		c.insert(sw.Pos(), "{ "+tag+" := ")
		c.replace(sw.Pos(), sw.Tag.Pos(), "")
		c.replace(sw.Tag.End(), sw.Body.Lbrace, "; switch ")
	}
	if sw.Init != nil || tag != "" {
		c.insertLast(sw.End(), " }")
	}
	// Only an operand that binds looser than == goes in parentheses:
	// yaegi read t == (1) as an int where a bool was due.
	loose := func(e ast.Expr) bool {
		b, ok := e.(*ast.BinaryExpr)
		return ok && b.Op.Precedence() <= token.EQL.Precedence()
	}
	open, shut := func(e ast.Expr) string {
		if loose(e) {
			return "("
		}
		return ""
	}, func(e ast.Expr) string {
		if loose(e) {
			return ")"
		}
		return ""
	}
	cond := func(e ast.Expr) string {
		if tag == "" {
			return "(" + c.text(e) + ")"
		}
		return tag + " == " + open(e) + c.text(e) + shut(e)
	}
	var all []string
	for i, cl := range clauses {
		cc := cl.(*ast.CaseClause)
		if i == def {
			continue
		}
		for j, e := range cc.List {
			all = append(all, cond(e))
			if tag != "" {
				c.insert(e.Pos(), tag+" == "+open(e))
				c.insertLast(e.End(), shut(e))
			}
			if j > 0 {
				c.replace(cc.List[j-1].End(), e.Pos(), " || ")
			}
		}
	}
	d := clauses[def].(*ast.CaseClause)
	c.replace(d.Case, d.Colon, "case !("+strings.Join(all, " || ")+")")
	return true
}

// hasFallthrough reports a fallthrough statement of the switch itself.
func hasFallthrough(sw *ast.SwitchStmt) bool {
	for _, cl := range sw.Body.List {
		body := cl.(*ast.CaseClause).Body
		if len(body) > 0 {
			if b, ok := body[len(body)-1].(*ast.BranchStmt); ok && b.Tok.String() == "fallthrough" {
				return true
			}
		}
	}
	return false
}
