package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerAnySwitch writes a type switch on an interface{} value that has a
// case on a compiled interface (error, fmt.Stringer) as a switch of
// conditions. yaegi's type switch on an interface{} never took such a
// case, not even for a compiled value (errors.New("x") was not an
// error), while its comma-ok assertion answers right:
//
//	switch x := v.(type) { case error: A; case int, string: B; default: C }
//	becomes
//	switch _gbpS1 := v; {
//	case func() bool { _, ok := _gbpS1.(error); return ok }(): x := _gbpS1.(error); _ = x; A
//	case func() bool { ... int ... }() || func() bool { ... string ... }(): x := _gbpS1; _ = x; B
//	default: x := _gbpS1; _ = x; C }
//
// A case on an interface of the cells is tested against the types that
// implement it (lowerAssertFromAny). It reports whether it lowered n.
func (c *cell) lowerAnySwitch(n *ast.TypeSwitchStmt) bool {
	if c.err != nil || n.Init != nil {
		return false
	}
	x := switchSubject(n)
	if xt := c.Info.TypeOf(x); xt == nil || !isEmptyInterface(xt) {
		return false
	}
	compiled := false
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if t := c.Info.TypeOf(e); t != nil && types.IsInterface(t) && !isEmptyInterface(t) {
				if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
					compiled = true
				}
			}
		}
	}
	if !compiled {
		return false
	}
	subject := c.newName("S")
	var bound string
	if as, ok := n.Assign.(*ast.AssignStmt); ok {
		bound = as.Lhs[0].(*ast.Ident).Name
	}
	c.replace(n.Assign.Pos(), n.Assign.End(), subject+" := "+c.text(x)+";")
	for _, cl := range n.Body.List {
		cc := cl.(*ast.CaseClause)
		if len(cc.List) > 0 {
			var conds []string
			for _, e := range cc.List {
				cond, ok := c.caseCondition(subject, e)
				if !ok {
					return true
				}
				conds = append(conds, cond)
			}
			c.replace(cc.List[0].Pos(), cc.List[len(cc.List)-1].End(), strings.Join(conds, " || "))
		}
		if bound == "" {
			continue
		}
		value := subject
		if len(cc.List) == 1 {
			if v, ok := c.caseValue(subject, cc.List[0]); ok {
				value = v
			}
		}
		c.insert(cc.Colon+1, " "+bound+" := "+value+"; _ = "+bound+";")
	}
	return true
}

// caseCondition is the test of one type of a case.
func (c *cell) caseCondition(subject string, e ast.Expr) (string, bool) {
	t := c.Info.TypeOf(e)
	if t == nil {
		return "", false
	}
	if t == types.Typ[types.UntypedNil] {
		return subject + " == nil", true
	}
	ts, ok := c.typeString(t)
	if !ok {
		c.fail(e, "a type switch case on "+c.text(e)+", a type this cell cannot name", "name the type's package in the cell")
		return "", false
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && !iface.Empty() {
		impls, others := c.implementers(iface)
		return "func() bool { _, ok := " + c.asInterface(t, ts, impls, others, true) + "(" + subject + "); return ok }()", true
	}
	return "func() bool { _, ok := " + subject + ".(" + ts + "); return ok }()", true
}

// caseValue is the value a clause of one type binds.
func (c *cell) caseValue(subject string, e ast.Expr) (string, bool) {
	t := c.Info.TypeOf(e)
	if t == nil || t == types.Typ[types.UntypedNil] {
		return "", false
	}
	ts, ok := c.typeString(t)
	if !ok {
		return "", false
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && !iface.Empty() {
		impls, others := c.implementers(iface)
		return c.asInterface(t, ts, impls, others, false) + "(" + subject + ")", true
	}
	return subject + ".(" + ts + ")", true
}

func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}
