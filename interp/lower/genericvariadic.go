package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// yaegi cannot call a generic variadic function from a generic body once
// the type argument is a named type: Sum(xs...) in Mean[T] with T = Loss
// (type Loss float64) failed with "undefined type for T", written
// Sum[T](xs...) or not, where a call of a generic function taking the
// slice (Sum(xs) for xs []T), left to yaegi's inference, runs. So such a
// function is split in two - its body takes the slice, and a variadic
// function of the declared name passes it on - and calls from generic
// bodies call the body directly:
//
//	func Sum[T Number](xs ...T) T { ... }   becomes
//	func _gbpVSum[T Number](xs []T) T { ... }; func Sum[T Number](xs ...T) T { return _gbpVSum(xs) }
//
//	Sum(xs...) in a generic body   becomes   _gbpVSum(xs)
//	Sum(a, b)  in a generic body   becomes   _gbpVSum([]T{a, b})
//	Sum[T]()   in a generic body   becomes   _gbpVSum([]T(nil))
//
// Other uses (a call at the top level, which gets its type arguments
// written out, a function value Sum[int]) go through the variadic one.

// splitVariadic reports whether fn is a generic variadic function of the
// cells that the lowering splits: every parameter is named (the variadic
// function passes them on) and every type parameter shows in a parameter
// of a form yaegi infers from, so that the call of the body infers them
// all.
func (c *cell) splitVariadic(fn *types.Func) bool {
	if fn == nil || fn.Pkg() != c.Pkg {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !sig.Variadic() || sig.Recv() != nil || sig.TypeParams().Len() == 0 {
		return false
	}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if p.Name() == "" || p.Name() == "_" || !inferable(p.Type()) {
			return false
		}
	}
	for i := range sig.TypeParams().Len() {
		tp := sig.TypeParams().At(i)
		shown := false
		for j := range sig.Params().Len() {
			shown = shown || anyType(sig.Params().At(j).Type(), func(t types.Type) bool { return t == tp })
		}
		if !shown {
			return false
		}
	}
	return true
}

// inferable reports whether yaegi's inference gets a type parameter from a
// parameter of type t, or t has none: T or []T. It did not through
// Container[T], []<-chan T or func(T) U.
func inferable(t types.Type) bool {
	if s, ok := t.(*types.Slice); ok {
		t = s.Elem()
	}
	if _, ok := t.(*types.TypeParam); ok {
		return true
	}
	return !hasTypeParam(t)
}

// variadicBody is the name of the function that holds a split function's
// body.
func variadicBody(name string) string { return "_gbpV" + name }

// lowerGenericVariadicDecl splits the declaration of a generic variadic
// function.
func (c *cell) lowerGenericVariadicDecl(d *ast.FuncDecl) {
	if d.Recv != nil || d.Body == nil || d.Type.TypeParams == nil || len(c.stack) > 1 {
		return
	}
	fn, _ := c.Info.Defs[d.Name].(*types.Func)
	if !c.splitVariadic(fn) {
		return
	}
	params := d.Type.Params.List
	ell, ok := params[len(params)-1].Type.(*ast.Ellipsis)
	if !ok {
		return
	}
	var names []string
	for _, f := range params {
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	body := variadicBody(d.Name.Name)
	call := body + "(" + strings.Join(names, ", ") + ")"
	if d.Type.Results != nil && len(d.Type.Results.List) > 0 {
		call = "return " + call
	}
	sig, ok := c.wrapperSignature(d, fn)
	if !ok {
		return
	}
	wrapper := "; func " + d.Name.Name + c.Src[c.offset(d.Type.TypeParams.Pos()):c.offset(d.Type.TypeParams.End())] + sig + " { " + call + " }"
	c.replace(d.Name.Pos(), d.Name.End(), body)
	c.replace(ell.Pos(), ell.Pos()+3, "[]")
	c.insert(d.End(), wrapper)
}

// wrapperSignature spells the parameters and results of the variadic
// function that passes its arguments on to the split body, from the
// checker's types: a generic alias there (Set[T] for map[T]struct{}) is
// written out, as lowerAliasDecl removes its declaration.
func (c *cell) wrapperSignature(d *ast.FuncDecl, fn *types.Func) (string, bool) {
	sig := fn.Signature()
	spell := func(t types.Type) (string, bool) { return c.typeString(types.Unalias(t)) }
	var params []string
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		t := p.Type()
		prefix := ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			prefix, t = "...", t.(*types.Slice).Elem()
		}
		ts, ok := spell(t)
		if !ok {
			return "", false
		}
		params = append(params, p.Name()+" "+prefix+ts)
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		ts, ok := spell(sig.Results().At(i).Type())
		if !ok {
			return "", false
		}
		results = append(results, ts)
	}
	out := "(" + strings.Join(params, ", ") + ")"
	switch len(results) {
	case 0:
	case 1:
		out += " " + results[0]
	default:
		out += " (" + strings.Join(results, ", ") + ")"
	}
	return out, true
}

// lowerGenericVariadicCall makes a call of a split function in a generic
// body a call of its body. It reports whether it did.
func (c *cell) lowerGenericVariadicCall(n *ast.Ident) bool {
	// The function itself, or with its type arguments given: the body's
	// call leaves them to inference (Sum[T](...) is what yaegi fails on).
	fun := ast.Expr(n)
	if len(c.stack) > 1 && explicit(c.parent(), n) {
		fun = c.parent().(ast.Expr)
	}
	var call *ast.CallExpr
	for i := len(c.stack) - 1; i >= 0 && call == nil; i-- {
		if c.stack[i] == fun {
			continue
		}
		call, _ = c.stack[i].(*ast.CallExpr)
		if call == nil || call.Fun != fun {
			return false
		}
	}
	if call == nil {
		return false
	}
	inst, ok := c.Info.Instances[n]
	if !ok {
		return false
	}
	fn, _ := c.Info.Uses[n].(*types.Func)
	if !c.splitVariadic(fn) {
		return false
	}
	generic := false
	for i := range inst.TypeArgs.Len() {
		generic = generic || hasTypeParam(inst.TypeArgs.At(i))
	}
	if !generic {
		return false
	}
	sig := inst.Type.(*types.Signature)
	last := sig.Params().Len() - 1
	if call.Ellipsis.IsValid() {
		c.replace(fun.Pos(), fun.End(), variadicBody(n.Name))
		c.replace(call.Ellipsis, call.Ellipsis+3, "")
		return true
	}
	slice, ok := c.spellType(sig.Params().At(last).Type())
	if !ok {
		return false
	}
	c.replace(fun.Pos(), fun.End(), variadicBody(n.Name))
	if len(call.Args) <= last {
		if last > 0 {
			slice = ", " + slice
		}
		c.insert(call.Rparen, slice+"(nil)") // as Go passes no arguments
		return true
	}
	c.insert(call.Args[last].Pos(), slice+"{")
	c.insert(call.Args[len(call.Args)-1].End(), "}")
	return true
}

// lowerGroupedParams writes each parameter of a generic function with its
// own type: yaegi's compiler panicked on F[T any](r, c int, vals []T)
// (a nil dereference), where r int, c int compiles.
//
//	func F[T any](r, c int, xs ...T)   becomes   func F[T any](r int, c int, xs ...T)
func (c *cell) lowerGroupedParams(d *ast.FuncDecl) {
	if d.Type.TypeParams == nil || d.Type.Params == nil {
		return
	}
	for _, f := range d.Type.Params.List {
		if len(f.Names) < 2 {
			continue
		}
		if at, isAlias := c.Info.TypeOf(f.Type).(*types.Alias); isAlias {
			// The text would keep a generic alias that lowerAliasDecl
			// removes (a, b Set[T]); the type it stands for is written.
			if ts, ok := c.typeString(types.Unalias(at)); ok {
				for _, n := range f.Names[:len(f.Names)-1] {
					c.insert(n.End(), " "+ts)
				}
				continue
			}
		}
		// The type as lowered (iter.Seq[K] is a source package's).
		for _, n := range f.Names[:len(f.Names)-1] {
			c.copyLowered(f.Type, n.End(), " ")
		}
	}
}
