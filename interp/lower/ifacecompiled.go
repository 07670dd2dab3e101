package lower

import (
	"go/types"
	"strconv"
	"strings"
)

// Compiled values asserted to an interface of the cells (ifaceassert.go's
// functions call these): yaegi matches no compiled value against an
// interface of the cells, so the types that may be there are listed or
// matched through compiled interfaces the session exports.

// compiledImplementers lists the exported types of the packages the cell
// can name, and pointers to them, that implement iface (one of the
// cells'): yaegi matches no compiled value against a cells' interface,
// but converts a value of a type it knows, so asInterface lists them as
// cases (r.(interface{ Len() int }) on a *strings.Reader). A value of a
// compiled type not listed (unexported: errors.Join's) that has the
// methods stops the cell with an error (_gbp.NotImplemented).
func (c *cell) compiledImplementers(iface *types.Interface) []types.Type {
	var out []types.Type
	for _, p := range c.Pkg.Imports() {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
				continue
			}
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if _, ok := c.typeString(t); ok && types.Implements(t, iface) {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// behaviours are the compiled interfaces of one method the session exports
// (interp/runtime.go), by the method's name and signature.
var behaviours = map[string]string{
	"Unwrap() []error":     "MultiUnwrapper",
	"Unwrap() error":       "Unwrapper",
	"Is(error) bool":       "Iser",
	"As(any) bool":         "Aser",
	"As(interface{}) bool": "Aser",
	"Temporary() bool":     "Temporary",
	"RuntimeError()":       "RuntimeErrorer",
	"Timeout() bool":       "Timeout",
	"Len() int":            "Lener",
}

// behaviourCase writes the test of a compiled value x against the
// compiled interface with the one method of target, one of the cells', if
// the session has one: yaegi converts a value of it to target.
func (c *cell) behaviourCase(target types.Type, ts string, comma bool) string {
	name := c.behaviour(target)
	if name == "" {
		return ""
	}
	result := "return func(v " + ts + ") " + ts + " { return v }(v)"
	if comma {
		result += ", true"
	}
	return "if v, ok := x.(_gbp." + name + "); ok { " + result + " }; "
}

// behaviour names the compiled interface of the session with the one
// method of target, one of the cells' interfaces, or returns "".
func (c *cell) behaviour(target types.Type) string {
	named, isNamed := types.Unalias(target).(*types.Named)
	if isNamed && named.Obj().Pkg() != c.Pkg {
		return ""
	}
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() != 1 {
		return ""
	}
	m := iface.Method(0)
	sig := strings.TrimPrefix(types.TypeString(m.Type(), nil), "func")
	return behaviours[m.Name()+sig]
}

// asInterfaceFrom is asInterface for a value of an interface with
// methods (from): an error, an io.Reader, one of the cells'. Converted to
// interface{}, an error's value is yaegi's wrapper, which no case on a
// cell's type matches; its own assertion on the value unwraps it, so each
// type is tried with a comma-ok assertion instead of a switch:
//
//	func(x0 error) (Temporary, bool) { if x0 == nil { return nil, false };
//		if v, ok := x0.(*NetErr); ok { return func(v Temporary) Temporary { return v }(v), true }; ...
func (c *cell) asInterfaceFrom(target types.Type, ts string, from types.Type, impls, others []types.Type, comma bool) string {
	var b strings.Builder
	qualified := types.TypeString(target, func(p *types.Package) string { return p.Name() })
	results, isNil := "("+ts+", bool)", " return nil, false;"
	if !comma {
		results = ts
		isNil = " panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: interface is nil, not "+runtimeTypeName(target)) + "));"
	}
	// Only the types that may be in from: yaegi rejects an impossible
	// assertion as Go does.
	impls, others = assignableTo(impls, from), assignableTo(others, from)
	fs, _ := c.typeString(from)
	b.WriteString("func(x0 " + fs + ") " + results + " { if x0 == nil {" + isNil + " };")
	fromCompiled := false
	if named, ok := types.Unalias(from).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		fromCompiled = true
	}
	// In a compiled interface, a cell's value is in yaegi's wrapper (or in
	// a box, boxerror.go): Unbox takes it out, and the assertion is then
	// one on an interface{}, which yaegi does not reject as impossible for
	// a type declared after this code.
	assert := func(t types.Type, spelled string) string {
		if fromCompiled && c.unboxesStringer(from, t) {
			// Its box in a fmt.Stringer (boxstringer.go) has its name;
			// the value alone could be another type's.
			cond, value := c.boxCase(from, t, spelled, "x0")
			return "func() (" + spelled + ", bool) { if !" + cond + " { return *new(" + spelled + "), false }; return " + value + ", true }()"
		}
		if fromCompiled && c.sessionType(t) {
			return "_gbp.Unbox(x0).(" + spelled + ")"
		}
		return "x0.(" + spelled + ")"
	}
	if !fromCompiled {
		// One of the cells' interfaces keeps the value's type, and its
		// type switch tells apart types of one structure, where its
		// assertion does not (a *Cat passed for a *Dog: sameshape.go).
		b.WriteString(c.switchOnOwnInterface(target, ts, impls, others, comma))
		b.WriteString(" x := any(x0); ")
		b.WriteString(c.behaviourCase(target, ts, comma))
		b.WriteString(c.notImplementedEnd(target, ts, comma))
		return b.String()
	}
	for i, impl := range c.spell(impls) {
		b.WriteString(" if v, ok := " + assert(impls[i], impl) + "; ok { return " + c.convertedTo(target, impls[i], ts, "v"))
		if comma {
			b.WriteString(", true")
		}
		b.WriteString(" };")
	}
	iface := target.Underlying().(*types.Interface)
	for i, o := range c.spell(others) {
		if comma {
			b.WriteString(" if _, ok := " + assert(others[i], o) + "; ok { return nil, false };")
			continue
		}
		msg := conversionMessage(others[i], iface, qualified)
		b.WriteString(" if _, ok := " + assert(others[i], o) + "; ok { panic(_gbp.RuntimeError(" + strconv.Quote(msg) + ")) };")
	}
	b.WriteString(" x := any(x0); ")
	b.WriteString(c.behaviourCase(target, ts, comma))
	b.WriteString(c.notImplementedEnd(target, ts, comma))
	return b.String()
}

// switchOnOwnInterface writes asInterfaceFrom's switch on x0, a value of
// one of the cells' interfaces, over the cells' types that implement the
// target (impls) and those that do not (others).
func (c *cell) switchOnOwnInterface(target types.Type, ts string, impls, others []types.Type, comma bool) string {
	var b strings.Builder
	qualified := types.TypeString(target, func(p *types.Package) string { return p.Name() })
	iface := target.Underlying().(*types.Interface)
	bind := ""
	if len(impls) > 0 {
		bind = "v := "
	}
	b.WriteString(" switch " + bind + "x0.(type) {")
	for i, impl := range c.spell(impls) {
		b.WriteString(" case " + impl + ": return " + c.convertedTo(target, impls[i], ts, "v"))
		if comma {
			b.WriteString(", true")
		}
		b.WriteString(";")
	}
	for i, o := range c.spell(others) {
		if comma {
			b.WriteString(" case " + o + ": return nil, false;")
			continue
		}
		msg := conversionMessage(others[i], iface, qualified)
		b.WriteString(" case " + o + ": panic(_gbp.RuntimeError(" + strconv.Quote(msg) + "));")
	}
	b.WriteString(" };")
	return b.String()
}

// assignableTo keeps the types that are assignable to t.
func assignableTo(ts []types.Type, t types.Type) []types.Type {
	var out []types.Type
	for _, u := range ts {
		if types.AssignableTo(u, t) {
			out = append(out, u)
		}
	}
	return out
}

// wrappedStruct names a struct type of the cells among ts whose values
// yaegi keeps in its wrapper of the compiled interface xt - which holds
// only the struct's last field - unless the lowering boxes them (an error
// by value, boxerror.go).
func (c *cell) wrappedStruct(xt types.Type, ts []types.Type) string {
	named, ok := types.Unalias(xt).(*types.Named)
	if !ok || named.Obj().Pkg() == c.Pkg {
		return ""
	}
	for _, t := range assignableTo(ts, xt) {
		if c.sessionType(t) && structShape(t) && !isPointer(t) && !c.boxedFor(xt, t) {
			return types.TypeString(t, types.RelativeTo(c.Pkg))
		}
	}
	return ""
}
