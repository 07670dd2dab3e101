package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerMixedAssign assigns every value of a parallel assignment. When the
// right-hand side mixed calls with other expressions, yaegi assigned the
// calls' values and silently dropped the others: `a, b = h(), 9` left b as
// it was, `x, y, z = len(s), 20, 30` set only x (a call returning them
// together fares no better: `return 5, len(s)` gave 5 twice); an untyped
// nil among the values (`cur, n = nil, 0`) panicked "reflect: New(nil)". Defined
// first, then assigned from plain variables, all of them arrive - and, as
// Go requires, all are evaluated before any is assigned:
//
//	a, b = h(), 9   becomes   { var _gbpV1 T = h(); var _gbpV2 int = 9; a, b = _gbpV1, _gbpV2 }
//
// Only a statement in a list is lowered (not a for loop's post statement,
// which must stay one statement).
func (c *cell) lowerMixedAssign(n *ast.AssignStmt) {
	blanks := true
	for _, l := range n.Lhs {
		blanks = blanks && isBlank(l)
	}
	if blanks {
		// _, _ = f(), 2 keeps no value: the calls run as they are (and
		// at the top level lowerTopLevelBlanks puts them in a literal,
		// whose closing a block of temporaries would have crossed).
		return
	}
	if c.listedParallelAssign(n) && (c.mixedValues(n.Rhs) || c.readsEarlierTarget(n)) {
		c.assignThroughTemps(n, "")
		return
	}
	// A for loop's post statement (i, p = i+1, next(p)) becomes a
	// literal's call, the one statement it must stay: yaegi dropped i+1
	// there, and the loop never ended.
	if f, ok := c.parent().(*ast.ForStmt); ok && f.Post == n && n.Tok == token.ASSIGN &&
		len(n.Lhs) >= 2 && len(n.Lhs) == len(n.Rhs) && c.mixedValues(n.Rhs) {
		c.assignThroughTemps(n, "func() ")
		c.insertFinal(n.End(), "()")
	}
}

// readsEarlierTarget reports a parallel assignment of which a value reads
// a variable an earlier destination assigns: yaegi assigned the values of
// calls one by one, so `a, b = f(b), f(a)` and `a, b = min(a, b), max(a,
// b)` gave the second call the new a.
func (c *cell) readsEarlierTarget(n *ast.AssignStmt) bool {
	targets := map[types.Object]bool{}
	for i, l := range n.Lhs {
		if call, ok := ast.Unparen(n.Rhs[i]).(*ast.CallExpr); ok && i > 0 && !c.Info.Types[call.Fun].IsType() {
			// (A swap of plain values, a[i], a[j] = a[j], a[i], is
			// right.)
			found := false
			ast.Inspect(n.Rhs[i], func(x ast.Node) bool {
				if id, ok := x.(*ast.Ident); ok && targets[c.Info.Uses[id]] {
					found = true
				}
				return !found
			})
			if found {
				return true
			}
		}
		if root := rootIdent(l); root != nil {
			if obj := c.Info.Uses[root]; obj != nil {
				targets[obj] = true
			}
		}
	}
	return false
}

// rootIdent returns the variable an assignment's destination is part of
// (x of x, x.f, x[i], *x), or nil.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// mixedValues reports values of which some are calls and others not, or
// of which one is an untyped nil.
func (c *cell) mixedValues(rhs []ast.Expr) bool {
	calls := 0
	for _, r := range rhs {
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
			if tv, ok := c.Info.Types[call.Fun]; !ok || !tv.IsType() {
				calls++
			}
		}
	}
	nils := false
	for _, r := range rhs {
		nils = nils || c.Info.Types[r].IsNil()
	}
	return calls != 0 && calls != len(rhs) || nils
}

// assignThroughTemps writes the parallel assignment n as definitions of
// temporaries then an assignment from them, in a block after prefix.
func (c *cell) assignThroughTemps(n *ast.AssignStmt, prefix string) {
	var temps, lhs []string
	generic := c.inGenericFunc(n.Pos())
	for i, l := range n.Lhs {
		temp := c.newName("V")
		temps = append(temps, temp)
		lhs = append(lhs, c.text(l))
		// Each temporary has its destination's type: an untyped 5 or
		// nil beside a call must become a float64 or a *T, not an int
		// (yaegi then refused the assignment) or nothing.
		decl := "var " + temp + " = "
		if t, ok := c.typeString(c.Info.TypeOf(l)); ok && !isBlank(l) {
			decl = "var " + temp + " " + t + " = "
			if generic && types.Identical(c.Info.TypeOf(n.Rhs[i]), c.Info.TypeOf(l)) {
				// In a generic function that calls itself, yaegi lost
				// the values of typed var declarations after a
				// literal's call (a merge sort returned []); a value
				// of the destination's type needs none.
				decl = temp + " := "
			}
		}
		if i == 0 {
			c.replace(n.Pos(), n.Rhs[0].Pos(), prefix+"{ "+decl)
		} else {
			c.replace(n.Rhs[i-1].End(), n.Rhs[i].Pos(), "; "+decl)
		}
	}
	// Variables are assigned one by one, after every value is computed,
	// which is Go's order (and what a parallel assignment of an
	// interface{} panicked on: lowerEmptyIfaceAssign); other destinations
	// together, whose operands Go evaluates first.
	final := strings.Join(lhs, ", ") + " = " + strings.Join(temps, ", ")
	sets := make([]string, len(lhs))
	for i, l := range n.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			sets = nil
			break
		}
		sets[i] = lhs[i] + " = " + temps[i]
	}
	if sets != nil {
		final = strings.Join(sets, "; ")
	}
	// After what other lowerings close around the last value.
	c.insertFinal(n.End(), "; "+final+" }")
}

// lowerCompositeAmong makes the values of a parallel definition,
// assignment or var declaration that mixes a composite literal with other
// values the results of one call. yaegi set every value that was not a
// composite literal to zero: `w, b := []float64{0.5, -0.3}, 0.1` left b at
// 0, silently; a function's results are right:
//
//	w, b := []float64{0.5, -0.3}, 0.1   becomes
//	w, b := func() ([]float64, float64) { var _gbpR1 []float64 = []float64{0.5, -0.3}; var _gbpR2 float64 = 0.1; return _gbpR1, _gbpR2 }()
func (c *cell) lowerCompositeAmong(lhs []ast.Expr, rhs []ast.Expr, define bool) {
	if len(lhs) < 2 || len(lhs) != len(rhs) {
		return
	}
	literals := 0
	for _, r := range rhs {
		if _, ok := ast.Unparen(r).(*ast.CompositeLit); ok {
			literals++
		}
	}
	if literals == 0 || literals == len(rhs) {
		return
	}
	for i := 1; i < len(rhs); i++ {
		if c.rewrittenWithin(rhs[i-1].End(), rhs[i].Pos()) {
			return // each value in a variable of its own already (assignThroughTemps)
		}
	}
	results := make([]string, len(lhs))
	for i, l := range lhs {
		var t types.Type
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			t = types.Default(c.Info.TypeOf(rhs[i]))
		} else if id, ok := l.(*ast.Ident); ok && define && c.Info.Defs[id] != nil {
			t = c.Info.Defs[id].Type()
		} else {
			t = c.Info.TypeOf(l)
		}
		s, ok := c.typeString(t)
		if t == nil || !ok {
			return
		}
		results[i] = s
	}
	// One variable each: a return of several values mixing calls with
	// others has yaegi's bug too (lowerMixedAssign).
	vars := make([]string, len(rhs))
	for i := range rhs {
		vars[i] = c.newName("R")
		decl := "var " + vars[i] + " " + results[i] + " = "
		if i == 0 {
			c.insert(rhs[0].Pos(), "func() ("+strings.Join(results, ", ")+") { "+decl)
		} else {
			c.replace(rhs[i-1].End(), rhs[i].Pos(), "; "+decl)
		}
	}
	c.insert(rhs[len(rhs)-1].End(), "; return "+strings.Join(vars, ", ")+" }()")
}

// lowerCompositeAmongSpec handles var a, b = []int{1}, 2.
func (c *cell) lowerCompositeAmongSpec(n *ast.ValueSpec) {
	if multiVar(n) && len(c.stack) >= 2 {
		if _, top := c.stack[len(c.stack)-2].(*ast.File); top {
			return // lowerMultiVar declares them one by one
		}
	}
	lhs := make([]ast.Expr, len(n.Names))
	for i, name := range n.Names {
		lhs[i] = name
	}
	c.lowerCompositeAmong(lhs, n.Values, true)
}

// lowerEmptyIfaceAssign writes a parallel assignment that gives a
// variable of type interface{} the value of another interface{} (or nil)
// as definitions of temporaries then one assignment each: yaegi's
// parallel assignment panicked ("reflect.Set: value of type interface {}
// is not assignable to type interp.valueInterface"), which met every
// function with results (v any, err error) that it set together. The
// destinations are variables, so assigning them in turn after every value
// is computed is Go's order:
//
//	v, err = x, nil   becomes   { var _gbpV1 any = x; var _gbpV2 error = nil; v = _gbpV1; err = _gbpV2 }
func (c *cell) lowerEmptyIfaceAssign(n *ast.AssignStmt) {
	if !c.listedParallelAssign(n) {
		return
	}
	found := false
	for i, l := range n.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			return
		}
		lt, rt := c.Info.TypeOf(l), c.Info.Types[n.Rhs[i]]
		if lt == nil || isBlank(l) || !isEmptyInterface(lt) {
			continue
		}
		if _, ok := types.Unalias(rt.Type).Underlying().(*types.Interface); ok || rt.IsNil() {
			found = true
		}
	}
	if !found || c.mixedValues(n.Rhs) {
		return // lowerMixedAssign writes the temporaries
	}
	c.assignThroughTemps(n, "")
}

// listedParallelAssign reports an assignment of several values, each to
// its own destination, that is a statement in a list (not a for loop's
// post statement, which must stay one statement).
func (c *cell) listedParallelAssign(n *ast.AssignStmt) bool {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || len(n.Lhs) != len(n.Rhs) || len(c.stack) == 0 {
		return false
	}
	switch c.stack[len(c.stack)-1].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		return true
	}
	return false
}
