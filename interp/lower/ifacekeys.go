package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// yaegi keeps a value of a cell's type with methods, or a pointer, in an
// interface of the cells (or an interface{}) in a box that remembers where
// the value was put in, and both == and a map compare the boxes: with
// Node an interface of the cell, grads[n] missed the entry grads[n] had
// made on another line, Edge{a, b} == Edge{a, b} was false (Edge a struct
// of two Nodes), silently.
//
// Such a comparison of structs and arrays compares field by field, each
// interface field as lowerInterfaceCompare does:
//
//	e1 == e2   becomes   func(x, y Edge) bool { return eq(x.From, y.From) && eq(x.To, y.To) }(e1, e2)
//
// and every key put in or looked up in a map keyed by such a type goes
// through a function that returns the first equal key the session has
// seen, kept in a table of the key type's (interp/keyhash.go), so equal
// keys are one box to the map:
//
//	grads[n]   becomes   grads[func(k Node) Node { ... return the table's equal key ... }(n)]
//
// The keys a range over the map gives are the table's already.

// keyEquality returns a function comparing two values of type t as Go's
// == does, when yaegi's == gets it wrong (t is, or has fields or
// elements of, an interface that may hold the cells' types in boxes); ""
// when yaegi's == is right.
func (c *cell) keyEquality(t types.Type, at ast.Node, depth int) string {
	if t == nil || depth > 8 || hasTypeParam(t) {
		return ""
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if _, isParam := t.(*types.TypeParam); isParam {
			return ""
		}
		return c.assertedEqual(c.boxedCandidates(t, at.Pos()))
	case *types.Struct:
		var parts []string
		special := false
		local := anyType(t, c.isLocalNamed)
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if f.Name() == "_" {
				continue // (Go's == skips blank fields)
			}
			sel := "." + f.Name()
			if eq := c.keyEquality(f.Type(), at, depth+1); eq != "" {
				special = true
				local = local || isLiteral(eq)
				parts = append(parts, eq+"(x"+sel+", y"+sel+")")
			} else {
				parts = append(parts, "x"+sel+" == y"+sel)
			}
		}
		if !special {
			return ""
		}
		ts, ok := c.spelled(at, t)
		if !ok {
			return ""
		}
		return c.helperFunc("func(x, y "+ts+") bool { return "+strings.Join(parts, " && ")+" }", local)
	case *types.Array:
		eq := c.keyEquality(u.Elem(), at, depth+1)
		if eq == "" {
			return ""
		}
		ts, ok := c.spelled(at, t)
		if !ok {
			return ""
		}
		local := anyType(t, c.isLocalNamed) || isLiteral(eq)
		return c.helperFunc("func(x, y "+ts+") bool { for i := range x { if !"+eq+"(x[i], y[i]) { return false } }; return true }", local)
	}
	return ""
}

// boxedComparable reports whether a type argument of fn for a comparable
// type parameter is compared wrongly by yaegi's == (keyEquality): a
// generic function's == on its type parameter, or a map keyed by it,
// needs a copy for the type arguments,
// whose comparisons and maps the lowering writes out (Dedup[Shape] of
// two equal Circles kept both).
func (c *cell) boxedComparable(fn *types.Func, args *types.TypeList, pos token.Pos) bool {
	tps := fn.Type().(*types.Signature).TypeParams()
	for i := 0; i < args.Len() && i < tps.Len(); i++ {
		// (Only a parameter constrained by comparable can be compared or
		// key a map in the body.)
		iface, ok := tps.At(i).Constraint().Underlying().(*types.Interface)
		if ok && iface.IsComparable() && c.needsKeyEquality(args.At(i), pos, 0) {
			return true
		}
	}
	return false
}

// needsKeyEquality reports whether keyEquality writes a comparison for t.
func (c *cell) needsKeyEquality(t types.Type, pos token.Pos, depth int) bool {
	if t == nil || depth > 8 || hasTypeParam(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return len(c.boxedCandidates(t, pos)) > 0
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if u.Field(i).Name() != "_" && c.needsKeyEquality(u.Field(i).Type(), pos, depth+1) {
				return true
			}
		}
	case *types.Array:
		return c.needsKeyEquality(u.Elem(), pos, depth+1)
	}
	return false
}

// assertedEqual writes a function comparing two interface values that
// may hold the types cands in boxes, with comma-ok assertions: yaegi's
// type switch on an interface{} missed a value of a range over a
// []Shape, and the assertion takes it. Types of one structure, which an
// assertion cannot tell apart, are left to the caller to refuse.
func (c *cell) assertedEqual(cands []types.Type) string {
	if len(cands) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("func(x, y any) bool {")
	seen := map[string]bool{}
	local := false
	for _, t := range cands {
		local = local || anyType(t, c.isLocalNamed)
		ts, ok := c.typeString(t)
		if !ok || seen[ts] {
			continue
		}
		seen[ts] = true
		same := "return x.(" + ts + ") == y.(" + ts + ")"
		if !types.Comparable(t) {
			same = "panic(_gbp.RuntimeError(" + strconv.Quote("runtime error: comparing uncomparable type "+reflectName(t)) + "))"
		}
		b.WriteString(" if _, ok := x.(" + ts + "); ok { if _, ok := y.(" + ts + "); ok { " + same + " }; return false };")
		b.WriteString(" if _, ok := y.(" + ts + "); ok { return false };")
	}
	// A type a later cell declares is compared by the values in the
	// boxes (a function of an earlier cell keeps this comparison).
	b.WriteString(" return _gbp.KeyEqual(x, y) }")
	return c.helperFunc(b.String(), local)
}

// isLiteral reports whether a comparison helperFunc returned is a
// literal (its types are local) rather than a function's name.
func isLiteral(eq string) bool { return strings.HasPrefix(eq, "func(") }

// spelled returns t as the cell spells it; when it cannot, it fails the
// comparison or map key at, which needs t's name.
func (c *cell) spelled(at ast.Node, t types.Type) (string, bool) {
	ts, ok := c.typeString(t)
	if !ok {
		c.fail(at, "a comparison of "+types.TypeString(t, types.RelativeTo(c.Pkg))+", which holds interface values, where its type cannot be named",
			"declare the type at the package level")
	}
	return ts, ok
}

// lowerKeyedCompare writes == and != on structs and arrays that hold
// interface values in boxes as a comparison field by field.
func (c *cell) lowerKeyedCompare(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	t := c.Info.TypeOf(n.X)
	if t == nil || types.IsInterface(t) || !types.Identical(t, c.Info.TypeOf(n.Y)) {
		return
	}
	if eq := c.keyEquality(t, n, 0); eq != "" {
		c.compareWith(n, eq)
	}
}

// keyInterner returns the function a key e of a map keyed by k goes
// through (see above), "" if the map's own hashing is right.
func (c *cell) keyInterner(e ast.Expr, k types.Type) string {
	eq := c.keyEquality(k, e, 0)
	if eq == "" {
		return ""
	}
	ks, ok := c.spelled(e, k)
	if !ok {
		return ""
	}
	first := ""
	if types.IsInterface(k) {
		cands := c.boxedCandidates(k, e.Pos())
		if a, b := sameShapePair(c, cands); b != nil {
			q := types.RelativeTo(c.Pkg)
			c.fail(e, "a key of a map keyed by "+types.TypeString(k, q)+" that may hold a "+types.TypeString(a, q)+" or a "+
				types.TypeString(b, q)+", types of the same structure (the interpreter cannot tell them apart: equal keys of the two merged)",
				"key the map by one type, or give the two types different structures")
			return ""
		}
		// A nil key hashes right as it is; Go panics on a key of a
		// type == cannot compare.
		first = "if k == nil { return k }; "
		for _, t := range cands {
			if ts, ok := c.typeString(t); ok && !types.Comparable(t) {
				first += "if _, ok := any(k).(" + ts + "); ok { panic(_gbp.RuntimeError(" +
					strconv.Quote("runtime error: hash of unhashable type "+reflectName(t)) + ")) }; "
			}
		}
	}
	name := strconv.Quote(types.TypeString(types.Unalias(k), types.RelativeTo(c.Pkg)))
	table := "*map[uint64][]" + ks
	// KeyLookup locks the tables (two maps of one key type share one):
	// nothing between it and the unlocks can panic.
	return c.helperFunc("func(k "+ks+") "+ks+" { "+first+"a, h := _gbp.KeyLookup("+name+", k); "+
		"t, ok := a.("+table+"); if !ok { t = &map[uint64][]"+ks+"{}; _gbp.SetKeyTable("+name+", t) }; "+
		"for _, x := range (*t)[h] { if "+eq+"(x, k) { _gbp.KeyUnlock(); return x } }; (*t)[h] = append((*t)[h], k); _gbp.KeyUnlock(); return k }",
		anyType(k, c.isLocalNamed) || isLiteral(eq))
}

// internKey hands the key e of a map of type mapType through the map's
// interner, if it has one.
func (c *cell) internKey(e ast.Expr, mapType types.Type) {
	if mapType == nil {
		return
	}
	if c.refuseStructKeyInInterfaceMap(e, mapType); c.err != nil {
		return
	}
	m, ok := mapType.Underlying().(*types.Map)
	if !ok {
		return
	}
	if t := c.Info.TypeOf(e); t != nil && isEmptyInterface(m.Key()) && c.hashesByValue(t) {
		return // an int or a string in an interface{} is no box
	}
	fn := c.keyInterner(e, m.Key())
	if fn == "" {
		return
	}
	ks, _ := c.typeString(m.Key())
	end := ")"
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		if x.Type == nil {
			fn += "(" + ks // a key whose type the map literal elides
		} else {
			fn += "("
		}
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.BasicLit:
		fn += "("
	default:
		// A call's result (of an interface) handed straight on failed
		// the assertions the comparison makes, where the same value
		// taken out of a slice passed them.
		fn += "([]" + ks + "{"
		end = "}[0])"
	}
	// Outermost: the key is converted to the key type (ifacecopy.go)
	// before it is interned.
	c.insertFirst(e.Pos(), fn)
	c.insertLast(e.End(), end)
}

// hashesByValue reports whether a key of static type t, in an interface{},
// is no box of yaegi's (or one of the session's that hashes by value).
func (c *cell) hashesByValue(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	if _, basic := t.Underlying().(*types.Basic); basic {
		return !c.isCellType(t) || types.NewMethodSet(t).Len() == 0 || c.boxedNamed(t)
	}
	return false
}

// lowerInternedKeys hands the keys of a map literal, of a map index
// expression and of delete through the map's interner.
func (c *cell) lowerInternedKeys(n ast.Node) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		t := c.Info.TypeOf(n)
		if t == nil {
			return
		}
		if _, isMap := t.Underlying().(*types.Map); !isMap {
			return
		}
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				c.internKey(kv.Key, t)
			}
		}
	case *ast.IndexExpr:
		c.internKey(n.Index, c.Info.TypeOf(n.X))
	case *ast.CallExpr:
		if c.isBuiltin(n, "delete") && len(n.Args) == 2 {
			c.internKey(n.Args[1], c.Info.TypeOf(n.Args[0]))
		}
	}
}
