package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// yaegi loses a value of a generic function's call assigned together with
// others: `var a, b = 1, Id(2)` left b zero, `c, d := Id("x"), 1` (a
// top-level statement) left d zero, and a var declaration of several
// types was refused. A call computed by a function literal is assigned
// right:
//
//	c, d := Id("x"), 1   becomes   c, d := func() string { return Id("x") }(), 1

// lowerGenericAmong wraps the values that call a generic function among
// the several values of an assignment or a var declaration.
func (c *cell) lowerGenericAmong(values []ast.Expr) {
	if len(values) < 2 || !c.wrapsGenericAmong(values) {
		return
	}
	c.wrapGenericValues(values)
}

// lowerLocalGenericVar wraps the values of a var declaration in a
// function that call a generic function: yaegi left the variable zero
// (`var n int = Id(3)`, `var n = Id(3) + 1`, `var b Box[int] = Wrap(5)`),
// where := and a literal's call give the value.
//
//	var n int = Id(3)   becomes   var n int = func() int { return Id(3) }()
func (c *cell) lowerLocalGenericVar(vs *ast.ValueSpec) {
	if len(vs.Values) != 1 || c.topLevelDecl() {
		return
	}
	if ft, _ := c.enclosingFunc(); ft == nil || !c.callsGeneric(vs.Values) {
		return
	}
	if vs.Type != nil {
		if _, isIface := c.Info.TypeOf(vs.Type).Underlying().(*types.Interface); isIface {
			// Other lowerings wrap a value going into an interface
			// (ifacecopy.go); declared first, the variable is assigned
			// it, which yaegi does right.
			c.declareThenAssignSpec(vs)
			return
		}
	}
	if len(vs.Names) == 1 && c.inGenericFunc(vs.Pos()) {
		// In a generic function that calls itself, yaegi's literal
		// returned the function's zero value instead (a recursive merge
		// sort returned []): the variable is declared, then assigned.
		c.declareThenAssignSpec(vs)
		return
	}
	if len(vs.Names) == 1 {
		if c.wrapsGenericAmong(vs.Values) {
			c.wrapGenericValues(vs.Values)
		}
		return
	}
	// var a, b = Pair(3): the literal returns the call's results.
	tuple, ok := c.Info.TypeOf(vs.Values[0]).(*types.Tuple)
	if !ok {
		return
	}
	if g, ok := c.parent().(*ast.GenDecl); ok && c.inGenericFunc(vs.Pos()) {
		// Not in a generic function (above): a definition declares the
		// same variables.
		if vs.Type == nil && !g.Lparen.IsValid() && len(g.Specs) == 1 {
			c.replace(g.Pos(), vs.Names[0].Pos(), "")
			c.replace(vs.Names[len(vs.Names)-1].End(), vs.Values[0].Pos(), " := ")
		}
		return
	}
	var results []string
	for i := 0; i < tuple.Len(); i++ {
		ts, ok := c.spellType(tuple.At(i).Type())
		if !ok {
			return
		}
		results = append(results, ts)
	}
	c.computeInLiteral(vs.Values[0], "("+strings.Join(results, ", ")+")")
}

// wrapGenericValues wraps the values that call a generic function in
// function literals.
func (c *cell) wrapGenericValues(values []ast.Expr) {
	for _, v := range values {
		if !c.callsGeneric([]ast.Expr{v}) {
			continue
		}
		ts, _ := c.spellType(c.Info.TypeOf(v))
		c.computeInLiteral(v, ts)
	}
}

// wrapsGenericAmong reports whether values can be wrapped: a generic
// call is among them, and the types of those that call one can be
// written.
func (c *cell) wrapsGenericAmong(values []ast.Expr) bool {
	if !c.callsGeneric(values) {
		return false
	}
	for _, v := range values {
		if !c.callsGeneric([]ast.Expr{v}) {
			continue
		}
		tv, ok := c.Info.Types[v]
		if !ok || tv.Type == nil {
			return false
		}
		if _, ok := c.spellType(tv.Type); !ok {
			return false
		}
	}
	return true
}

// assignValues returns the values of an assignment that assigns each its
// own (not a call's several results), or nil.
func assignValues(n *ast.AssignStmt) []ast.Expr {
	if len(n.Lhs) != len(n.Rhs) || n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
		return nil
	}
	return n.Rhs
}

// declareThenAssignSpec writes `var s I = x`, the only spec of its
// declaration, as `var s I; s = x`, unless x names s (then the outer
// one).
func (c *cell) declareThenAssignSpec(vs *ast.ValueSpec) {
	g, ok := c.parent().(*ast.GenDecl)
	if !ok || g.Lparen.IsValid() || len(g.Specs) != 1 || len(vs.Names) != 1 || len(vs.Values) != 1 {
		return
	}
	name := vs.Names[0].Name
	named := false
	ast.Inspect(vs.Values[0], func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			named = true
		}
		return !named
	})
	if named || name == "_" {
		return
	}
	if vs.Type == nil {
		ts, ok := c.spellType(c.Info.TypeOf(vs.Names[0]))
		if !ok {
			return
		}
		c.replace(vs.Names[0].End(), vs.Values[0].Pos(), " "+ts+"; "+name+" = ")
		return
	}
	c.replace(vs.Type.End(), vs.Values[0].Pos(), "; "+name+" = ")
}
