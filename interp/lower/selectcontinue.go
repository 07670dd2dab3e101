package lower

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// lowerSelectBranches makes break and continue inside a select's case do
// what Go does. yaegi's continue there acted as a break (the rest of the
// loop body ran), and a break inside an if or a block in the case left
// the enclosing loop instead of the select - both silently; its break
// directly in a case, and its goto, are right. So such a break becomes a
// goto to a label after the select, and a continue sets a flag first, for
// the continue after the select:
//
//	select { case v := <-ch: if v == 2 { break }; if v == 3 { continue }; n += v }
//	becomes
//	{ var _gbpC2 bool; select { case v := <-ch: if v == 2 { goto _gbpSel1 }; if v == 3 { _gbpC2 = true; goto _gbpSel1 }; n += v }; _gbpSel1: ; if _gbpC2 { continue } }
//
// A break or continue inside a loop, a switch, another select or a
// function literal within the case belongs to those and is left alone.
func (c *cell) lowerSelectBranches(n *ast.SelectStmt) {
	end := ""
	label := func() string {
		if end == "" {
			end = c.newName("Sel")
		}
		return end
	}
	flags := map[string]string{} // "continue" or "continue L" -> its flag
	for _, stmt := range n.Body.List {
		cl := stmt.(*ast.CommClause)
		direct := map[ast.Stmt]bool{}
		for _, s := range cl.Body {
			direct[s] = true
		}
		ast.Inspect(cl, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				return false
			case *ast.BranchStmt:
				switch {
				case x.Tok == token.CONTINUE:
					stmt := "continue"
					if x.Label != nil {
						stmt += " " + x.Label.Name
					}
					flag, ok := flags[stmt]
					if !ok {
						flag = c.newName("C")
						flags[stmt] = flag
					}
					c.replace(x.Pos(), x.End(), flag+" = true; goto "+label())
				case x.Tok == token.BREAK && x.Label == nil && !direct[x]:
					c.replace(x.Pos(), x.End(), "goto "+label())
				}
			}
			return true
		})
	}
	if end == "" {
		return
	}
	stmts := make([]string, 0, len(flags))
	for stmt := range flags {
		stmts = append(stmts, stmt)
	}
	sort.Strings(stmts)
	open, after := "{ ", "; "+end+": ;"
	if len(stmts) > 0 {
		var names []string
		for _, stmt := range stmts {
			names = append(names, flags[stmt])
			after += " if " + flags[stmt] + " { " + stmt + " };"
		}
		open += "var " + strings.Join(names, ", ") + " bool; "
	}
	start := ast.Node(n)
	if l, ok := c.parent().(*ast.LabeledStmt); ok && l.Stmt == n {
		start = l
	}
	c.insert(start.Pos(), open)
	c.insert(n.End(), after+" }")
}
