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
	iface, ts, ok := c.interfaceFromAny(n.X, n.Type)
	if !ok {
		iface, ts, ok = c.ownInterfaceFromInterface(n.X, n.Type)
	}
	if !ok {
		iface, ts, ok = c.compiledInterfaceFromOwn(n.X, n.Type)
	}
	if !ok {
		return
	}
	impls, others := c.implementers(iface)
	target := c.Info.TypeOf(n.Type)
	if _, _, own := c.ownInterface(n.Type); own {
		impls = append(impls, c.compiledImplementers(iface)...)
	}
	var from types.Type // interface{}
	if xt := c.Info.TypeOf(n.X); !isEmptyInterface(xt) {
		if _, ok := c.typeString(xt); !ok {
			return
		}
		from = xt
		if t := c.wrappedStruct(xt, append(append([]types.Type{}, impls...), others...)); t != "" {
			c.fail(n, "a type assertion to "+ts+" of "+c.text(n.X)+" (of type "+types.TypeString(xt, types.RelativeTo(c.Pkg))+"), which may hold a "+t+" (a struct value the interpreter keeps without its type there)",
				"store a pointer (&"+t+"{...}) in it")
			return
		}
	}
	c.insert(n.Pos(), c.asInterface(target, ts, from, impls, others, c.commaOk(n))+"(")
	c.replace(n.X.End(), n.End(), ")")
}

// ownInterfaceFromAny reports an assertion of an interface{} value x to
// an interface of the cells (declared or literal) with methods, and the
// interface's spelling.
func (c *cell) ownInterfaceFromAny(x, e ast.Expr) (*types.Interface, string, bool) {
	xt := c.Info.TypeOf(x)
	if xt == nil || !isEmptyInterface(xt) {
		return nil, "", false
	}
	return c.ownInterface(e)
}

// ownInterfaceFromInterface reports an assertion of a value of an
// interface with methods to an interface of the cells, and the latter's
// spelling. yaegi's own answer was false for a session variable holding
// a type that has the methods, and nil, with no panic, for a failed
// single-value assertion; converted to interface{}, the value goes
// through the same switch on the cells' types as above.
func (c *cell) ownInterfaceFromInterface(x, e ast.Expr) (*types.Interface, string, bool) {
	xt := c.Info.TypeOf(x)
	if xt == nil || !types.IsInterface(xt) || isEmptyInterface(xt) {
		return nil, "", false
	}
	return c.ownInterface(e)
}

// compiledInterfaceFromOwn reports an assertion of a value of one of the
// cells' interfaces to a compiled interface with methods (st.(fmt.Stringer)
// for st of an interface Stringer the cells declare), and the latter's
// spelling. yaegi's answer was false for the cells' types that have the
// method; the cells' interface keeps the value's type, so the switch on
// the cells' types finds it.
func (c *cell) compiledInterfaceFromOwn(x, e ast.Expr) (*types.Interface, string, bool) {
	target := c.Info.TypeOf(e)
	ti := c.compiledInterface(target)
	if !c.ownInterfaceValue(x) || ti == nil {
		return nil, "", false
	}
	ts, ok := c.typeString(target)
	return ti, ts, ok
}

// compiledInterface returns t's interface when t is a named interface with
// methods that the cells do not declare (error, fmt.Stringer), or nil.
func (c *cell) compiledInterface(t types.Type) *types.Interface {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == c.Pkg {
		return nil // (error's package is nil)
	}
	if ti, ok := named.Underlying().(*types.Interface); ok && !ti.Empty() {
		return ti
	}
	return nil
}

// interfaceFromAny reports an assertion of an interface{} value x to any
// interface with methods, compiled ones too (error, fmt.Stringer), which
// yaegi answered wrongly for values of the cells' types.
func (c *cell) interfaceFromAny(x, e ast.Expr) (*types.Interface, string, bool) {
	xt, target := c.Info.TypeOf(x), c.Info.TypeOf(e)
	if xt == nil || !isEmptyInterface(xt) || target == nil || !types.IsInterface(target) {
		return nil, "", false
	}
	ti, ok := target.Underlying().(*types.Interface)
	if !ok || ti.Empty() {
		return nil, "", false
	}
	ts, ok := c.typeString(target)
	return ti, ts, ok
}

// ownInterface reports whether e names an interface of the cells
// (declared or literal) with methods, and spells it.
func (c *cell) ownInterface(e ast.Expr) (*types.Interface, string, bool) {
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

// implementers lists the cells' types, and pointers to them, that
// implement iface, and those that do not.
func (c *cell) implementers(iface *types.Interface) (impls, others []types.Type) {
	for _, t := range c.sessionTypes() {
		if types.Implements(t, iface) {
			impls = append(impls, t)
		} else {
			others = append(others, t)
		}
	}
	return impls, others
}

// sessionTypes lists the concrete types the cells declare at the top
// level that the cell can name, not generic, and pointers to them.
func (c *cell) sessionTypes() []types.Type {
	var out []types.Type
	for _, tn := range c.concreteTypeNames() {
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := c.typeString(tn.Type()); ok {
			out = append(out, tn.Type(), types.NewPointer(tn.Type()))
		}
	}
	return out
}

// spell writes types as the cell can.
func (c *cell) spell(ts []types.Type) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i], _ = c.typeString(t)
	}
	return out
}

// asInterface writes the function that converts an interface{} to the
// interface target (spelled ts) through a switch on the cells' types
// that implement it (impls) and those that do not (others). A value of
// another type is a compiled value: asserted by yaegi, which answers
// right for those, to a compiled interface; never one of a cells'
// interface (see _gbp.NotImplemented).
//
// A value of another interface (from) is compared with nil first: yaegi's
// conversion of a nil one to interface{} is not nil.
func (c *cell) asInterface(target types.Type, ts string, from types.Type, impls, others []types.Type, comma bool) string {
	var b strings.Builder
	results := ts
	if comma {
		results = "(" + ts + ", bool)"
	}
	// The switch binds nothing: yaegi's single-type case with a variable
	// did not match a cell's value held in an interface{}; the unbound
	// case compares the exact type, and the assertion then takes the
	// value out.
	// yaegi's own assertion of a nil interface{} to an interface failed
	// with a nil pointer dereference.
	qualified := types.TypeString(target, func(p *types.Package) string { return p.Name() })
	isNil := " return nil, false;"
	if !comma {
		isNil = " panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: interface is nil, not "+runtimeTypeName(target)) + "));"
	}
	named, isNamed := types.Unalias(target).(*types.Named)
	own := !isNamed || named.Obj().Pkg() == c.Pkg
	// An error of a cell's struct type may be in a box (boxerror.go).
	unbox := ""
	if own {
		unbox = "x = _gbp.Unbox(x); "
	}
	if from != nil {
		return c.asInterfaceFrom(target, ts, from, impls, others, comma)
	}
	// A value of a named non-struct type is in its box (boxnamed.go).
	var inBox strings.Builder
	for _, impl := range impls {
		if !c.boxedNamed(impl) {
			continue
		}
		is, _ := c.typeString(impl)
		inBox.WriteString("if r, ok := _gbp.UnboxAs(x, " + strconv.Quote(reflectName(impl)) + "); ok { return func(v " + ts + ") " + ts + " { return v }(r.(" + is + "))")
		if comma {
			inBox.WriteString(", true")
		}
		inBox.WriteString(" }; ")
	}
	inBox.WriteString(c.boxedOthers(target, others, qualified, comma))
	b.WriteString("func(x any) " + results + " { " + inBox.String() + unbox + "switch x.(type) { case nil:" + isNil)
	for i, impl := range c.spell(impls) {
		b.WriteString(" case " + impl + ": return " + c.convertedTo(target, impls[i], ts, "x.("+impl+")"))
		if comma {
			b.WriteString(", true")
		}
		b.WriteString(";")
	}
	iface := target.Underlying().(*types.Interface)
	if comma && len(others) > 0 {
		b.WriteString(" case " + strings.Join(c.spell(others), ", ") + ": return nil, false;")
	}
	if !comma {
		for i, o := range c.spell(others) {
			msg := conversionMessage(others[i], iface, qualified)
			b.WriteString(" case " + o + ": panic(_gbp.RuntimeError(" + strconv.Quote(msg) + "));")
		}
	}
	b.WriteString(" }; ")
	b.WriteString(c.plainValueCases(target, impls, ts, comma))
	b.WriteString(c.plainOtherCases(others, iface, qualified, comma))
	b.WriteString(c.behaviourCase(target, ts, comma))
	b.WriteString(c.notImplementedEnd(target, ts, comma))
	return b.String()
}

// plainValueCases writes asInterface's tests for a value of the cells'
// types that yaegi holds in the interface{} as a plain value (a struct
// literal assigned to it: `var a any = T{5}`), which the unbound switch
// never matches: `_, ok := a.(fmt.Stringer)` was false for a T with a
// String method. The switch above has answered for a value yaegi wrapped
// with its type; an assertion, which compares structures, answers for a
// plain one - for a struct type (or a pointer to one) that no other type
// of the session shares its structure with. A plain value of another
// type goes on to _gbp.NotImplemented, which stops the cell rather than
// say false.
func (c *cell) plainValueCases(target types.Type, impls []types.Type, ts string, comma bool) string {
	var b strings.Builder
	spelled := c.spell(impls)
	for _, i := range c.plainStructs(impls, spelled) {
		b.WriteString("if v, ok := x.(" + spelled[i] + "); ok { return " + c.convertedTo(target, impls[i], ts, "v"))
		if comma {
			b.WriteString(", true")
		}
		b.WriteString(" }; ")
	}
	return b.String()
}

// plainOtherCases writes the same tests for the plain values of the
// cells' types that do not implement the interface (a struct whose
// pointer has the methods, its value not): Go's assertion fails for them.
func (c *cell) plainOtherCases(others []types.Type, iface *types.Interface, qualified string, comma bool) string {
	var b strings.Builder
	spelled := c.spell(others)
	for _, i := range c.plainStructs(others, spelled) {
		b.WriteString("if _, ok := x.(" + spelled[i] + "); ok { ")
		if comma {
			b.WriteString("return nil, false }; ")
			continue
		}
		b.WriteString("panic(_gbp.RuntimeError(" + strconv.Quote(conversionMessage(others[i], iface, qualified)) + ")) }; ")
	}
	return b.String()
}

// plainStructs returns the indexes of the types, spelled as given, that
// are structs (or pointers to structs) whose structure no other type of
// the session shares: an assertion, which compares structures, tells
// them apart.
func (c *cell) plainStructs(ts []types.Type, spelled []string) []int {
	var plain []int
	all := c.sessionTypes()
	for i, t := range ts {
		base := t
		if p, ok := t.(*types.Pointer); ok {
			base = p.Elem()
		}
		if _, isStruct := base.Underlying().(*types.Struct); !isStruct || spelled[i] == "" {
			continue
		}
		unique := true
		for _, other := range all {
			if !types.Identical(other, t) && shape(other) == shape(t) {
				unique = false
			}
		}
		if unique {
			plain = append(plain, i)
		}
	}
	return plain
}

// notImplementedEnd writes the end of asInterface's function, for a value
// of none of the types listed.
func (c *cell) notImplementedEnd(target types.Type, ts string, comma bool) string {
	var b strings.Builder
	named, isNamed := types.Unalias(target).(*types.Named)
	methods := notImplementedArgs(target)
	switch {
	case isNamed && named.Obj().Pkg() != c.Pkg && comma:
		b.WriteString("v, ok := x.(" + ts + "); return v, ok }")
	case isNamed && named.Obj().Pkg() != c.Pkg:
		b.WriteString("return x.(" + ts + ") }")
	case comma:
		b.WriteString("return nil, _gbp.NotImplemented(x, false, " + methods + ") }")
	default:
		b.WriteString("_gbp.NotImplemented(x, true, " + methods + "); return nil }")
	}
	return b.String()
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
			all, others := c.implementers(iface)
			var impls []string
			for _, impl := range c.spell(all) {
				if !covered[impl] {
					impls = append(impls, impl)
					covered[impl] = true
				}
			}
			converted[e] = c.asInterface(c.Info.TypeOf(e), ts, nil, all, others, false)
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

// conversionMessage is Go's panic for a failed assertion of a value of
// type t to the interface iface (spelled qualified).
func conversionMessage(t types.Type, iface *types.Interface, qualified string) string {
	msg := "interface conversion: " + types.TypeString(t, func(p *types.Package) string { return p.Name() }) + " is not " + qualified
	if m, _ := types.MissingMethod(t, iface, true); m != nil {
		msg += ": missing method " + m.Name()
	}
	return msg
}

// convertedTo writes value, of type impl, converted to target (spelled
// ts): an error of a cell's struct type in its box (boxerror.go), as
// where the cell's code converts it - a.(error) on an interface{}
// holding a bad{} gave yaegi's wrapper, which errors.Is did not find
// equal to itself.
func (c *cell) convertedTo(target, impl types.Type, ts, value string) string {
	if types.Identical(target, errorType) {
		pos := c.File.Pos()
		if len(c.stack) > 0 {
			pos = c.stack[len(c.stack)-1].Pos()
		}
		if boxer := c.errorBoxer(impl, pos); boxer != "" {
			return boxer + "(" + value + ")"
		}
	}
	// A nil pointer makes a non-nil interface in Go (the typed nil).
	if named, ok := types.Unalias(target).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		if open, ok := c.typedNilConversion(target, impl); ok {
			return open + value + ")"
		}
	}
	return "func(v " + ts + ") " + ts + " { return v }(" + value + ")"
}

// notImplementedArgs writes the arguments of _gbp.NotImplemented after
// the value and single: the interface's name, then its methods, which
// let NotImplemented tell a compiled value that has them.
func notImplementedArgs(target types.Type) string {
	qualified := types.TypeString(target, func(p *types.Package) string { return p.Name() })
	iface := target.Underlying().(*types.Interface)
	args := strconv.Quote(qualified)
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		sig := types.TypeString(m.Type(), func(p *types.Package) string { return p.Name() })
		args += ", " + strconv.Quote(m.Name()+" "+sig)
	}
	return args
}
