package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// An interface{} value asserted to an interface of the cells went wrong
// in yaegi every way it can be written: `s, ok := v.(Shape)` panicked
// ("reflect.Set: value of type interface {} is not assignable to type
// interp.valueInterface"), `switch v.(type) { case Shape: }` never took the
// case, and `switch x := v.(type) { case Shape: }` took it for every value
// of a cell's type, Shape or not. Cases on concrete types work, so the
// interface is written as the cells' types that implement it:
//
//	s, ok := v.(Shape)   becomes
//	s, ok := func(x any) (Shape, bool) { switch x.(type) {
//		case Square: return func(v Shape) Shape { return v }(x.(Square)), true
//		case *Square: ... }; return nil, _gbp.NotImplemented(x, "main.Shape", false) }(v)
//
// _gbp.NotImplemented reports false for a compiled value, panics as Go
// does for a failed single-value assertion, and stops the cell with an
// error for a value of a cell's type the list does not have (one declared
// after this code: running its cell again brings it in).

// lowerAssertFromAny handles v.(I).
func (c *cell) lowerAssertFromAny(n *ast.TypeAssertExpr) {
	if n.Type == nil || c.err != nil {
		return
	}
	iface, ts, ok := c.ownInterfaceFromAny(n.X, n.Type)
	if !ok {
		return
	}
	impls, ok := c.implementers(iface)
	if !ok {
		return
	}
	comma := c.commaOk(n)
	c.insert(n.Pos(), c.asInterface(ts, impls, comma, c.nonImplementers(impls))+"(")
	c.replace(n.X.End(), n.End(), ")")
}

// ownInterfaceFromAny reports an assertion of an interface{} value x to
// an interface of the cells (declared or literal) with methods, and the
// interface's spelling.
func (c *cell) ownInterfaceFromAny(x, e ast.Expr) (*types.Interface, string, bool) {
	xt := c.Info.TypeOf(x)
	if xt == nil {
		return nil, "", false
	}
	if xi, ok := xt.Underlying().(*types.Interface); !ok || !xi.Empty() {
		return nil, "", false
	}
	target := c.Info.TypeOf(e)
	if target == nil || !types.IsInterface(target) {
		return nil, "", false
	}
	if named, ok := types.Unalias(target).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		return nil, "", false // error, fmt.Stringer: yaegi's own path works
	}
	ti, ok := target.Underlying().(*types.Interface)
	if !ok || ti.Empty() {
		return nil, "", false
	}
	ts, ok := c.typeString(target)
	return ti, ts, ok
}

// implementers spells the cells' types, and pointers to them, that
// implement iface.
func (c *cell) implementers(iface *types.Interface) ([]string, bool) {
	var out []string
	for _, t := range c.sessionTypes() {
		if types.Implements(t, iface) {
			s, ok := c.typeString(t)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
	}
	return out, true
}

// nonImplementers spells the cells' types, and pointers to them, that
// are not in impls.
func (c *cell) nonImplementers(impls []string) []string {
	in := map[string]bool{}
	for _, s := range impls {
		in[s] = true
	}
	var out []string
	for _, t := range c.sessionTypes() {
		if s, ok := c.typeString(t); ok && !in[s] {
			out = append(out, s)
		}
	}
	return out
}

// sessionTypes lists the concrete types the cells declare at the top
// level, not generic, and pointers to them.
func (c *cell) sessionTypes() []types.Type {
	var out []types.Type
	scope := c.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue
		}
		out = append(out, tn.Type(), types.NewPointer(tn.Type()))
	}
	return out
}

// asInterface writes the function that converts an interface{} to the
// interface ts through a switch on the types impls; the types others
// are known not to implement it.
func (c *cell) asInterface(ts string, impls []string, comma bool, others []string) string {
	var b strings.Builder
	results := ts
	if comma {
		results = "(" + ts + ", bool)"
	}
	// The switch binds nothing: yaegi's single-type case with a variable
	// did not match a cell's value held in an interface{}; the unbound
	// case compares the exact type, and the assertion then takes the
	// value out.
	b.WriteString("func(x any) " + results + " { switch x.(type) {")
	for _, impl := range impls {
		b.WriteString(" case " + impl + ": return func(v " + ts + ") " + ts + " { return v }(x.(" + impl + "))")
		if comma {
			b.WriteString(", true")
		}
		b.WriteString(";")
	}
	qualified := ts
	if len(others) > 0 {
		// Known not to implement it: false, or Go's panic.
		b.WriteString(" case " + strings.Join(others, ", ") + ":")
		if comma {
			b.WriteString(" return nil, false;")
		} else {
			b.WriteString(" _gbp.NotImplemented(nil, " + strconv.Quote(ts) + ", true);")
		}
	}
	if !strings.ContainsAny(ts, ".{ ") {
		qualified = "main." + ts
	}
	if comma {
		b.WriteString(" }; return nil, _gbp.NotImplemented(x, " + strconv.Quote(qualified) + ", false) }")
	} else {
		b.WriteString(" }; _gbp.NotImplemented(x, " + strconv.Quote(qualified) + ", true); return nil }")
	}
	return b.String()
}

// commaOk reports whether an assertion gives two results.
func (c *cell) commaOk(n *ast.TypeAssertExpr) bool {
	if len(c.stack) == 0 {
		return false
	}
	switch p := c.stack[len(c.stack)-1].(type) {
	case *ast.AssignStmt:
		return len(p.Lhs) == 2 && len(p.Rhs) == 1 && ast.Unparen(p.Rhs[0]) == n
	case *ast.ValueSpec:
		return len(p.Names) == 2 && len(p.Values) == 1 && ast.Unparen(p.Values[0]) == n
	}
	return false
}

// lowerInterfaceCases writes a type switch's cases on an interface of
// the cells, for an interface{} value, as the types that implement it
// (see above). When another case names one of those types, which case Go
// takes depends on their order, and the cell fails with an error instead.
// A switch that binds a variable binds nothing any more (yaegi's case
// with a variable did not match a cell's value in an interface{}); each
// clause defines the variable itself, with the type Go gives it there:
//
//	switch s := v.(type) { case Shape: ...; case int: ... }   becomes
//	switch _gbpS1 := v; _gbpS1.(type) { case Square, *Square: s := func(x any) Shape {...}(_gbpS1); _ = s; ...
//	                                   case int: s := _gbpS1.(int); _ = s; ... }
func (c *cell) lowerInterfaceCases(n *ast.TypeSwitchStmt) {
	if c.err != nil {
		return
	}
	x := switchSubject(n)
	// Go takes the first case that matches: a type an earlier case
	// covers is left out of a later interface's list.
	covered := map[string]bool{}
	converted := map[ast.Expr]string{} // an interface case -> its conversion
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			iface, ts, ok := c.ownInterfaceFromAny(x, e)
			if !ok {
				if t := c.Info.TypeOf(e); t != nil && !types.IsInterface(t) {
					if s, ok := c.typeString(t); ok {
						if covered[s] {
							c.fail(e, "a type switch case on "+s+" after a case on an interface it implements, for an interface{} value",
								"put the case on "+s+" first")
							return
						}
						covered[s] = true
					}
				}
				continue
			}
			all, ok := c.implementers(iface)
			if !ok {
				return
			}
			var impls []string
			for _, impl := range all {
				if !covered[impl] {
					impls = append(impls, impl)
					covered[impl] = true
				}
			}
			converted[e] = c.asInterface(ts, all, false, nil)
			if len(impls) == 0 {
				// No value of the cells' types can reach this case: a
				// type no value has keeps the clause valid.
				impls = []string{"*struct{ _gbpNever byte }"}
			}
			c.replace(e.Pos(), e.End(), strings.Join(impls, ", "))
		}
	}
	as, isBound := n.Assign.(*ast.AssignStmt)
	if len(converted) == 0 || !isBound {
		return
	}
	if n.Init != nil {
		c.fail(n, "a type switch with an init statement, a variable and a case on an interface of the notebook",
			"move the init statement before the switch")
		return
	}
	bound := as.Lhs[0].(*ast.Ident).Name
	subject := c.newName("S")
	c.replace(as.Pos(), as.End(), subject+" := "+c.text(x)+"; "+subject+".(type)")
	for _, cl := range n.Body.List {
		cc := cl.(*ast.CaseClause)
		value := subject
		if len(cc.List) == 1 {
			if conv, ok := converted[cc.List[0]]; ok {
				value = conv + "(" + subject + ")"
			} else if t := c.Info.TypeOf(cc.List[0]); t != nil && t != types.Typ[types.UntypedNil] {
				if ts, ok := c.typeString(t); ok {
					value = subject + ".(" + ts + ")"
				}
			}
		}
		c.insert(cc.Colon+1, " "+bound+" := "+value+"; _ = "+bound+";")
	}
}
