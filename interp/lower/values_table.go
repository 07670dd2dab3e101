package lower

// The table of a stand-in: the description of the types it reaches and
// the interpreted callbacks it refers to, written as source (values.go
// decides when a value needs one).

import (
	"encoding/json"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/gobackprop/gobackprop/interp/mirror"
)

// A table is the description of the types of one stand-in and the
// callbacks it refers to, in source form.
type table struct {
	c     *cell
	pos   token.Pos
	u     *use
	types []types.Type
	descs []mirror.Desc
	calls []string
	// unnamed is a type the callbacks need that the cell cannot name at
	// pos.
	unnamed string
	// paramNamed is a type whose name the use shows and that names a type
	// parameter of the generic function around pos (Box[T], []T): which
	// type argument it stands for is not known where the table is written.
	paramNamed string
	// hoisted is set when the callbacks name instances of generic types
	// from inside a generic function's body, and so go into a variable of
	// the package instead (values_hoisted.go); makes are the instances to
	// make before them.
	hoisted bool
	makes   []types.Type
}

func (c *cell) newTable(pos token.Pos, u *use) *table {
	return &table{c: c, pos: pos, u: u}
}

// describe adds t and the types it reaches to the table and returns its
// 1-based index.
func (tb *table) describe(t types.Type) int {
	t = types.Unalias(t)
	if _, ok := t.(*types.TypeParam); ok {
		// Inside a generic function a value of a type parameter is as
		// good as one in an interface{}.
		t = types.NewInterfaceType(nil, nil)
	}
	for i, u := range tb.types {
		if types.Identical(u, t) {
			return i + 1
		}
	}
	tb.types = append(tb.types, t)
	tb.descs = append(tb.descs, mirror.Desc{})
	i := len(tb.types)
	d := mirror.Desc{N: reflectName(t)}
	if hasTypeParam(t) { // Box[T], []T, map[string]*T
		d.P = true
		if tb.paramNamed == "" && (tb.u.verbs["T"] || tb.u.verbs["#v"] || tb.u.reflect) {
			tb.paramNamed = d.N
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		d.K = "iface"
		if len(tb.c.candidates(t, tb.pos)) > 0 {
			d.R = tb.resolver(t)
			tb.describeCandidates(t)
		}
		d.C = !tb.c.isCellType(t) && u.NumMethods() > 0
	default:
		if !tb.c.hasCellTypes(t, tb.pos, map[types.Type]bool{}) {
			d.K = "go"
			break
		}
		switch u := u.(type) {
		case *types.Struct:
			d.K = "struct"
			for j := 0; j < u.NumFields(); j++ {
				f := u.Field(j)
				d.F = append(d.F, mirror.FieldDesc{N: f.Name(), T: tb.describe(f.Type()), U: !f.Exported(), A: f.Embedded(), G: u.Tag(j)})
			}
		case *types.Pointer:
			d.K, d.E = "ptr", tb.describe(u.Elem())
		case *types.Slice:
			d.K, d.E = "slice", tb.describe(u.Elem())
		case *types.Array:
			d.K, d.E = "array", tb.describe(u.Elem())
		case *types.Map:
			d.K, d.Key, d.E = "map", tb.describe(u.Key()), tb.describe(u.Elem())
		case *types.Basic:
			d.K = "basic"
		case *types.Signature:
			d.K = "opaque"
			if tb.u.reflect {
				// reflect's In and Out name the parameters' types.
				for j := range u.Params().Len() {
					d.I = append(d.I, tb.describe(u.Params().At(j).Type()))
				}
				for j := range u.Results().Len() {
					d.O = append(d.O, tb.describe(u.Results().At(j).Type()))
				}
			}
		case *types.Chan:
			d.K = "opaque"
			if tb.u.reflect {
				d.E = tb.describe(u.Elem())
			}
		default:
			d.K = "opaque"
		}
	}
	if tb.c.isCellType(t) {
		d.M = tb.methods(t, false)
		if tb.u.template {
			d.X = exportedMethods(types.NewPointer(t))
			d.T, d.TR = tb.templateMethods(t)
		}
	} else if p, ok := t.(*types.Pointer); ok && tb.c.isCellType(p.Elem()) {
		d.M = tb.methods(t, true)
	} else if tb.c.promotesCellMethods(t) {
		// struct{ Tag; Count int } has Tag's String: fmt calls it.
		_, isPtr := t.(*types.Pointer)
		d.M = tb.methods(t, isPtr)
	}
	if tb.u.reflect && d.K != "go" && d.K != "iface" {
		d.X = exportedMethods(t)
	}
	tb.descs[i-1] = d
	return i
}

// hasCellTypes reports whether a value of t holds a value of a cell's
// type, or may, in an interface.
func (c *cell) hasCellTypes(t types.Type, pos token.Pos, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if seen[t] {
		return false
	}
	seen[t] = true
	if c.isCellType(t) {
		return true
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return len(c.candidates(t, pos)) > 0 || c.mayHoldLocal(t, nil, pos, seen)
	}
	if _, ok := t.(*types.TypeParam); ok {
		return true
	}
	switch x := t.(type) {
	case *types.Named:
		return false // a compiled type
	case *types.Pointer:
		return c.hasCellTypes(x.Elem(), pos, seen)
	case *types.Slice:
		return c.hasCellTypes(x.Elem(), pos, seen)
	case *types.Array:
		return c.hasCellTypes(x.Elem(), pos, seen)
	case *types.Map:
		return c.hasCellTypes(x.Key(), pos, seen) || c.hasCellTypes(x.Elem(), pos, seen)
	case *types.Chan:
		return c.hasCellTypes(x.Elem(), pos, seen)
	case *types.Signature:
		for _, tuple := range []*types.Tuple{x.Params(), x.Results()} {
			for i := 0; i < tuple.Len(); i++ {
				if c.hasCellTypes(tuple.At(i).Type(), pos, seen) {
					return true
				}
			}
		}
	case *types.Struct:
		for i := 0; i < x.NumFields(); i++ {
			f := x.Field(i)
			// yaegi renames an unexported field of a struct the cell
			// declares, even one without a name.
			if !f.Exported() && f.Pkg() == c.Pkg || c.hasCellTypes(f.Type(), pos, seen) {
				return true
			}
		}
	}
	return false
}

// methods writes the callbacks of the methods of t the use calls: of the
// method set under their names, and, for a type that is not a pointer,
// those only the pointer has under "*Name" (encoding/json calls them on
// addressable values).
func (tb *table) methods(t types.Type, isPtr bool) map[string]int {
	out := map[string]int{}
	for _, m := range tb.u.methods() {
		name := methodNames[m]
		switch {
		case hasMethod(t, m):
			out[name] = tb.callback(t, m)
		case !isPtr && hasMethod(types.NewPointer(t), m):
			out["*"+name] = tb.callback(types.NewPointer(t), m)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// callback writes a function literal that calls method m of a value of
// type recv, given as the value yaegi holds (a type assertion gives it its
// type back).
func (tb *table) callback(recv types.Type, m mirror.Method) int {
	r := tb.name(recv)
	name := methodNames[m]
	var src string
	switch m {
	case mirror.String, mirror.Error, mirror.GoString:
		src = "func(x any) string { return x.(" + r + ")." + name + "() }"
	case mirror.Format:
		src = "func(x any, f _gbp.FmtState, c rune) { x.(" + r + ").Format(f, c) }"
	case mirror.MarshalJSON, mirror.MarshalText:
		src = "func(x any) ([]byte, error) { return x.(" + r + ")." + name + "() }"
	case mirror.UnmarshalJSON, mirror.UnmarshalText:
		src = "func(x any, b []byte) error { return x.(" + r + ")." + name + "(b) }"
	case mirror.Unwrap, mirror.LogValue:
		src = "func(x any) any { return x.(" + r + ")." + name + "() }"
	case mirror.Is:
		src = "func(x any, name string, raw any) bool { return x.(" + r + ").Is(" + tb.fromRaw() + "(name, raw)) }"
	}
	tb.calls = append(tb.calls, src)
	return len(tb.calls)
}

// resolver writes the function that finds the type of a value in an
// interface of type t among the candidates, and returns its callback
// index.
//
// A value in a cell's interface keeps its type in yaegi, and a type
// switch finds it. In interface{} or a compiled interface only the
// structure is left, and a type assertion matches any type of the same
// structure: two structs with the same fields, a named float64 and
// float64. One more thing tells them apart: yaegi boxes a value of a type
// with methods in an interface{} (the resolver is told), and it does not
// box one of a type without - but it does not box a struct assigned to a
// variable either. What is still ambiguous, and would print differently,
// makes the resolver say so (index -1) rather than guess.
func (tb *table) resolver(t types.Type) int {
	slot := len(tb.calls)
	tb.calls = append(tb.calls, "")
	var cands []types.Type
	var instances []string
	for _, cand := range tb.c.candidates(t, tb.pos) {
		if tb.nameable(cand) {
			cands = append(cands, cand)
			if isInstance(cand) && !anyType(cand, manyTypeArgs) {
				instances = append(instances, tb.name(cand))
				// One that shares a method name with another generic
				// type is made first at package level, in an evaluation
				// of its own (premake.go): made in this function beside
				// the other, it ran the other's method ("undefined
				// selector: size").
				if named := instanceOf(cand); named != nil && tb.c.sharesMethodName(named.Origin()) {
					tb.c.instanceAlias(named)
				}
			}
		}
	}
	for _, cand := range tb.genericInstances(t, cands) {
		cands = append(cands, cand)
		if !anyType(cand, manyTypeArgs) {
			tb.makes = append(tb.makes, cand)
		}
	}
	if len(instances) > 0 && !tb.c.instancesMade[tb.pos] {
		// yaegi finds an instance by name only once something made it.
		tb.c.instancesMade[tb.pos] = tb.c.makeInstances(instances)
	}
	var b strings.Builder
	iface := t.Underlying().(*types.Interface)
	if tb.c.isCellType(t) {
		// (yaegi's type switch fails on a nil value of the interface.)
		b.WriteString("func(v " + tb.name(t) + ") (int, any) { if v == nil { return 0, nil }; switch x := v.(type) {")
		for _, cand := range cands {
			b.WriteString(" case " + tb.name(cand) + ": return " + strconv.Itoa(tb.describe(cand)) + ", x;")
		}
		b.WriteString(" }; return 0, v }")
		tb.calls[slot] = b.String()
		return slot + 1
	}
	b.WriteString("func(v any, _gbpBoxed bool) (int, any) {")
	groups := map[string][]types.Type{}
	var order []string
	for _, cand := range cands {
		k := shape(cand)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], cand)
	}
	// In yaegi's wrapper of a compiled interface (boxed is set then), the
	// value of a struct is its last field: a value there of the type of
	// the last field of a struct candidate may be that struct's.
	fieldShapes := map[string]bool{}
	if iface.NumMethods() > 0 {
		for _, cand := range cands {
			st, ok := cand.Underlying().(*types.Struct)
			if !ok || tb.c.boxedError(cand) {
				// A struct error the lowering boxes wherever the cell
				// makes it an error never reaches a wrapper.
				continue
			}
			// yaegi takes the last field that holds something: a nil
			// interface does not.
			for i := st.NumFields() - 1; i >= 0; i-- {
				ft := st.Field(i).Type()
				fieldShapes[shape(ft)] = true
				if _, isIface := ft.Underlying().(*types.Interface); !isIface {
					break
				}
				fieldShapes["*"] = true
			}
		}
	}
	for _, k := range order {
		g := groups[k]
		if iface.NumMethods() > 0 {
			// Only a value of a cell's type reaches the resolver of a
			// compiled interface, in a wrapper or not.
			bare := tb.pick(g, false)
			wrapped := bare
			if structShape(g[0]) && !isPointer(g[0]) {
				wrapped = "-2, v"
			} else if fieldShapes["*"] || fieldShapes[k] {
				wrapped = "-2, v"
			}
			if wrapped == bare {
				b.WriteString(" if _, ok := v.(" + tb.name(g[0]) + "); ok { return " + bare + " };")
			} else {
				b.WriteString(" if _, ok := v.(" + tb.name(g[0]) + "); ok { if _gbpBoxed { return " + wrapped + " }; return " + bare + " };")
			}
			continue
		}
		var withMethods, without []types.Type
		for _, cand := range g {
			// (Methods of the pointer count: a Box with only (*Box).Label
			// came boxed.)
			if hasMethods(cand) && !isPointer(cand) || isPointer(cand) && types.NewMethodSet(cand).Len() > 0 {
				withMethods = append(withMethods, cand)
			} else {
				without = append(without, cand)
			}
		}
		// yaegi boxes a value of a type with methods when it puts it in
		// an interface{}, except a struct assigned to a variable (and a
		// conversion any(x), which the lowering makes box).
		boxed, bare := tb.pick(withMethods, false), tb.pick(without, true)
		if structShape(g[0]) || compositeOfStruct(g[0]) {
			bare = tb.pick(g, false)
		}
		if boxed == "0, v" && bare == "0, v" {
			continue
		}
		b.WriteString(" if _, ok := v.(" + tb.name(g[0]) + "); ok { if _gbpBoxed { return " + boxed + " }; return " + bare + " };")
	}
	b.WriteString(" return 0, v }")
	tb.calls[slot] = b.String()
	return slot + 1
}

// pick writes what a resolver returns for a value that may be of any of
// the types g, or, with plain, of their structure's compiled type: the
// type, if there is one; "0, v", the value as it is, if the types would
// all print as the compiled one; else that it cannot tell.
func (tb *table) pick(g []types.Type, plain bool) string {
	switch {
	case len(g) == 0:
		return "0, v"
	case len(g) == 1 && !plain:
		return strconv.Itoa(tb.describe(g[0])) + ", v.(" + tb.name(g[0]) + ")"
	}
	shows := false
	var names []string
	for _, cand := range g {
		names = append(names, reflectName(cand))
		if tb.c.matters(cand, tb.u, tb.pos) {
			shows = true
		}
	}
	if !shows {
		return "0, v"
	}
	if plain {
		names = append(names, shape(g[0]))
	}
	sort.Strings(names)
	if tb.printAlike(g) {
		return "-3, " + strconv.Quote(strings.Join(names, " or "))
	}
	return "-1, " + strconv.Quote(strings.Join(names, " or "))
}

// printAlike reports whether values of the types g, named types of the
// cells, and of their underlying type print and encode alike for the use,
// but for %T (which mirror.Unclear refuses): basic types without methods,
// neither printed with %T for sure nor looked at by reflect.
func (tb *table) printAlike(g []types.Type) bool {
	if tb.u.verbs["T"] || tb.u.reflect || tb.u.errors || tb.u.template {
		return false
	}
	for _, t := range g {
		if _, basic := t.Underlying().(*types.Basic); !basic || hasMethods(t) {
			return false
		}
	}
	return true
}

// source writes the table: _gbp.Types(description, callbacks...).
func (tb *table) source() string {
	return "_gbp.Types(" + tb.args() + ")"
}

// args writes the description and the callbacks as arguments.
func (tb *table) args() string {
	b, err := json.Marshal(tb.descs)
	if err != nil {
		panic(err)
	}
	desc := string(b)
	quoted := "`" + desc + "`"
	if strings.ContainsAny(desc, "`\n\r") {
		quoted = strconv.Quote(desc)
	}
	if tb.hoisted {
		return quoted + ", " + tb.c.hoistCalls(tb.makes, tb.calls)
	}
	return strings.Join(append([]string{quoted}, tb.calls...), ", ")
}

// rebuilt reports whether an earlier lowering replaces the text around n
// with text of its own (a deferred call's arguments are bound anew by
// lowerDeferArgs), which drops the edits inside n.
func (c *cell) rebuilt(n ast.Node) bool {
	start, end := c.offset(n.Pos()), c.offset(n.End())
	for _, e := range c.edits {
		if e.start <= start && end <= e.end && e.start < e.end && !(e.bound && e.start == start && e.end == end) {
			return true
		}
	}
	return false
}

// isInstance reports an instance of a generic type, or a pointer to one.
func isInstance(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.TypeArgs().Len() > 0
}

// promotesCellMethods reports an unnamed struct type, or a pointer to
// one, with methods promoted from the cells' types it embeds.
func (c *cell) promotesCellMethods(t types.Type) bool {
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	if _, unnamed := types.Unalias(base).(*types.Struct); !unnamed || !c.embedsCellType(base) {
		return false
	}
	return types.NewMethodSet(types.NewPointer(base)).Len() > 0
}

// instanceOf returns the instance t is or points to, or nil.
func instanceOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 {
		return nil
	}
	return named
}
