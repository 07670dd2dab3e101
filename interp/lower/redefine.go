package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerSelfRedefine evaluates the values of a cell's top-level := that
// defines a name its own values read - the variable of an earlier cell
// (`x := x * 10`), a package variable main's body shadows in a notebook
// (`total := total * 2`), a function (`count := count()`) - before the
// new variable exists:
//
//	x, y := x+1, 10   becomes   _gbpD1, _gbpD2 := x+1, 10; x, y := _gbpD1, _gbpD2
//
// yaegi gave the new variable its slot in the global frame before it
// evaluated the values, which then read it as zero: `x, y := x+1, 10`
// printed 1 10, silently (also when x was defined earlier in the same
// cell, and the := only assigns it), and a method call on it dereferenced
// nil. Inside a function it is right.
func (c *cell) lowerSelfRedefine(n *ast.AssignStmt) {
	if n.Tok != token.DEFINE || c.Body == nil || !c.atTopLevel() || len(c.stack) == 0 {
		return
	}
	if c.stack[len(c.stack)-1] != c.Body.Body {
		return // in a block of its own (a loop's body), or a statement's header
	}
	defined := map[string]bool{}
	for _, l := range n.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
			defined[id.Name] = true // new, or given again by a := that defines another
		}
	}
	reads := false
	for _, r := range n.Rhs {
		ast.Inspect(r, func(x ast.Node) bool {
			if _, lit := x.(*ast.FuncLit); lit {
				return false // reads it when called, after the statement
			}
			if id, ok := x.(*ast.Ident); ok && defined[id.Name] && c.Info.Uses[id] != nil {
				reads = true
			}
			return !reads
		})
	}
	if !reads {
		return
	}
	if c.rewrittenWithin(n.Pos(), n.End()) {
		return // lowered already (lowerGenericDefine): left as it is
	}
	var temps, lhs []string
	results := len(n.Lhs)
	for i := 0; i < results; i++ {
		temps = append(temps, c.newName("D"))
		lhs = append(lhs, c.text(n.Lhs[i]))
	}
	c.replace(n.Pos(), n.Rhs[0].Pos(), strings.Join(temps, ", ")+" := ")
	c.insertLast(n.End(), "; "+strings.Join(lhs, ", ")+" := "+strings.Join(temps, ", "))
}

// lowerTopLevelDefineType writes the type of two values a cell's
// top-level := (or the init statement of a top-level for, if or switch)
// gives its variable where yaegi's own differed - only there, where the
// variable lives in the session:
//
//	sep := ';'     becomes   sep := rune(';')      (yaegi made it an int)
//	b := src[1]    becomes   b := byte(src[1])     (yaegi: "constant definition loop")
//	m := max(a, 5) becomes   m := int(max(a, 5))   (yaegi: "nil reflect type")
func (c *cell) lowerTopLevelDefineType(n *ast.AssignStmt) {
	if n.Tok != token.DEFINE || !c.topLevel() && !c.topLevelInit(n) {
		return
	}
	for _, r := range n.Rhs {
		tv, ok := c.Info.Types[r]
		if !ok || tv.Type == nil {
			continue
		}
		conv := ""
		if ix, isIndex := ast.Unparen(r).(*ast.IndexExpr); isIndex && tv.Value == nil {
			if b, ok := c.Info.TypeOf(ix.X).Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				conv = "byte"
			} else if len(n.Lhs) == len(n.Rhs) && c.mentionsIndex(ix) {
				// An element of a slice a compiled call made:
				// yaegi failed ("constant definition loop").
				conv = c.conversionTo(tv.Type)
			}
		} else if tv.Value == nil && len(n.Lhs) == len(n.Rhs) && c.mentionsIndex(r) {
			conv = c.conversionTo(tv.Type) // f[0] + "!": a nil dereference
		} else if tv.Value != nil && types.Identical(tv.Type, types.Typ[types.Int32]) {
			conv = "rune"
		} else if call, isCall := ast.Unparen(r).(*ast.CallExpr); isCall && tv.Value == nil && c.isBuiltin(call, "min", "max") && len(n.Rhs) == 1 {
			// (Among several values, lowerGenericAmong computes it in a
			// function literal.)
			conv, _ = c.typeString(tv.Type)
		}
		if conv != "" {
			c.insert(r.Pos(), conv+"(")
			c.insertLast(r.End(), ")")
		}
	}
}

// conversionTo spells a conversion to t, "" if the cell cannot spell t,
// parenthesized where the type needs it (*T, func(...)).
func (c *cell) conversionTo(t types.Type) string {
	s, ok := c.typeString(t)
	switch {
	case !ok:
		return ""
	case strings.HasPrefix(s, "*") || strings.HasPrefix(s, "func(") || strings.HasPrefix(s, "<-"):
		return "(" + s + ")"
	}
	return s
}

// mentionsIndex reports an element of a slice or array in x, outside
// composite literals and function literals.
func (c *cell) mentionsIndex(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.CompositeLit:
			return false
		case *ast.IndexExpr:
			if t := c.Info.TypeOf(n.X); t != nil && !c.Info.Types[n.X].IsType() {
				switch t.Underlying().(type) {
				case *types.Slice, *types.Array:
					found = true
				}
			}
		}
		return !found
	})
	return found
}
