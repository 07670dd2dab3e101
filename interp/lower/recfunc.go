package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// A function type whose result is itself - the state functions of a
// lexer, `type stateFn func(rune) stateFn` - crashed yaegi v0.16.1's
// compiler ("CFG post-order panic"). The lowering gives it, and every
// function that returns it, the result any, and takes a call's result
// back to the type:
//
//	type stateFn func(r rune) stateFn     becomes   type stateFn func(r rune) any
//	inWord = func(r rune) stateFn { ... } becomes   inWord = func(r rune) any { ... }
//	state = state(r)                      becomes   state = func() stateFn { v, _ := (state(r)).(stateFn); return v }()
//
// A nil result stays nil.

// selfResultType reports whether t is a named function type whose one
// result is of its own type.
func selfResultType(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	sig, ok := named.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	// One result only: a call's result is taken back to the type where
	// it is made, which a tuple cannot be.
	return sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), named)
}

// lowerSelfResults writes `any` for each result of a function type (a
// type's declaration, a literal's or a declared function's signature)
// that is a self-returning function type of the cells.
func (c *cell) lowerSelfResults(ft *ast.FuncType) {
	if ft == nil || ft.Results == nil {
		return
	}
	for _, f := range ft.Results.List {
		if t := c.Info.TypeOf(f.Type); t != nil && c.isCellType(t) && selfResultType(t) {
			c.replace(f.Type.Pos(), f.Type.End(), "any")
		}
	}
}

// lowerSelfResultCall takes the result of a call that returns a
// self-returning function type back to that type.
func (c *cell) lowerSelfResultCall(call *ast.CallExpr) {
	t := c.Info.TypeOf(call)
	if t == nil || !c.isCellType(t) || !selfResultType(t) {
		return
	}
	if tv, ok := c.Info.Types[call.Fun]; ok && tv.IsType() {
		return // a conversion
	}
	ts, ok := c.typeString(t)
	if !ok {
		return
	}
	c.insert(call.Pos(), "func() "+ts+" { v, _ := (")
	// The closing text replaces the call's ")", so that it comes before
	// what an enclosing lowering inserts where the call ends (return
	// lexWhile(1) is converted too).
	c.replace(call.Rparen, call.End(), ")).("+ts+"); return v }()")
}

// lowerSelfResultReturn converts what a function returning a
// self-returning function type returns to that type, as Go does
// implicitly: the declared function lexNumber is of type func(*lexer)
// any once lowered, and any holds it without the name that the call's
// assertion asks for.
func (c *cell) lowerSelfResultReturn(n *ast.ReturnStmt) {
	if len(n.Results) != 1 {
		return
	}
	ft, _ := c.enclosingFunc()
	if ft == nil || ft.Results == nil || len(ft.Results.List) != 1 {
		return
	}
	t := c.Info.TypeOf(ft.Results.List[0].Type)
	if t == nil || !c.isCellType(t) || !selfResultType(t) {
		return
	}
	ts, ok := c.typeString(t)
	if !ok {
		return
	}
	c.insert(n.Results[0].Pos(), ts+"(")
	c.wrapDeclaredState(n.Results[0], t)
	c.insert(n.Results[0].End(), ")")
}

// lowerSelfResultConversion does the same for a declared function
// converted to the type: stateFn(lexAny).
func (c *cell) lowerSelfResultConversion(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	tv, ok := c.Info.Types[call.Fun]
	if !ok || !tv.IsType() || !c.isCellType(tv.Type) || !selfResultType(tv.Type) {
		return
	}
	c.wrapDeclaredState(call.Args[0], tv.Type)
}

// wrapDeclaredState writes e, a function the cells declare, as a literal
// that calls it: yaegi lost the result of a declared function converted
// to the type once the conversion was called (state := stateFn(lexAny);
// state(l) gave nil), not a literal's.
//
//	lexAny   becomes   func(p0 *lexer) any { return lexAny(p0) }
func (c *cell) wrapDeclaredState(e ast.Expr, t types.Type) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return
	}
	if fn, ok := c.Info.Uses[id].(*types.Func); !ok || fn.Pkg() != c.Pkg {
		return
	}
	params, args, variadic, ok := c.paramList(t.Underlying().(*types.Signature))
	if !ok {
		return
	}
	c.replace(e.Pos(), e.End(), "func("+strings.Join(params, ", ")+") any { return "+id.Name+"("+strings.Join(args, ", ")+variadic+") }")
}
