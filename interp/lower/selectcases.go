package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// lowerSelectCases writes a select statement as a switch on the session's
// select (interp/runtime_select.go). yaegi keeps one list of cases per
// select statement and fills it in at each run: goroutines running one
// select at the same moment (the workers of a pool) overwrote each
// other's channels and values - a result sent twice, another lost,
// silently. The channels and sent values are evaluated first, once, in
// source order, as Go does on entering a select:
//
//	select { case v := <-in: use(v); case out <- r: sent++; default: idle() }
//	becomes
//	_gbpCh1 := in; _gbpCh2 := out; var _gbpSend3 T = r; { _gbpSel4 := _gbp.Select(true, _gbp.Recv(_gbpCh1), _gbp.Send(_gbpCh2, _gbpSend3)); switch _gbpSel4.Index {
//	case 0: v, _ := _gbpSel4.Value.(T); use(v); case 1: sent++; case -2: idle() } }
//
// A select whose values the session cannot write or hold as themselves
// (an interface with methods, a type of the cells with methods, which
// yaegi wraps), or labelled (a break to its label would name the block),
// is left to yaegi. It reports whether it wrote the select.
func (c *cell) lowerSelectCases(sel *ast.SelectStmt) bool {
	at := ast.Stmt(sel)
	if len(c.stack) > 0 {
		if _, ok := c.stack[len(c.stack)-1].(*ast.LabeledStmt); ok {
			return false
		}
	}
	type plan struct {
		clause  *ast.CommClause
		ch      ast.Expr // nil for default
		send    ast.Expr
		recv    *ast.AssignStmt
		elem    string
		deflt   bool
		chName  string
		valName string
	}
	var plans []plan
	hasDefault := false
	for _, stmt := range sel.Body.List {
		cl := stmt.(*ast.CommClause)
		p := plan{clause: cl}
		switch comm := cl.Comm.(type) {
		case nil:
			p.deflt, hasDefault = true, true
		case *ast.SendStmt:
			p.ch, p.send = comm.Chan, comm.Value
		case *ast.ExprStmt:
			u, ok := ast.Unparen(comm.X).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				return false
			}
			p.ch = u.X
		case *ast.AssignStmt:
			u, ok := ast.Unparen(comm.Rhs[0]).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW || len(comm.Lhs) > 2 {
				return false
			}
			p.ch, p.recv = u.X, comm
		default:
			return false
		}
		if p.ch != nil {
			ch, ok := c.Info.TypeOf(p.ch).Underlying().(*types.Chan)
			if !ok || !c.plainSelectElem(ch.Elem()) {
				return false
			}
			elem, ok := c.typeString(ch.Elem())
			if !ok {
				return false
			}
			p.elem = elem
		}
		plans = append(plans, p)
	}
	if len(plans) == 0 || len(plans) == 1 && hasDefault {
		return false
	}
	sel0 := c.newName("Sel")
	var args []string
	index := 0
	for i := range plans {
		p := &plans[i]
		if p.deflt {
			c.replace(p.clause.Case, p.clause.Colon+1, "case -2:")
			continue
		}
		p.chName = c.newName("Ch")
		c.hoistBefore(p.ch, at.Pos(), p.chName, func(v string) string { return p.chName + " := " + v + "; " })
		if p.send != nil {
			p.valName = c.newName("Send")
			elem, name := p.elem, p.valName
			c.hoistBefore(p.send, at.Pos(), name, func(v string) string { return "var " + name + " " + elem + " = " + v + "; " })
			args = append(args, "_gbp.Send("+p.chName+", "+p.valName+")")
		} else {
			args = append(args, "_gbp.Recv("+p.chName+")")
		}
		c.replace(p.clause.Case, p.clause.Colon+1, "case "+strconv.Itoa(index)+":"+c.receiveInto(p.recv, sel0, p.elem))
		index++
	}
	// In a block of its own: yaegi's switch with an init statement kept
	// its first tag (`switch s := f(); s.Index` took case 0 each time).
	c.replace(sel.Select, sel.Body.Lbrace+1, "{ "+sel0+" := _gbp.Select("+strconv.FormatBool(hasDefault)+", "+strings.Join(args, ", ")+"); switch "+sel0+".Index {")
	c.insertLast(sel.End(), " }")
	return true
}

// receiveInto writes the assignment of a received value (v := <-ch, v,
// ok = <-ch) from the session's select's result.
func (c *cell) receiveInto(as *ast.AssignStmt, sel, elem string) string {
	if as == nil {
		return ""
	}
	tok := " = "
	if as.Tok == token.DEFINE {
		tok = " := "
	}
	var b strings.Builder
	if v := c.text(as.Lhs[0]); v != "_" {
		b.WriteString(" " + v + ", _" + tok + sel + ".Value.(" + elem + ");")
	}
	if len(as.Lhs) == 2 {
		if ok := c.text(as.Lhs[1]); ok != "_" {
			b.WriteString(" " + ok + tok + sel + ".OK;")
		}
	}
	return b.String()
}

// plainSelectElem reports whether the session's select can carry values
// of t as themselves: not an interface with methods, nor a type of the
// cells with methods (yaegi holds those in wrappers).
func (c *cell) plainSelectElem(t types.Type) bool {
	if types.IsInterface(t) && !isEmptyInterface(t) {
		return false
	}
	return !anyType(t, func(u types.Type) bool {
		if types.IsInterface(u) && !isEmptyInterface(u) {
			return true
		}
		named, ok := u.(*types.Named)
		if !ok || named.Obj().Pkg() != c.Pkg {
			return false
		}
		return types.NewMethodSet(types.NewPointer(named)).Len() > 0 || named.Obj().Parent() != c.Pkg.Scope()
	})
}
