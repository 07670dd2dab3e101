package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerRangeInt runs a range over an integer (Go 1.22) as a three-clause
// loop; yaegi v0.16.1 does not know the form and panics ("nil type"). The
// bound is evaluated once, the counter has the bound's type, and the
// user's variable is declared afresh in each iteration from the counter,
// so that assigning it in the body does not change the iteration and a
// closure keeps its iteration's value:
//
//	for i := range n {   becomes
//	{ _gbpN1 := n; for _gbpI2 := _gbpN1 - _gbpN1; _gbpI2 < _gbpN1; _gbpI2++ { i := _gbpI2; {
//
// and the loop's closing brace "}}}". A label moves onto the new for.
func (c *cell) lowerRangeInt(n *ast.RangeStmt) {
	tv, ok := c.Info.Types[n.X]
	if !ok || tv.Type == nil {
		return
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 && !(b.Info()&types.IsUntyped != 0 && tv.Value != nil && b.Info()&types.IsNumeric != 0) {
		return
	}
	bound, counter := c.newName("N"), c.newName("I")
	open := "{ " + bound + " := "
	closeBound := ""
	if tv.Value != nil && !types.Identical(tv.Type, types.Typ[types.Int]) {
		// go/types gives a constant bound the type of the iterations (an
		// untyped one that of the variable it is assigned to); ":="
		// alone would make it an int.
		ts, ok := c.spellType(tv.Type)
		if !ok {
			c.fail(n, "range over a constant of type "+tv.Type.String(), "convert the bound to a type the cell can name")
			return
		}
		open += ts + "("
		closeBound = ")"
	}
	label := ""
	if l, ok := c.parent().(*ast.LabeledStmt); ok && l.Stmt == n {
		// The label must stay on the loop, which is now inside a block.
		label = l.Label.Name + ": "
		c.replace(l.Pos(), l.Colon+1, strings.Repeat(" ", int(l.Colon+1-l.Pos())))
	}
	assign := ""
	if n.Key != nil && !isBlank(n.Key) {
		op := " := "
		if n.Tok == token.ASSIGN {
			op = " = "
		}
		assign = c.text(n.Key) + op + counter + "; "
	}
	c.replace(n.For, n.X.Pos(), open)
	c.replace(n.X.End(), n.Body.Lbrace+1, closeBound+"; "+label+"for "+counter+" := "+bound+" - "+bound+"; "+
		counter+" < "+bound+"; "+counter+"++ { "+assign+"{")
	c.replace(n.Body.Rbrace, n.Body.Rbrace+1, "}}}")
}

// lowerRangeFunc runs a range over a function iterator (Go 1.23) as a
// call of the function with a yield function made of the loop body;
// yaegi v0.16.1 does not know the form and panics ("nil type"):
//
//	for k, v := range seq {   becomes
//	{ _gbpF7 := 0; (seq)(func(k K, v V) bool { if _gbpF7 != 0 { panic(...) }; {
//
// and the loop's closing brace "}; return true }); <exits> }". In the
// body, continue becomes "return true" and break "return false". A
// return, or a break or continue of an enclosing statement, leaves the
// body with false too, after noting in the loop's state variable which
// statement it was; after the call, "<exits>" performs it (returned
// values wait in variables of the outermost such loop). The state also
// makes an iterator that calls yield after it returned false panic, as Go
// does. goto out of the body and defer in it (which Go runs when the
// enclosing function returns) fail the cell.
func (c *cell) lowerRangeFunc(n *ast.RangeStmt) {
	yield := c.yieldSignature(n)
	if yield == nil {
		return
	}
	f := c.rangeFuncs(n)
	if f == nil {
		return
	}
	state := f.state(n)
	// The yield function's parameters: the loop's variables when it
	// declares them, hidden names when it assigns existing ones.
	var params, assignTo, assignFrom []string
	for i := 0; i < yield.Params().Len(); i++ {
		ts, ok := c.spellType(yield.Params().At(i).Type())
		if !ok {
			c.fail(n, "range over an iterator whose values have type "+yield.Params().At(i).Type().String(),
				"import the package that declares the type, so that the cell can name it")
			return
		}
		var v ast.Expr
		switch i {
		case 0:
			v = n.Key
		case 1:
			v = n.Value
		}
		name := "_"
		if v != nil && !isBlank(v) {
			if n.Tok == token.DEFINE {
				name = v.(*ast.Ident).Name
			} else {
				name = fmt.Sprintf("%s_%d", state, i)
				assignTo = append(assignTo, c.text(v))
				assignFrom = append(assignFrom, name)
			}
		}
		params = append(params, name+" "+ts)
	}
	// One assignment after the other, as Go does: in
	// "for k, m[k] = range seq", m[k] uses the new k.
	assign := ""
	for i := range assignTo {
		assign += assignTo[i] + " = " + assignFrom[i] + "; "
	}
	decls := ""
	if f.outermost(n) == n && f.returnsValues {
		for i := 0; i < f.results.Len(); i++ {
			ts, ok := c.spellType(f.results.At(i).Type())
			if !ok {
				c.fail(n, "return from a range-over-func loop in a function returning "+f.results.At(i).Type().String(),
					"import the package that declares the type, so that the cell can name it")
				return
			}
			decls += "var " + f.result(n, i) + " " + ts + "; "
		}
	}
	exits := f.exits(n)
	for _, s := range f.own(n) {
		c.lowerRangeFuncExit(f, n, s, exits)
		if c.err != nil {
			return
		}
	}
	var after []string
	for i, s := range exits {
		after = append(after, fmt.Sprintf("if %s == %d { %s }", state, i+2, f.exitAfter(c, n, s)))
	}
	after = append(after, "if "+state+" == 0 { "+state+" = -1 }")
	if l, ok := c.parent().(*ast.LabeledStmt); ok && l.Stmt == n && !f.gotoTarget(l) {
		// Every break and continue of the label is lowered: Go would
		// call it unused.
		c.replace(l.Pos(), l.Colon+1, strings.Repeat(" ", int(l.Colon+1-l.Pos())))
	}
	// yaegi could not call a declared function in parentheses
	// ((Words)(f): "call of reflect.Value.Call on ptr Value"): a
	// primary expression is called as it is.
	lparen, rparen := "(", ")"
	switch ast.Unparen(n.X).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.FuncLit:
		lparen, rparen = "", ""
	}
	c.replace(n.For, n.X.Pos(), "{ "+decls+state+" := 0; "+lparen)
	c.replace(n.X.End(), n.Body.Lbrace+1, rparen+"(func("+strings.Join(params, ", ")+") bool { "+
		"if "+state+" != 0 { "+rangeFuncPanic(state)+" }; "+assign+"{")
	c.replace(n.Body.Rbrace, n.Body.Rbrace+1, "}; return true }); "+strings.Join(after, "; ")+" }")
}

// rangeFuncPanic is Go's panic for an iterator that goes on calling yield
// after the loop is over.
func rangeFuncPanic(state string) string {
	return "if " + state + " < 0 { panic(\"runtime error: range function continued iteration after whole loop exit\") }; " +
		"panic(\"runtime error: range function continued iteration after function for loop body returned false\")"
}

// lowerRangeFuncExit rewrites a statement of loop n's body that leaves
// the body (its innermost range-over-func loop is n).
func (c *cell) lowerRangeFuncExit(f *rangeFuncs, n *ast.RangeStmt, s ast.Stmt, exits []ast.Stmt) {
	state := f.state(n)
	code := 0
	for i, e := range exits {
		if e == s {
			code = i + 2
		}
	}
	switch s := s.(type) {
	case *ast.DeferStmt:
		if !c.atTopLevel() && c.deferList() == "" {
			// One of the function's deferred calls recovers (deferlist.go).
			c.fail(s, "defer in the body of a range-over-func loop, in a function whose deferred calls recover",
				"defer in a function the body calls, or loop over a slice: for _, v := range slices.Collect(seq)")
		}
	case *ast.BranchStmt:
		switch {
		case s.Tok == token.GOTO:
			c.fail(s, "goto out of the body of a range-over-func loop", "use break or continue with a label")
		case code != 0:
			c.replace(s.Pos(), s.End(), fmt.Sprintf("{ %s = %d; return false }", state, code))
		case s.Tok == token.CONTINUE:
			c.replace(s.Pos(), s.End(), "return true")
		default:
			c.replace(s.Pos(), s.End(), "{ "+state+" = 1; return false }")
		}
	case *ast.ReturnStmt:
		tail := fmt.Sprintf("%s = %d; return false }", state, code)
		if len(s.Results) == 0 {
			c.replace(s.Pos(), s.End(), "{ "+tail)
			return
		}
		o := f.outermost(n)
		var vars []string
		for i := 0; i < f.results.Len(); i++ {
			vars = append(vars, f.result(o, i))
		}
		if len(s.Results) == len(vars) {
			// One assignment a result: yaegi's parallel assignment of a
			// composite literal and a variable of the loop's body
			// (v0, v1 = []int{1}, x) assigned only the first.
			c.replace(s.Return, s.Results[0].Pos(), "{ "+vars[0]+" = ")
			for i := 1; i < len(s.Results); i++ {
				c.replace(s.Results[i-1].End(), s.Results[i].Pos(), "; "+vars[i]+" = ")
			}
		} else {
			c.replace(s.Return, s.Results[0].Pos(), "{ "+strings.Join(vars, ", ")+" = ")
		}
		c.replace(s.Results[len(s.Results)-1].End(), s.End(), "; "+tail)
	}
}

// yieldSignature returns the signature of the yield function of a range
// over a function, or nil when n ranges over something else.
func (c *cell) yieldSignature(n *ast.RangeStmt) *types.Signature {
	tv, ok := c.Info.Types[n.X]
	if !ok || tv.Type == nil {
		return nil
	}
	sig, ok := coreType(tv.Type).(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return nil
	}
	yield, _ := coreType(sig.Params().At(0).Type()).(*types.Signature)
	return yield
}

// coreType returns the underlying type of t, or of the one type a type
// parameter's constraint allows.
func coreType(t types.Type) types.Type {
	tp, ok := t.(*types.TypeParam)
	if !ok {
		return t.Underlying()
	}
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok || iface.NumEmbeddeds() != 1 {
		return nil
	}
	u, ok := iface.EmbeddedType(0).(*types.Union)
	if !ok || u.Len() != 1 {
		return nil
	}
	return u.Term(0).Type().Underlying()
}

// rangeFuncs describes the range-over-func loops of the function that
// holds the loop being lowered, and how statements leave them.
type rangeFuncs struct {
	c *cell
	// loops are the range-over-func loops around the visited one, in the
	// same function, outermost first, the visited one last.
	loops []*ast.RangeStmt
	// labels maps a label to the statement it names.
	labels        map[*types.Label]ast.Stmt
	body          *ast.BlockStmt // of the function
	results       *types.Tuple   // of the function
	returnsValues bool           // a return with values leaves the outermost loop
}

// rangeFuncs gathers what lowering n needs, from the stack of nodes
// around it; nil if the cell is not inside a function the checker knows.
func (c *cell) rangeFuncs(n *ast.RangeStmt) *rangeFuncs {
	f := &rangeFuncs{c: c, labels: map[*types.Label]ast.Stmt{}}
	var fn ast.Node
	for i := len(c.stack) - 1; i >= 0 && fn == nil; i-- {
		switch s := c.stack[i].(type) {
		case *ast.RangeStmt:
			if c.yieldSignature(s) != nil {
				f.loops = append([]*ast.RangeStmt{s}, f.loops...)
			}
		case *ast.FuncLit, *ast.FuncDecl:
			fn = s
		}
	}
	f.loops = append(f.loops, n)
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
		if obj, ok := c.Info.Defs[fn.Name].(*types.Func); ok {
			f.results = obj.Signature().Results()
		}
	case *ast.FuncLit:
		body = fn.Body
		if sig, ok := c.Info.Types[fn].Type.(*types.Signature); ok {
			f.results = sig.Results()
		}
	}
	if body == nil {
		return nil
	}
	f.body = body
	ast.Inspect(body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.LabeledStmt:
			if l, ok := c.Info.Defs[x.Label].(*types.Label); ok {
				f.labels[l] = x.Stmt
			}
		}
		return true
	})
	ast.Inspect(f.loops[0].Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			f.returnsValues = f.returnsValues || len(x.Results) > 0
		}
		return true
	})
	return f
}

func (f *rangeFuncs) outermost(*ast.RangeStmt) *ast.RangeStmt { return f.loops[0] }

// state names the state variable of loop n: 0 while it runs, 1 after a
// break, -1 after the iterator returned, and 2, 3, ... after the exits
// of n's body, in source order.
func (f *rangeFuncs) state(n *ast.RangeStmt) string {
	return fmt.Sprintf("_gbpF%d", f.c.offset(n.For))
}

// result names the variable of loop n holding the function's i-th result
// between a return in the loop's body and the return after it.
func (f *rangeFuncs) result(n *ast.RangeStmt, i int) string {
	return fmt.Sprintf("_gbpR%d_%d", f.c.offset(n.For), i)
}

// enclosing returns the range-over-func loop around n, or nil.
func (f *rangeFuncs) enclosing(n *ast.RangeStmt) *ast.RangeStmt {
	for i, l := range f.loops {
		if l == n && i > 0 {
			return f.loops[i-1]
		}
	}
	return nil
}

// branch is a statement of a loop body that can leave it, with what it
// targets: the statement a break or continue ends or continues (nil for
// a return, a goto or a defer).
type branch struct {
	stmt   ast.Stmt
	target ast.Stmt
	inner  bool // inside a nested range-over-func loop
}

// branches lists the statements of n's body that leave it or that the
// lowering must see, outside function literals: returns, defers, gotos,
// breaks and continues with their targets.
func (f *rangeFuncs) branches(n *ast.RangeStmt) []branch {
	var out []branch
	var walk func(x ast.Node, breakable, continuable ast.Stmt, inner bool)
	walk = func(x ast.Node, breakable, continuable ast.Stmt, inner bool) {
		ast.Inspect(x, func(y ast.Node) bool {
			switch y := y.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				walk(y.Body, y, y, inner)
				return false
			case *ast.RangeStmt:
				walk(y.Body, y, y, inner || f.c.yieldSignature(y) != nil)
				return false
			case *ast.SwitchStmt:
				walk(y.Body, y, continuable, inner)
				return false
			case *ast.TypeSwitchStmt:
				walk(y.Body, y, continuable, inner)
				return false
			case *ast.SelectStmt:
				walk(y.Body, y, continuable, inner)
				return false
			case *ast.ReturnStmt, *ast.DeferStmt:
				out = append(out, branch{stmt: y.(ast.Stmt), inner: inner})
			case *ast.BranchStmt:
				b := branch{stmt: y, inner: inner}
				switch {
				case y.Tok == token.FALLTHROUGH:
					return true
				case y.Label != nil:
					if l, ok := f.c.Info.Uses[y.Label].(*types.Label); ok {
						b.target = f.labels[l]
					}
				case y.Tok == token.BREAK:
					b.target = breakable
				case y.Tok == token.CONTINUE:
					b.target = continuable
				}
				out = append(out, b)
			}
			return true
		})
	}
	walk(n.Body, n, n, false)
	return out
}

// leaves reports whether branch b of n's body leaves n.
func (f *rangeFuncs) leaves(n *ast.RangeStmt, b branch) bool {
	if b.target == nil {
		_, isGoto := b.stmt.(*ast.BranchStmt)
		_, isDefer := b.stmt.(*ast.DeferStmt)
		if isGoto || isDefer {
			return false // not an exit: lowered or refused where it is
		}
		return true // a return
	}
	return !within(b.target, n.Body)
}

func within(s ast.Node, body *ast.BlockStmt) bool {
	return body.Lbrace < s.Pos() && s.End() <= body.Rbrace
}

// exits lists the statements of n's body that leave n for good: returns
// and breaks or continues of enclosing statements, in source order.
func (f *rangeFuncs) exits(n *ast.RangeStmt) []ast.Stmt {
	var out []ast.Stmt
	for _, b := range f.branches(n) {
		if b.target != n && f.leaves(n, b) {
			out = append(out, b.stmt)
		}
	}
	return out
}

// own lists the statements n's lowering rewrites: those of its body not
// inside a nested range-over-func loop that leave n or would be wrong in
// a function literal (goto out of the body, defer).
func (f *rangeFuncs) own(n *ast.RangeStmt) []ast.Stmt {
	var out []ast.Stmt
	for _, b := range f.branches(n) {
		if b.inner {
			continue
		}
		switch s := b.stmt.(type) {
		case *ast.DeferStmt:
			out = append(out, s)
		case *ast.BranchStmt:
			if s.Tok == token.GOTO {
				if l, ok := f.c.Info.Uses[s.Label].(*types.Label); ok && !within(f.labels[l], n.Body) {
					out = append(out, s)
				}
				continue
			}
			if b.target == n || f.leaves(n, b) {
				out = append(out, s)
			}
		default:
			out = append(out, b.stmt)
		}
	}
	return out
}

// exitAfter returns what runs right after loop n's call for its exit s:
// s itself when nothing else stands between n and s's target, else the
// exit of the enclosing range-over-func loop.
func (f *rangeFuncs) exitAfter(c *cell, n *ast.RangeStmt, s ast.Stmt) string {
	p := f.enclosing(n)
	var target ast.Stmt
	if b, ok := s.(*ast.BranchStmt); ok {
		for _, br := range f.branches(n) {
			if br.stmt == b {
				target = br.target
			}
		}
	}
	if p != nil {
		state := f.state(p)
		switch {
		case target == ast.Stmt(p) && s.(*ast.BranchStmt).Tok == token.CONTINUE:
			return "return true"
		case target == ast.Stmt(p):
			return "{ " + state + " = 1; return false }"
		case target == nil || !within(target, p.Body):
			for i, e := range f.exits(p) {
				if e == s {
					return fmt.Sprintf("{ %s = %d; return false }", state, i+2)
				}
			}
		}
	}
	if r, ok := s.(*ast.ReturnStmt); ok {
		if len(r.Results) == 0 {
			return "return"
		}
		var vars []string
		for i := 0; i < f.results.Len(); i++ {
			vars = append(vars, f.result(f.loops[0], i))
		}
		return "return " + strings.Join(vars, ", ")
	}
	return c.text(s)
}

// gotoTarget reports whether a goto of the function jumps to l.
func (f *rangeFuncs) gotoTarget(l *ast.LabeledStmt) bool {
	found := false
	ast.Inspect(f.body, func(x ast.Node) bool {
		if b, ok := x.(*ast.BranchStmt); ok && b.Tok == token.GOTO && f.c.Info.Uses[b.Label] == f.c.Info.Defs[l.Label] {
			found = true
		}
		return !found
	})
	return found
}

// parent returns the node around the one being visited.
func (c *cell) parent() ast.Node {
	if len(c.stack) == 0 {
		return nil
	}
	return c.stack[len(c.stack)-1]
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}
