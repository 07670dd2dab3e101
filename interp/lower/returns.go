package lower

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// yaegi fails with a nil dereference returning a comparison or a negation
// as a result of interface type (`func gt(a, b int) any { return a > b }`),
// and returned nil for -x and ^x there; given as an interface value it
// returns them right:
//
//	return a > b   becomes   return any(a > b)

// lowerReturnedBool converts the boolean results of a return statement
// that are comparisons or negations, where the result is an interface.
func (c *cell) lowerReturnedBool(n *ast.ReturnStmt) {
	results := c.resultTypes(n)
	for i, r := range n.Results {
		if !isBoolOp(r) || results[i] == nil {
			continue
		}
		if _, isIface := results[i].Underlying().(*types.Interface); isIface {
			c.insert(r.Pos(), "any(")
			c.insertLast(r.End(), ")")
		}
	}
}

// isBoolOp reports a comparison or a negation.
func isBoolOp(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return true
		}
	case *ast.UnaryExpr:
		// And -x, ^x, +x: `return -x` gave nil.
		return e.Op == token.NOT || e.Op == token.SUB || e.Op == token.XOR || e.Op == token.ADD
	}
	return false
}

// yaegi's CFG panics on returning a generic function's call whose result
// is an instance of a generic function type (`func Pairs(m) iter.Seq2[string,
// int] { return All(m) }`, `return Twice(f)` for a Fn[int]); defined
// first, the value returns right:
//
//	return All(m)   becomes   { _gbpR1 := All(m); return _gbpR1 }

// lowerReturnedGenericFunc defines the result first.
func (c *cell) lowerReturnedGenericFunc(n *ast.ReturnStmt) {
	if len(n.Results) != 1 || !c.callsGeneric(n.Results) {
		return
	}
	if _, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); !ok {
		return
	}
	named, ok := types.Unalias(c.Info.TypeOf(n.Results[0])).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 {
		return
	}
	if _, isFunc := named.Underlying().(*types.Signature); !isFunc {
		return
	}
	r := c.newName("R")
	c.replace(n.Pos(), n.Results[0].Pos(), "{ "+r+" := ")
	c.insertLast(n.End(), "; return "+r+" }")
}

// yaegi lost the value of a call of a function value - one held in a
// struct field, or a variable made from one - among several results
// (`return p.f(s), nil` returned "" for strings.TrimSpace in p.f);
// computed by a function literal, it returns:
//
//	return p.f(s), nil   becomes   return func() string { return p.f(s) }(), nil

// lowerReturnedFieldCalls wraps such calls among several results.
func (c *cell) lowerReturnedFieldCalls(n *ast.ReturnStmt) {
	if len(n.Results) < 2 {
		return
	}
	for _, r := range n.Results {
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok {
			continue
		}
		if !c.callsFuncValue(call) {
			continue
		}
		ts, ok := c.typeString(c.Info.TypeOf(r))
		if !ok {
			continue
		}
		c.computeInLiteral(r, ts)
	}
}

// callsFuncValue reports a call of a function value: not of a declared
// function or method, a builtin or a conversion.
func (c *cell) callsFuncValue(call *ast.CallExpr) bool {
	if tv, ok := c.Info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		_, isVar := c.Info.Uses[f].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		if s, ok := c.Info.Selections[f]; ok {
			return s.Kind() == types.FieldVal
		}
		_, isVar := c.Info.Uses[f.Sel].(*types.Var) // a package's variable
		return isVar
	case *ast.IndexExpr:
		_, isSig := c.Info.TypeOf(f.X).Underlying().(*types.Signature)
		return !isSig // fs[i](x), m[k](x); not a generic function's instance
	case *ast.CallExpr:
		return true // f()(x)
	}
	return false
}

// lowerUnaryIntoInterface converts -x, ^x and +x (and a comparison or
// !x) stored by an assignment or a package-level declaration into a
// variable of interface type: yaegi compiled `b = -x`, for a b of type
// any, into a program that ran nothing at all - no output, no error -
// and a package-level `var a any = -x` likewise.
//
//	b = -x   becomes   b = any(-x)
func (c *cell) lowerUnaryIntoInterface(targets []types.Type, values []ast.Expr) {
	if len(targets) != len(values) {
		return
	}
	for i, v := range values {
		t := targets[i]
		if t == nil || !isBoolOp(v) || c.Info.Types[v].Value != nil || !types.IsInterface(t) || isParam(t) {
			continue
		}
		ts, ok := c.typeString(t)
		if !ok {
			continue
		}
		c.insert(v.Pos(), "("+ts+")(")
		c.insertLast(v.End(), ")")
	}
}

// assignTargets are the types of an assignment's left-hand sides (nil
// for := and the blank identifier).
func (c *cell) assignTargets(n *ast.AssignStmt) []types.Type {
	if n.Tok != token.ASSIGN {
		return nil
	}
	out := make([]types.Type, len(n.Lhs))
	for i, l := range n.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		out[i] = c.Info.TypeOf(l)
	}
	return out
}

// lowerReturnedUnsigned converts a returned constant beyond int64 to the
// result's unsigned type: yaegi took `return 1<<64 - 1` in a function of
// uint64 for an int64 and refused the cell ("constant
// 18446744073709551615 overflows int64"), where a conversion is right.
//
//	return 1<<64 - 1   becomes   return uint64(1<<64 - 1)
func (c *cell) lowerReturnedUnsigned(n *ast.ReturnStmt) {
	for _, r := range n.Results {
		tv := c.Info.Types[r]
		if tv.Value == nil || tv.Value.Kind() != constant.Int {
			continue
		}
		if _, fits := constant.Int64Val(tv.Value); fits {
			continue
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsUnsigned == 0 || b.Info()&types.IsUntyped != 0 {
			continue
		}
		if ts, ok := c.typeString(tv.Type); ok {
			c.insert(r.Pos(), "("+ts+")(")
			c.insertLast(r.End(), ")")
		}
	}
}

// resultTypes returns the types of the results of the function n returns
// from, one for each of n's values; nil for return f() or a bare return.
func (c *cell) resultTypes(n *ast.ReturnStmt) []types.Type {
	ft, _ := c.enclosingFunc()
	if ft == nil || ft.Results == nil {
		return nil
	}
	var results []types.Type
	for _, f := range ft.Results.List {
		t := c.Info.TypeOf(f.Type)
		for range max(1, len(f.Names)) {
			results = append(results, t)
		}
	}
	if len(results) != len(n.Results) {
		return nil
	}
	return results
}

// lowerReturnedComplex writes a returned real constant of a complex
// result as a complex constant: yaegi panicked on `return 0` in a
// function of complex128 ("reflect.Value.Convert: value of type int cannot
// be converted to type complex128"), where it takes 0 + 0i.
//
//	return 0   becomes   return (0) + 0i
func (c *cell) lowerReturnedComplex(n *ast.ReturnStmt) {
	results := c.resultTypes(n)
	for i, r := range n.Results {
		tv := c.Info.Types[r]
		if results == nil || results[i] == nil || tv.Value == nil || mentionsImaginary(r) {
			continue
		}
		if b, ok := results[i].Underlying().(*types.Basic); ok && b.Info()&types.IsComplex != 0 {
			c.insert(r.Pos(), "(")
			c.insertLast(r.End(), ") + 0i")
		}
	}
}

// mentionsImaginary reports an imaginary literal, or a named constant, in
// e: the constant is then complex as written.
func mentionsImaginary(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			found = found || n.Kind == token.IMAG
		case *ast.Ident, *ast.CallExpr:
			found = true
		}
		return !found
	})
	return found
}

// lowerReturnedNamedFunc converts a returned call's result of a named
// function type of the cells to that type: after
// `func (t *T) On() Sub { return t.add() }`, with add returning Sub too,
// yaegi's compiler panicked (a nil dereference) on every call of a Sub
// the program made.
//
//	return t.add()   becomes   return Sub(t.add())
func (c *cell) lowerReturnedNamedFunc(n *ast.ReturnStmt) {
	for _, r := range n.Results {
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok || c.Info.Types[call.Fun].IsType() {
			continue
		}
		named, ok := types.Unalias(c.Info.TypeOf(r)).(*types.Named)
		if !ok || !c.isCellType(named) || named.TypeArgs().Len() > 0 {
			continue
		}
		if _, isFunc := named.Underlying().(*types.Signature); !isFunc || selfResultType(named) {
			continue // recfunc.go converts a self-returning type's results
		}
		if ts, ok := c.typeString(named); ok {
			c.insert(r.Pos(), ts+"(")
			c.insertLast(r.End(), ")")
		}
	}
}
