package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerGenericCall writes out the type arguments of a use of a generic
// function, as the checker inferred them. yaegi's own inference fails in
// many places Go's does not - an untyped constant argument
// (cmp.Or("", "x")), a variadic parameter, a parameter of a generic named
// type (Filter(seq iter.Seq[T])), a core type (S ~[]E) - with "undefined
// type for E" or a wrong type; given the arguments, it runs the call.
//
//	cmp.Or(a, "x")   becomes   cmp.Or[string](a, "x")
//
// Type arguments the cell writes stay as written. A type the cell cannot
// name leaves the use to yaegi's inference; an instantiated generic type
// as an argument (which yaegi cannot find unless something instantiated
// it before: "type not found: main.Box[float64]") is made first
// (makeInstances), or, with several type arguments, named by an alias.
func (c *cell) lowerGenericCall(n *ast.Ident) {
	inst, ok := c.Info.Instances[n]
	if !ok {
		return
	}
	fn, ok := c.Info.Uses[n].(*types.Func)
	if !ok || fn.Pkg() == nil || !fromSource(fn) || strings.HasPrefix(fn.Name(), witnessPrefix) || c.stdWitnessed[n] {
		// A copy taking witnesses is there for yaegi's inference.
		return
	}
	expr := ast.Node(n)
	if sel, ok := c.parent().(*ast.SelectorExpr); ok && sel.Sel == n {
		expr = sel
		if len(c.stack) > 1 && explicit(c.stack[len(c.stack)-2], sel) {
			c.completeTypeArgs(c.stack[len(c.stack)-2], inst)
			return
		}
	} else if explicit(c.parent(), n) {
		c.completeTypeArgs(c.parent(), inst)
		return
	}
	args := make([]string, inst.TypeArgs.Len())
	var instances []string // type arguments made of generic types' instances
	for i := range args {
		t := inst.TypeArgs.At(i)
		if anyType(t, manyTypeArgs) && !hasTypeParam(t) {
			// Map(ps, f) of a []Pair[string, int]: yaegi inferred U as
			// the instance, and failed on it written out; through an
			// alias it is right (instancearg.go).
			name, ok := c.instanceAlias(t)
			if !ok {
				return
			}
			args[i] = name
			continue
		}
		if anyType(t, hasInstance) && !hasTypeParam(t) && !anyType(t, manyTypeArgs) {
			s, ok := c.spellType(t)
			if !ok {
				return
			}
			args[i] = s
			instances = append(instances, s)
			continue
		}
		if hasInstance(t) || hasTypeParam(t) && c.plainArgs(expr) && !fn.Type().(*types.Signature).Variadic() {
			// Inside a generic body yaegi infers from plain arguments,
			// and failed on Inner[T](x) (a nil dereference); it cannot
			// infer through a call's results (Try(f(v))), nor for a
			// variadic function (Sum(xs...) and Sum(x) panicked, where
			// Sum[T](xs...) runs).
			return
		}
		s, ok := c.spellType(t)
		if !ok {
			return
		}
		args[i] = s
	}
	if len(instances) > 0 && !c.makeInstances(instances) {
		return
	}
	c.insert(expr.End(), "["+strings.Join(args, ", ")+"]")
}

// manyTypeArgs reports an instance of a generic type of several type
// parameters: yaegi's CFG panicked on Map[Pair[string, float64], string].
func manyTypeArgs(t types.Type) bool {
	named, ok := t.(*types.Named)
	return ok && named.TypeArgs().Len() > 1
}

// nestsManyTypeArgs reports an instance with an instance of several type
// arguments among its own: yaegi's CFG panics on naming one in an
// evaluation after the one that made it (type A = Option[Pair[string,
// int]], v.(Stack[Pair[string, int]])).
func nestsManyTypeArgs(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	for arg := range n.TypeArgs().Types() {
		if anyType(arg, manyTypeArgs) {
			return true
		}
	}
	return false
}

// completeTypeArgs writes out the type arguments a use leaves to
// inference after the ones it gives: yaegi does not infer them from the
// given ones through a core type (MakeFresh[Counter] with
// PT interface{ *T; Reset() } becomes MakeFresh[Counter, *Counter]).
func (c *cell) completeTypeArgs(index ast.Node, inst types.Instance) {
	var given []ast.Expr
	var end token.Pos
	switch x := index.(type) {
	case *ast.IndexExpr:
		given, end = []ast.Expr{x.Index}, x.Rbrack
	case *ast.IndexListExpr:
		given, end = x.Indices, x.Rbrack
	}
	if len(given) == 0 || len(given) >= inst.TypeArgs.Len() {
		return
	}
	var rest strings.Builder
	for i := len(given); i < inst.TypeArgs.Len(); i++ {
		t := inst.TypeArgs.At(i)
		if hasInstance(t) {
			return
		}
		s, ok := c.spellType(t)
		if !ok {
			return
		}
		rest.WriteString(", " + s)
	}
	c.insert(end, rest.String())
}

// explicit reports whether parent gives type arguments to x.
func explicit(parent ast.Node, x ast.Expr) bool {
	switch p := parent.(type) {
	case *ast.IndexExpr:
		return p.X == x
	case *ast.IndexListExpr:
		return p.X == x
	}
	return false
}

// hasInstance reports whether t is or contains an instantiated generic
// type.
func hasInstance(t types.Type) bool {
	switch t := t.(type) {
	case *types.Named:
		return t.TypeArgs().Len() > 0
	case *types.Alias:
		return t.TypeArgs().Len() > 0 || hasInstance(types.Unalias(t))
	case *types.Pointer:
		return hasInstance(t.Elem())
	case *types.Slice:
		return hasInstance(t.Elem())
	case *types.Array:
		return hasInstance(t.Elem())
	case *types.Chan:
		return hasInstance(t.Elem())
	case *types.Map:
		return hasInstance(t.Key()) || hasInstance(t.Elem())
	case *types.Signature:
		return hasInstance(t.Params()) || hasInstance(t.Results())
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if hasInstance(t.At(i).Type()) {
				return true
			}
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if hasInstance(t.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

// lowerGenericDefine declares with their types the variables a top-level
// statement of a notebook cell defines from a call of a generic
// function: yaegi fails on such a global defined by ":=" ("constant
// definition loop", "nil reflect type", a nil dereference) but not on one
// declared with its type and then assigned.
//
//	keys := slices.Sorted(maps.Keys(m))   becomes
//	var keys []string; keys = slices.Sorted(maps.Keys(m))
//
// In the init statement of a top-level if, switch or for, where a var
// declaration cannot go, a conversion gives the type instead:
//
//	if m := slices.Max(xs); m > 0 {   becomes   if m := (int)(slices.Max(xs)); m > 0 {
func (c *cell) lowerGenericDefine(n *ast.AssignStmt) {
	if n.Tok != token.DEFINE {
		return
	}
	if !c.callsGeneric(n.Rhs) {
		if c.topLevel() && c.redeclares(n) && hasCompositeAmong(n.Rhs) {
			// k, arr := k+1, [2]int{k, 2} with k a variable of the
			// session: yaegi made k anew, zero, before reading it.
			// (lowerCompositeAmong makes the values one call's results,
			// which are then assigned together.)
			c.declareThenAssign(n)
		}
		return
	}
	if c.topLevelInit(n) {
		if len(n.Lhs) != len(n.Rhs) {
			return // a call with several results: nothing to convert
		}
		for _, r := range n.Rhs {
			ts, ok := c.spellType(c.Info.Types[r].Type)
			if !ok || !c.callsGeneric([]ast.Expr{r}) {
				continue
			}
			c.insert(r.Pos(), "("+ts+")(")
			c.insert(r.End(), ")")
		}
		return
	}
	if c.topLevel() {
		c.declareThenAssign(n)
	}
}

// hasCompositeAmong reports several values of which one is a composite
// literal.
func hasCompositeAmong(values []ast.Expr) bool {
	if len(values) < 2 {
		return false
	}
	for _, v := range values {
		if _, ok := ast.Unparen(v).(*ast.CompositeLit); ok {
			return true
		}
	}
	return false
}

// redeclares reports a := that assigns a variable it does not declare.
func (c *cell) redeclares(n *ast.AssignStmt) bool {
	for _, l := range n.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" && c.Info.Defs[id] == nil {
			return true
		}
	}
	return false
}

// declareThenAssign writes a top-level := as declarations of the
// variables it defines, with their types, then an assignment.
func (c *cell) declareThenAssign(n *ast.AssignStmt) {
	var decls []string
	for _, l := range n.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return
		}
		obj := c.Info.Defs[id]
		if obj == nil {
			continue // assigned, not declared
		}
		ts, ok := c.spellType(obj.Type())
		if !ok {
			return
		}
		decls = append(decls, "var "+c.text(id)+" "+ts+"; ")
	}
	if len(n.Lhs) > 1 && len(n.Lhs) == len(n.Rhs) && c.mixedValues(n.Rhs) {
		// yaegi drops the values that are not calls of a parallel
		// assignment mixing calls with others (lowerMixedAssign).
		c.assignThroughTemps(n, strings.Join(decls, ""))
		return
	}
	c.insert(n.Pos(), strings.Join(decls, ""))
	c.replace(n.TokPos, n.TokPos+2, "=")
}

// lowerGenericVar gives its type to a package-level var declaration (or
// one among a notebook cell's top-level statements) initialized by a call
// of a generic function, for the reason lowerGenericDefine says.
//
//	var keys = slices.Sorted(maps.Keys(m))   becomes   var keys []string = slices.Sorted(maps.Keys(m))
func (c *cell) lowerGenericVar(g *ast.GenDecl) {
	if g.Tok != token.VAR {
		return
	}
	if _, ok := c.parent().(*ast.File); !ok {
		if _, ok := c.parent().(*ast.DeclStmt); !ok || c.Body == nil || len(c.stack) < 2 || c.stack[len(c.stack)-2] != c.Body.Body {
			return
		}
	}
	for _, spec := range g.Specs {
		vs := spec.(*ast.ValueSpec)
		if vs.Type != nil || !c.callsGeneric(vs.Values) {
			continue
		}
		if len(vs.Names) > 1 && len(vs.Names) == len(vs.Values) && c.wrapsGenericAmong(vs.Values) {
			continue // each value is a literal's call (lowerGenericAmong)
		}
		obj := c.Info.Defs[vs.Names[0]]
		if obj == nil {
			continue
		}
		for _, id := range vs.Names[1:] {
			if o := c.Info.Defs[id]; o == nil || !types.Identical(o.Type(), obj.Type()) {
				obj = nil
			}
		}
		if obj == nil {
			c.fail(vs, "a var declaration of variables of different types from a generic call",
				"declare them with :=, or each with its type")
			return
		}
		ts, ok := c.spellType(obj.Type())
		if !ok {
			continue
		}
		c.insert(vs.Names[len(vs.Names)-1].End(), " "+ts)
	}
}

// topLevel reports whether the node visited is a top-level statement of
// a notebook cell.
func (c *cell) topLevel() bool {
	return c.Body != nil && c.parent() == c.Body.Body
}

// topLevelInit reports whether n is the init statement of a top-level
// statement of a notebook cell.
func (c *cell) topLevelInit(n ast.Stmt) bool {
	if c.Body == nil || len(c.stack) < 2 || c.stack[len(c.stack)-2] != c.Body.Body {
		return false
	}
	switch p := c.parent().(type) {
	case *ast.IfStmt:
		return p.Init == n
	case *ast.SwitchStmt:
		return p.Init == n
	case *ast.TypeSwitchStmt:
		return p.Init == n
	case *ast.ForStmt:
		return p.Init == n
	}
	return false
}

// callsGeneric reports whether exprs use a generic function outside
// function literals.
func (c *cell) callsGeneric(exprs []ast.Expr) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				// min and max of two values or more are the session's
				// generic functions (interp's prelude); constant ones
				// are folded (consts.go).
				if len(x.Args) > 1 && c.isBuiltin(x, "min", "max") && c.Info.Types[x].Value == nil {
					found = true
				}
			case *ast.Ident:
				if _, ok := c.Info.Instances[x]; ok {
					if _, ok := c.Info.Uses[x].(*types.Func); ok {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// hasTypeParam reports whether t is or contains a type parameter.
func hasTypeParam(t types.Type) bool {
	return anyType(t, func(u types.Type) bool {
		_, ok := u.(*types.TypeParam)
		return ok
	})
}

// anyType reports whether t, or a type it is made of (an element, a key,
// a type argument, a parameter or result), satisfies pred.
func anyType(t types.Type, pred func(types.Type) bool) bool {
	if pred(t) {
		return true
	}
	switch t := t.(type) {
	case *types.Alias:
		return anyType(types.Unalias(t), pred)
	case *types.Pointer:
		return anyType(t.Elem(), pred)
	case *types.Slice:
		return anyType(t.Elem(), pred)
	case *types.Array:
		return anyType(t.Elem(), pred)
	case *types.Map:
		return anyType(t.Key(), pred) || anyType(t.Elem(), pred)
	case *types.Chan:
		return anyType(t.Elem(), pred)
	case *types.Named:
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if anyType(t.TypeArgs().At(i), pred) {
				return true
			}
		}
	case *types.Signature:
		for i := 0; i < t.Params().Len(); i++ {
			if anyType(t.Params().At(i).Type(), pred) {
				return true
			}
		}
		for i := 0; i < t.Results().Len(); i++ {
			if anyType(t.Results().At(i).Type(), pred) {
				return true
			}
		}
	}
	return false
}

// plainArgs reports whether fun is called with arguments that are not
// calls, and whose types are not made of generic types (T and []T are
// fine, *node[T] is not).
func (c *cell) plainArgs(fun ast.Node) bool {
	for i := len(c.stack) - 1; i >= 0; i-- {
		call, ok := c.stack[i].(*ast.CallExpr)
		if !ok {
			continue
		}
		if call.Fun != fun {
			return false
		}
		for _, a := range call.Args {
			if _, isCall := ast.Unparen(a).(*ast.CallExpr); isCall {
				return false
			}
			if hasInstance(c.Info.TypeOf(a)) {
				return false // *node[T]: yaegi cannot infer through it
			}
		}
		return true
	}
	return false
}
