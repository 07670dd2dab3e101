package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerBounds gives index and slice errors Go's words. yaegi indexes
// through reflect, whose panic says only "index out of range"; Go says
// "index out of range [5] with length 3", and programs print it (a
// recovered error, a test of a panic). A statement whose index or slice
// expressions are evaluated before anything else it does gets a check in
// front of it that panics as Go would:
//
//	x := a[i]          becomes   if i < 0 || i >= len(a) { panic(_gbp.IndexError(i, len(a))) }; x := a[i]
//	return s[lo:hi]    becomes   if lo < 0 || hi < lo || hi > cap(s) { panic(_gbp.SliceError(...)) }; return s[lo:hi]
//
// The check may run the index expression's operands again, so only
// operands without effects are checked, and only index expressions that
// Go evaluates before the statement's first call, receive or conditional
// operand: moving a check in front of a call would panic before the
// call's output, or with values the call changes. An index a loop proves
// in range (for i := range a, for i := 0; i < len(a); i++, with neither
// changed in the body) is not checked, so the loops of numeric code pay
// nothing. What is left unchecked keeps yaegi's shorter message.
func (c *cell) lowerBounds(list []ast.Stmt) {
	// Among a cell's top-level statements a variable an if statement
	// declares is one of yaegi's globals, which failed ("constant
	// definition loop"): there the checks go in a function literal.
	topLevel := c.Body != nil && len(list) > 0 && len(c.Body.Body.List) > 0 && &list[0] == &c.Body.Body.List[0]
	for _, s := range list {
		if !c.inCell(s.Pos()) {
			continue
		}
		w := boundsWalk{c: c, reuse: !topLevel}
		w.stmt(s)
		if len(w.guards) == 0 {
			continue
		}
		guards := strings.Join(w.guards, " ")
		if topLevel && strings.Contains(guards, ":=") {
			guards = "func() { " + guards + " }();"
		}
		c.insert(s.Pos(), guards+" ")
	}
}

// boundsWalk follows one statement in Go's order of evaluation and
// collects the checks that may move in front of it.
type boundsWalk struct {
	c      *cell
	guards []string
	seen   map[string]bool // checks already written, by text
	// blocked is set once something was evaluated that a check must not
	// move before: from then on, nothing is checked.
	blocked bool
	// cond counts the conditional operands (of && and ||) the walk is in.
	cond int
	// reuse: a computed index may be declared in front of the statement
	// and used in it (not among a cell's top-level statements, where
	// the checks go in a function literal).
	reuse bool
}

func (w *boundsWalk) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		w.expr(s.X)
	case *ast.IncDecStmt:
		w.expr(s.X)
	case *ast.ReturnStmt:
		w.exprs(s.Results)
	case *ast.SendStmt:
		w.expr(s.Chan)
		w.expr(s.Value)
	case *ast.GoStmt:
		w.callOperands(s.Call)
	case *ast.DeferStmt:
		w.callOperands(s.Call)
	case *ast.DeclStmt:
		if d, ok := s.Decl.(*ast.GenDecl); ok && d.Tok == token.VAR {
			for _, spec := range d.Specs {
				w.exprs(spec.(*ast.ValueSpec).Values)
			}
		}
	case *ast.AssignStmt:
		w.assign(s)
	case *ast.IfStmt:
		if s.Init != nil {
			w.stmt(s.Init)
			return // the condition may use what the init declares
		}
		w.expr(s.Cond)
	case *ast.SwitchStmt:
		if s.Init != nil {
			w.stmt(s.Init)
			return
		}
		w.expr(s.Tag)
	case *ast.ForStmt:
		if s.Init != nil {
			w.stmt(s.Init)
		}
	case *ast.RangeStmt:
		w.expr(s.X)
	}
}

// assign follows Go's two phases: the operands of index expressions on
// the left and the expressions on the right are evaluated in order, then
// the assignments are made (and the left's indexes checked) left to right.
func (w *boundsWalk) assign(s *ast.AssignStmt) {
	if s.Tok != token.ASSIGN && s.Tok != token.DEFINE {
		// x op= y reads x first.
		w.expr(s.Lhs[0])
		w.expr(s.Rhs[0])
		return
	}
	var stores []ast.Expr
	for _, l := range s.Lhs {
		l = ast.Unparen(l)
		if ix, ok := l.(*ast.IndexExpr); ok {
			if w.pure(ix.X) && w.pure(ix.Index) {
				w.expr(ix.X)
				w.expr(ix.Index)
				stores = append(stores, ix)
				continue
			}
		}
		if _, isIdent := l.(*ast.Ident); !isIdent {
			w.expr(l)
		}
	}
	w.exprs(s.Rhs)
	for _, l := range stores {
		w.expr(l)
	}
}

func (w *boundsWalk) exprs(list []ast.Expr) {
	for _, e := range list {
		w.expr(e)
	}
}

// callOperands evaluates what a go or defer statement evaluates at once:
// the function value and the arguments.
func (w *boundsWalk) callOperands(call *ast.CallExpr) {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		w.expr(sel.X)
	}
	w.exprs(call.Args)
}

// expr walks e in evaluation order, checking the index and slice
// expressions it may, and blocks the walk after anything a check must
// not move in front of.
func (w *boundsWalk) expr(e ast.Expr) {
	switch e := e.(type) {
	case nil, *ast.Ident, *ast.BasicLit, *ast.FuncLit:
	case *ast.ParenExpr:
		w.expr(e.X)
	case *ast.SelectorExpr:
		if _, isQualified := w.c.Info.Uses[e.Sel].(*types.PkgName); !isQualified {
			w.expr(e.X)
		}
		if sel := w.c.Info.Selections[e]; sel != nil && sel.Kind() != types.FieldVal {
			w.blocked = true // a method value
		}
	case *ast.StarExpr:
		w.expr(e.X)
	case *ast.UnaryExpr:
		w.expr(e.X)
		if e.Op == token.ARROW {
			w.blocked = true
		}
	case *ast.BinaryExpr:
		w.expr(e.X)
		if e.Op == token.LAND || e.Op == token.LOR {
			w.cond++
			w.expr(e.Y)
			w.cond--
			if !w.pure(e.Y) {
				w.blocked = true
			}
			return
		}
		w.expr(e.Y)
	case *ast.CompositeLit:
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if _, isField := kv.Key.(*ast.Ident); !isField {
					w.expr(kv.Key)
				}
				w.expr(kv.Value)
				continue
			}
			w.expr(el)
		}
	case *ast.TypeAssertExpr:
		w.expr(e.X)
	case *ast.IndexExpr:
		w.index(e)
	case *ast.SliceExpr:
		w.slice(e)
	case *ast.CallExpr:
		w.call(e)
	default:
		w.blocked = true
	}
}

func (w *boundsWalk) call(e *ast.CallExpr) {
	if tv, ok := w.c.Info.Types[e.Fun]; ok && tv.IsType() {
		w.exprs(e.Args) // a conversion
		return
	}
	if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
		w.expr(sel.X)
	} else if _, isIdent := ast.Unparen(e.Fun).(*ast.Ident); !isIdent {
		w.expr(e.Fun)
	}
	w.exprs(e.Args)
	if !w.pureBuiltin(e) {
		w.blocked = true
	}
}

// indexable returns the length's bound for checks of x's indexes - "len"
// or "cap" - and whether x is a slice, array or string at all.
func (w *boundsWalk) indexable(x ast.Expr, slicing bool) (bound string, ok bool) {
	t := w.c.Info.TypeOf(x)
	if t == nil {
		return "", false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if slicing {
			return "cap", true
		}
		return "len", true
	case *types.Array:
		return "len", true
	case *types.Basic:
		return "len", u.Info()&types.IsString != 0
	}
	return "", false
}

func (w *boundsWalk) index(e *ast.IndexExpr) {
	w.expr(e.X)
	if tv, ok := w.c.Info.Types[e.X]; ok && !tv.IsValue() {
		return // an instantiation: f[int]
	}
	w.expr(e.Index)
	if _, ok := w.indexable(e.X, false); !ok {
		return // a map's index never panics
	}
	if w.c.boundsProved[e] {
		return
	}
	if _, isArray := w.c.Info.TypeOf(e.X).Underlying().(*types.Array); isArray && w.constant(e.Index) {
		return // the checker has seen it in range
	}
	if w.pure(e.X) && !w.pure(e.Index) && types.Identical(w.c.Info.TypeOf(e.Index), types.Typ[types.Int]) {
		// a[f()]: checked where the index is computed, as it cannot be
		// computed again in front of the statement.
		if x := w.c.text(e.X); x != "" {
			w.c.insert(e.Index.Pos(), "_gbp.Index(")
			w.c.insertLast(e.Index.End(), ", len("+x+"))")
		}
		w.blocked = true
		return
	}
	if w.blocked || w.cond > 0 || !w.pure(e.X) || !w.pure(e.Index) {
		w.blocked = true
		return
	}
	x, i := w.c.text(e.X), w.c.indexText(e.Index)
	if x == "" || i == "" {
		w.blocked = true
		return
	}
	ident, isIdent := ast.Unparen(e.Index).(*ast.Ident)
	simple := (isIdent && w.c.Info.Uses[ident] != nil) || w.constant(e.Index)
	var b strings.Builder
	switch {
	case !simple && w.reuse && reusableIndex(e.Index) && !w.c.rewrittenWithin(e.Index.Pos(), e.Index.End()):
		// Computed once, in front of the statement, and used there:
		// the index's operands cannot change in between (nothing before
		// it in the statement calls), and numeric loops run the
		// arithmetic once, not twice.
		v := w.c.newName("I")
		b.WriteString(v + " := " + i + "; if ")
		w.c.replace(e.Index.Pos(), e.Index.End(), v)
		i = v
	case !simple:
		v := w.c.newName("I")
		b.WriteString("if " + v + " := " + i + "; ")
		i = v
	default:
		b.WriteString("if ")
	}
	if w.mayBeNegative(e.Index) {
		b.WriteString(i + " < 0 || ")
	}
	wide := w.wide(e.Index)
	b.WriteString(wide(i) + " >= " + wide("len("+x+")") + " { panic(_gbp.IndexError(" + i + ", len(" + x + "))) };")
	w.add(b.String())
}

// reusableIndex reports an index expression no other lowering writes
// inside, which can be replaced by the variable holding its value:
// arithmetic (no shifts, which get conversions) of names, constants,
// fields and len or cap.
func reusableIndex(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil, *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.SelectorExpr:
		case *ast.BinaryExpr:
			switch n.Op {
			case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR:
			default:
				ok = false
			}
		case *ast.CallExpr:
			id, isIdent := n.Fun.(*ast.Ident)
			ok = ok && isIdent && (id.Name == "len" || id.Name == "cap") && len(n.Args) == 1
		default:
			ok = false
		}
		return ok
	})
	return ok
}

func (w *boundsWalk) slice(e *ast.SliceExpr) {
	w.expr(e.X)
	w.expr(e.Low)
	w.expr(e.High)
	w.expr(e.Max)
	bound, ok := w.indexable(e.X, true)
	if !ok {
		return
	}
	if _, isPointer := w.c.Info.TypeOf(e.X).Underlying().(*types.Pointer); isPointer {
		return
	}
	if w.blocked || w.cond > 0 || !w.pure(e.X) || !w.pure(e.Low) || !w.pure(e.High) || !w.pure(e.Max) {
		w.blocked = true
		return
	}
	if e.Slice3 {
		w.slice3(e, bound)
		return
	}
	if e.Low == nil && e.High == nil {
		return
	}
	if w.constant(e.X) && (e.Low == nil || w.constant(e.Low)) && (e.High == nil || w.constant(e.High)) {
		return // the checker has seen it in range
	}
	x := w.c.text(e.X)
	lo, hi := "0", "len("+x+")"
	if e.Low != nil {
		lo = w.c.indexText(e.Low)
	}
	if e.High != nil {
		hi = w.c.indexText(e.High)
	}
	hiGiven := "false"
	if e.High != nil {
		hiGiven = "true"
	}
	loV, hiV := w.c.newName("Lo"), w.c.newName("Hi")
	var cond []string
	if e.Low != nil && w.mayBeNegative(e.Low) {
		cond = append(cond, loV+" < 0")
	}
	wide := w.wide(e.Low, e.High)
	cond = append(cond, wide(hiV)+" < "+wide(loV), wide(hiV)+" > "+wide(bound+"("+x+")"))
	if e.High != nil && w.mayBeNegative(e.High) {
		cond = append(cond, hiV+" < 0")
	}
	w.add("if " + loV + ", " + hiV + " := " + lo + ", " + hi + "; " + strings.Join(cond, " || ") +
		" { panic(_gbp.SliceError(" + loV + ", " + hiV + ", " + bound + "(" + x + "), " + hiGiven + ", " +
		boolText(bound == "cap") + ")) };")
}

// slice3 guards s[lo:hi:max] as Go checks it: max against the capacity,
// then hi against max, then lo against hi (yaegi's panic said none of
// the numbers).
func (w *boundsWalk) slice3(e *ast.SliceExpr, bound string) {
	if w.constant(e.X) && (e.Low == nil || w.constant(e.Low)) && w.constant(e.High) && w.constant(e.Max) {
		return // the checker has seen it in range
	}
	x := w.c.text(e.X)
	lo := "0"
	if e.Low != nil {
		lo = w.c.indexText(e.Low)
	}
	loV, hiV, maxV := w.c.newName("Lo"), w.c.newName("Hi"), w.c.newName("Max")
	wide := w.wide(e.Low, e.High, e.Max)
	cond := []string{wide(maxV) + " > " + wide(bound+"("+x+")"), wide(hiV) + " > " + wide(maxV), wide(loV) + " > " + wide(hiV)}
	for _, b := range []struct {
		e ast.Expr
		v string
	}{{e.Low, loV}, {e.High, hiV}, {e.Max, maxV}} {
		if b.e != nil && w.mayBeNegative(b.e) {
			cond = append(cond, b.v+" < 0")
		}
	}
	w.add("if " + loV + ", " + hiV + ", " + maxV + " := " + lo + ", " + w.c.indexText(e.High) + ", " + w.c.indexText(e.Max) + "; " + strings.Join(cond, " || ") +
		" { panic(_gbp.Slice3Error(" + loV + ", " + hiV + ", " + maxV + ", " + bound + "(" + x + "), " + boolText(bound == "cap") + ")) };")
}

// wide returns how to write values of the exprs' types and ints so that
// they compare: Go compares only values of one type, and an index may be
// of any integer type. Unsigned wins: a negative value, seen unsigned,
// is out of range as it should be.
func (w *boundsWalk) wide(exprs ...ast.Expr) func(string) string {
	conv := ""
	for _, e := range exprs {
		if e == nil {
			continue
		}
		tv, ok := w.c.Info.Types[e]
		if !ok || tv.Value != nil {
			continue
		}
		b, isBasic := tv.Type.Underlying().(*types.Basic)
		switch {
		case !isBasic || b.Kind() == types.Int:
		case b.Info()&types.IsUnsigned != 0:
			conv = "uint64"
		case conv == "":
			conv = "int64"
		}
	}
	if conv == "" {
		return func(v string) string { return v }
	}
	return func(v string) string { return conv + "(" + v + ")" }
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func (w *boundsWalk) add(guard string) {
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	if !w.seen[guard] {
		w.seen[guard] = true
		w.guards = append(w.guards, guard)
	}
}
