package lower

import (
	"go/ast"
	"go/types"
)

// yaegi v0.16.1 keeps the code it generates for a generic method by the
// method's name and the type arguments only: a Stack[int] and a
// Queue[int] that both have Push shared one, and the second type's
// methods ran the first's ("reflect.Set: value of type *struct { Xitems
// []int } is not assignable"). The session empties that store after each
// evaluation (interp's retention.go), so an instance made in an
// evaluation of its own gets its own methods. Where the cell uses an
// instance of a generic type that shares a method name with another
// generic type of the session, the instance is made first by a
// package-level alias, a declaration evaluated on its own:
//
//	q := &Queue[int]{}   gets before its function   type _gbpIQueue_int = Queue[int];

// premakeInstance makes the instance n names beforehand, if it needs to.
func (c *cell) premakeInstance(n ast.Expr) {
	tv, ok := c.Info.Types[n]
	if !ok || !tv.IsType() || c.inGenericDecl() {
		return
	}
	named, ok := tv.Type.(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 || hasTypeParam(named) {
		return
	}
	if !c.sharesMethodName(named.Origin()) && !(c.topLevelConversion(n) && named.Obj().Pkg() == c.Pkg && !isFuncType(named)) {
		return // (an alias of iter.Seq[float64], or of a generic func type of the cell's, broke the conversion)
	}
	c.instanceAlias(named)
}

// topLevelConversion reports whether n is the type of a conversion among a
// cell's top-level statements (List[int](xs)): yaegi found no such
// instance there ("type not found: List[int]") unless something made it.
func (c *cell) topLevelConversion(n ast.Expr) bool {
	if c.Body == nil || len(c.stack) == 0 {
		return false
	}
	call, ok := c.stack[len(c.stack)-1].(*ast.CallExpr)
	if !ok || call.Fun != n {
		return false
	}
	for _, s := range c.stack {
		switch s.(type) {
		case *ast.FuncLit:
			return false
		case *ast.FuncDecl:
			if s != c.Body {
				return false
			}
		}
	}
	return true
}

// sharesMethodName reports whether the generic type g has a method whose
// name a method of another generic type of the session has.
func (c *cell) sharesMethodName(g *types.Named) bool {
	mine := map[string]bool{}
	for i := range g.NumMethods() {
		mine[g.Method(i).Name()] = true
	}
	scope := c.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		other, ok := tn.Type().(*types.Named)
		if !ok || other == g || other.TypeParams().Len() == 0 {
			continue
		}
		for i := range other.NumMethods() {
			if mine[other.Method(i).Name()] {
				return true
			}
		}
	}
	return false
}

// premakeResult makes beforehand the instances of generic types in the
// type of a call's result that need it: an instance a generic function's
// call returns (MkB[string]("b") is a B[string]) is made by yaegi in the
// evaluation of the call's function, beside the others it makes there.
func (c *cell) premakeResult(call *ast.CallExpr) {
	if c.inGenericDecl() {
		return
	}
	tv, ok := c.Info.Types[call]
	if !ok || tv.IsType() || tv.Type == nil {
		return
	}
	anyType(tv.Type, func(t types.Type) bool {
		named, ok := t.(*types.Named)
		if ok && named.TypeArgs().Len() > 0 && !hasTypeParam(named) && c.sharesMethodName(named.Origin()) {
			c.instanceAlias(named)
		}
		return false
	})
}

// isFuncType reports a type whose underlying type is a function's.
func isFuncType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}
