package lower

import (
	"fmt"
	"go/ast"
	"go/token"
)

// lowerBlankVar names the blank variables of a top-level var declaration.
// yaegi takes `var _ = x` at the top level for a definition of _, and a
// second one (var _ Shape = Sq{}, the interface-check idiom, twice)
// failed with "no new variables on left side of :=". A name nobody can
// write keeps the value's evaluation and the type check:
//
//	var _ Shape = Sq{}   becomes   var _gbpBlank12_3 Shape = Sq{}
//
// In a function, yaegi refused `var _ T` without a value ("cannot use _
// as value"); it gets a name too.
func (c *cell) lowerBlankVar(g *ast.GenDecl) {
	if g.Tok != token.VAR {
		return
	}
	if !c.topLevelDecl() {
		for _, spec := range g.Specs {
			if vs := spec.(*ast.ValueSpec); len(vs.Values) == 0 {
				for _, id := range vs.Names {
					if id.Name == "_" {
						c.replace(id.Pos(), id.End(), c.blankName(id))
					}
				}
			}
		}
		return
	}
	for _, spec := range g.Specs {
		if multiVar(spec.(*ast.ValueSpec)) {
			continue // lowerMultiVar writes its names
		}
		for _, id := range spec.(*ast.ValueSpec).Names {
			if id.Name == "_" {
				c.replace(id.Pos(), id.End(), c.blankName(id))
			}
		}
	}
}

// blankName is the name a blank variable gets. The offset and the cell's
// length keep names of different cells apart; a clash would only
// redefine a variable no one reads.
func (c *cell) blankName(id *ast.Ident) string {
	if id.Name != "_" {
		return id.Name
	}
	return fmt.Sprintf("_gbpBlank%d_%d", c.offset(id.Pos()), len(c.Src))
}

// multiVar reports a spec that declares several variables of a given
// type with one value each.
func multiVar(vs *ast.ValueSpec) bool {
	return vs.Type != nil && len(vs.Names) > 1 && len(vs.Names) == len(vs.Values)
}

// lowerMultiVar declares the variables of a top-level `var a, b T = x, y`
// one by one: yaegi's global scope defined none of them ("undefined:
// a"). Each keeps its type and value, in the same order:
//
//	var a, b any = 1, 2   becomes   var a any = 1; var b any = 2
func (c *cell) lowerMultiVar(g *ast.GenDecl) {
	if g.Tok != token.VAR || !c.topLevelDecl() {
		return
	}
	for _, spec := range g.Specs {
		vs := spec.(*ast.ValueSpec)
		if !multiVar(vs) {
			continue
		}
		sep := "; var "
		if g.Lparen.IsValid() {
			sep = "; "
		}
		// The values stay where they are, with what other lowerings
		// insert around them (lowerIfaceCopySpec); what is between
		// them becomes the next declaration's head.
		typ := c.text(vs.Type)
		c.replace(vs.Names[0].Pos(), vs.Type.Pos(), c.blankName(vs.Names[0])+" ")
		for i := 1; i < len(vs.Values); i++ {
			c.replace(vs.Values[i-1].End(), vs.Values[i].Pos(), sep+c.blankName(vs.Names[i])+" "+typ+" = ")
		}
	}
}

// topLevelDecl reports whether the declaration being visited is at the
// top level of the cell or of a pasted program.
func (c *cell) topLevelDecl() bool {
	if _, ok := c.parent().(*ast.File); ok {
		return true
	}
	_, ok := c.parent().(*ast.DeclStmt)
	return ok && c.Body != nil && len(c.stack) >= 2 && c.stack[len(c.stack)-2] == c.Body.Body
}

// lowerTopLevelBlankAssign writes `_ = x` in a loop among a cell's
// top-level statements as a double assignment: yaegi's single assignment
// to _ there, in the interpreter's global frame, dereferenced nil (`for _,
// s := range xs { _ = s }` ended the cell with no output). Only a name or
// a selector (of a call's result, yaegi's double assignment mixed the
// types up):
//
//	_ = s   becomes   _, _ = s, 0
func (c *cell) lowerTopLevelBlankAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 || !c.atTopLevel() {
		return
	}
	if id, ok := n.Lhs[0].(*ast.Ident); !ok || id.Name != "_" {
		return
	}
	switch ast.Unparen(n.Rhs[0]).(type) {
	case *ast.Ident, *ast.SelectorExpr:
	default:
		return
	}
	c.replace(n.Lhs[0].Pos(), n.Lhs[0].End(), "_, _")
	c.insertLast(n.Rhs[0].End(), ", 0")
}

// lowerTopLevelBlanks runs an assignment of several values all to _ among
// a cell's top-level statements in a function literal: yaegi, in its
// global frame, stored one call's value in the place of another's
// (`_, _ = strings.ToUpper("x"), mk()` panicked with "reflect.Set: value
// of type string is not assignable to type map[int]int"); in a function
// it does not:
//
//	_, _ = f(), g()   becomes   func() { _, _ = f(), g() }()
func (c *cell) lowerTopLevelBlanks(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || !c.atTopLevel() {
		return
	}
	for _, l := range n.Lhs {
		if !isBlank(l) {
			return
		}
	}
	c.insert(n.Pos(), "func() { ")
	c.insertLast(n.End(), " }()")
}

// lowerTopLevelBlankDefine names the blanks of a define with other
// variables among a cell's top-level statements: yaegi gave the blank
// identifier of its global frame the type of the value it took, and a
// later `_ = slices.Max(xs)` failed ("reflect.Set: value of type int is
// not assignable to type string"):
//
//	_, ok := "s", true   becomes   _gbpBlank1, ok := "s", true
func (c *cell) lowerTopLevelBlankDefine(n *ast.AssignStmt) {
	if n.Tok != token.DEFINE || len(n.Lhs) < 2 || !c.atTopLevel() || c.rewrittenWithin(n.Pos(), n.End()) {
		return
	}
	for _, l := range n.Lhs {
		if isBlank(l) {
			c.replace(l.Pos(), l.End(), c.newName("Blank"))
		}
	}
}

// lowerTopLevelBlankKey names the blank key of a range among a cell's
// top-level statements: yaegi counted the loop in its global frame's
// blank identifier, so a `_ = x` in the body set the count, and the loop
// ended early (`_ = id * 2`) or panicked (`_ = process(id)` stored a nil
// error there):
//
//	for _, id := range ids {   becomes   for _gbpKey1, id := range ids {
func (c *cell) lowerTopLevelBlankKey(n *ast.RangeStmt) {
	if n.Tok != token.DEFINE || !c.atTopLevel() {
		return
	}
	// (The value's blank too: for i, _ := range xs.)
	for _, e := range []ast.Expr{n.Key, n.Value} {
		if e != nil && isBlank(e) && !c.rewrittenWithin(e.Pos(), e.End()) {
			// (Unless another lowering named it: for _, c := range chans.)
			c.replace(e.Pos(), e.End(), c.newName("Key"))
		}
	}
}
