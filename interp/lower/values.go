package lower

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

// Values of the cell's types that reach compiled code.
//
// yaegi makes the types a cell declares with reflect.StructOf and
// friends: to fmt, encoding/json and errors such a type has no methods
// and no name, and its unexported fields are exported with an X. Go would
// call String inside a slice, print main.P for %T, skip the unexported
// fields in JSON; yaegi printed internals. Where an argument of a compiled
// function that looks at values through interfaces (values_fmt.go,
// values_json.go, values_errors.go, values_template.go,
// values_context.go, values_show.go) has a cell's type inside and the
// difference would show, the argument becomes a stand-in (package
// interp/mirror):
//
//	fmt.Println(ps)   becomes
//	fmt.Println(_gbp.StandIn(ps, 1, `[{"k":"slice","n":"[]main.P","e":2},...]`, func(x any) string { return x.(P).String() }))
//
// The description (a mirror.Desc per type) comes from the checker's types;
// the callbacks call the methods in interpreted code and find the dynamic
// type of values in interfaces. A cell that hands no value of its types
// to such a function is not changed.

// use is what a compiled function does with a value, which decides what
// of its type shows.
type use struct {
	// verbs are the fmt verbs the value is printed with: "v", "+v", "#v",
	// "s", "T", ...; "*" stands for any.
	verbs map[string]bool
	// marshal and unmarshal are encoding/json's.
	marshal, unmarshal bool
	// errors is the errors package's and %w's: Error, Unwrap and Is.
	errors bool
	// template is text/template's, which may call any exported method.
	template bool
}

func fmtUse(verbs ...string) *use {
	u := &use{verbs: map[string]bool{}}
	for _, v := range verbs {
		u.verbs[v] = true
	}
	return u
}

// plainVerbs reports whether the value is printed with %v or %+v only,
// which show no type names.
func (u *use) plainVerbs() bool {
	for v := range u.verbs {
		if v != "v" && v != "+v" {
			return false
		}
	}
	return true
}

// stringVerbs reports whether a verb calls Error or String.
func (u *use) stringVerbs() bool {
	for _, v := range []string{"*", "v", "+v", "s", "q", "x", "X"} {
		if u.verbs[v] {
			return true
		}
	}
	return false
}

// methods are the methods a use calls, by name.
func (u *use) methods() []mirror.Method {
	var ms []mirror.Method
	if len(u.verbs) > 0 {
		ms = append(ms, mirror.Format)
		if u.verbs["*"] || u.verbs["#v"] {
			ms = append(ms, mirror.GoString)
		}
		if u.stringVerbs() {
			ms = append(ms, mirror.Error, mirror.String)
		}
	}
	if u.marshal {
		ms = append(ms, mirror.MarshalJSON, mirror.MarshalText)
	}
	if u.unmarshal {
		ms = append(ms, mirror.UnmarshalJSON, mirror.UnmarshalText)
	}
	if u.errors {
		ms = append(ms, mirror.Error, mirror.Unwrap, mirror.Is)
	}
	seen := map[mirror.Method]bool{}
	out := ms[:0]
	for _, m := range ms {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

var methodNames = map[mirror.Method]string{
	mirror.String: "String", mirror.Error: "Error", mirror.GoString: "GoString", mirror.Format: "Format",
	mirror.MarshalJSON: "MarshalJSON", mirror.MarshalText: "MarshalText",
	mirror.UnmarshalJSON: "UnmarshalJSON", mirror.UnmarshalText: "UnmarshalText",
	mirror.Unwrap: "Unwrap", mirror.Is: "Is",
}

// hasMethod reports whether t's method set has m with the signature
// compiled code calls it with (fmt.Stringer's, json.Marshaler's, ...).
func hasMethod(t types.Type, m mirror.Method) bool {
	sel := types.NewMethodSet(t).Lookup(nil, methodNames[m])
	if sel == nil {
		return false
	}
	sig := sel.Type().(*types.Signature)
	params, results := sig.Params(), sig.Results()
	isBytes := func(t types.Type) bool {
		s, ok := t.(*types.Slice)
		return ok && isKind(s.Elem(), types.Uint8)
	}
	isError := func(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }
	switch m {
	case mirror.String, mirror.Error, mirror.GoString:
		return params.Len() == 0 && results.Len() == 1 && isKind(results.At(0).Type(), types.String)
	case mirror.Format:
		if params.Len() != 2 || results.Len() != 0 {
			return false
		}
		n, ok := types.Unalias(params.At(0).Type()).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "State" &&
			isKind(params.At(1).Type(), types.Int32)
	case mirror.MarshalJSON, mirror.MarshalText:
		return params.Len() == 0 && results.Len() == 2 && isBytes(results.At(0).Type()) && isError(results.At(1).Type())
	case mirror.UnmarshalJSON, mirror.UnmarshalText:
		return params.Len() == 1 && results.Len() == 1 && isBytes(params.At(0).Type()) && isError(results.At(0).Type())
	case mirror.Unwrap:
		if params.Len() != 0 || results.Len() != 1 {
			return false
		}
		r := results.At(0).Type()
		s, isSlice := r.(*types.Slice)
		return isError(r) || isSlice && isError(s.Elem())
	case mirror.Is:
		return params.Len() == 1 && results.Len() == 1 && isError(params.At(0).Type()) && isKind(results.At(0).Type(), types.Bool)
	}
	return false
}

// isKind reports whether t is the unnamed basic type of kind k.
func isKind(t types.Type, k types.BasicKind) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == k
}

// isCellType reports whether t is a named type the session declared.
func (c *cell) isCellType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == c.Pkg
}

// matters reports whether a value of type t, used so, would behave
// differently in compiled code than in Go: a method the use calls, a type
// name it prints, a field yaegi renamed or does not embed, a value in an
// interface that yaegi boxes.
func (c *cell) matters(t types.Type, u *use, pos token.Pos) bool {
	return c.mattersSeen(t, u, pos, map[types.Type]bool{})
}

func (c *cell) mattersSeen(t types.Type, u *use, pos token.Pos, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if seen[t] {
		return false
	}
	seen[t] = true
	if _, ok := t.(*types.TypeParam); ok {
		return c.ifaceMatters(types.NewInterfaceType(nil, nil), u, pos, seen)
	}
	if c.isCellType(t) {
		if len(u.verbs) > 0 && !u.plainVerbs() {
			return true // its name may show
		}
		for _, m := range u.methods() {
			if hasMethod(t, m) || (u.marshal || u.unmarshal) && hasMethod(types.NewPointer(t), m) {
				return true
			}
		}
	}
	names := u.verbs["+v"] || u.verbs["#v"] || u.verbs["*"]
	switch x := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < x.NumFields(); i++ {
			f := x.Field(i)
			// yaegi exports an unexported field as X..., and embeds no
			// field of a struct with several.
			if !f.Exported() && (names || u.marshal || u.unmarshal) || f.Embedded() && (u.marshal || u.unmarshal) {
				return true
			}
			if c.mattersSeen(f.Type(), u, pos, seen) {
				return true
			}
		}
	case *types.Pointer:
		if c.isCellType(x.Elem()) {
			for _, m := range u.methods() {
				if hasMethod(t, m) {
					return true
				}
			}
		}
		return c.mattersSeen(x.Elem(), u, pos, seen)
	case *types.Slice:
		return c.mattersSeen(x.Elem(), u, pos, seen)
	case *types.Array:
		return c.mattersSeen(x.Elem(), u, pos, seen)
	case *types.Map:
		return c.mattersSeen(x.Key(), u, pos, seen) || c.mattersSeen(x.Elem(), u, pos, seen)
	case *types.Interface:
		return c.ifaceMatters(t, u, pos, seen)
	}
	return false
}

func isBasic(t types.Type) bool {
	_, ok := t.Underlying().(*types.Basic)
	return ok
}

// ifaceMatters reports whether a value in an interface of type t may be
// one of the cell's that compiled code would get wrong.
func (c *cell) ifaceMatters(t types.Type, u *use, pos token.Pos, seen map[types.Type]bool) bool {
	cands := c.candidates(t, pos)
	if c.isCellType(t) {
		// yaegi boxes a value in a cell's interface: compiled code sees
		// the box.
		return len(cands) > 0
	}
	wrapped := t.Underlying().(*types.Interface).NumMethods() > 0
	for _, cand := range cands {
		if wrapped && len(u.verbs) > 0 && !u.marshal && !u.unmarshal {
			// In an error or a fmt.Stringer, yaegi's wrapper has the
			// method: fmt calls it for these verbs and misses Format.
			if !wrapperVerbs(u) || hasMethod(cand, mirror.Format) {
				return true
			}
			continue
		}
		// In an interface{}, yaegi boxes a value of a type with methods.
		if types.NewMethodSet(cand).Len() > 0 || c.mattersSeen(cand, u, pos, seen) {
			return true
		}
	}
	return false
}

// wrapperVerbs reports whether fmt prints an error or a Stringer with its
// method for every verb of the use.
func wrapperVerbs(u *use) bool {
	for v := range u.verbs {
		switch v {
		case "v", "+v", "s", "q", "x", "X":
		default:
			return false
		}
	}
	return true
}

// candidates are the types a value of interface type t may have that the
// cell can name at pos: the session's types and pointers to them that
// implement t.
func (c *cell) candidates(t types.Type, pos token.Pos) []types.Type {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var cands []types.Type
	seen := map[string]bool{}
	for s := c.Pkg.Scope().Innermost(pos); s != nil && s != types.Universe; s = s.Parent() {
		for _, name := range s.Names() {
			if seen[name] {
				continue
			}
			obj, ok := s.Lookup(name).(*types.TypeName)
			if !ok || obj.Pos() > pos && s != c.Pkg.Scope() {
				continue
			}
			seen[name] = true
			n, ok := obj.Type().(*types.Named)
			if !ok || n.Obj().Pkg() != c.Pkg || n.TypeParams().Len() > 0 || obj.IsAlias() {
				continue
			}
			if _, isIface := n.Underlying().(*types.Interface); isIface {
				continue
			}
			if types.Implements(n, iface) {
				cands = append(cands, n)
			}
			if _, isPtr := n.Underlying().(*types.Pointer); !isPtr && types.Implements(types.NewPointer(n), iface) {
				cands = append(cands, types.NewPointer(n))
			}
		}
	}
	return cands
}

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
	switch u := t.Underlying().(type) {
	case *types.Interface:
		d.K = "iface"
		if len(tb.c.candidates(t, tb.pos)) > 0 {
			d.R = tb.resolver(t)
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
		default:
			d.K = "opaque"
		}
	}
	if tb.c.isCellType(t) {
		d.M = tb.methods(t, false)
		if tb.u.template {
			d.X = exportedMethods(t)
		}
	} else if p, ok := t.(*types.Pointer); ok && tb.c.isCellType(p.Elem()) {
		d.M = tb.methods(t, true)
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
		return len(c.candidates(t, pos)) > 0
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
	case mirror.Unwrap:
		src = "func(x any) any { return x.(" + r + ").Unwrap() }"
	case mirror.Is:
		src = "func(x any, name string, raw any) bool { return x.(" + r + ").Is(" + tb.fromRaw() + "(name, raw)) }"
	}
	tb.calls = append(tb.calls, src)
	return len(tb.calls)
}

// nameable reports whether the cell can name t at the table's position.
func (tb *table) nameable(t types.Type) bool {
	saved := tb.unnamed
	tb.unnamed = ""
	tb.name(t)
	ok := tb.unnamed == ""
	tb.unnamed = saved
	return ok
}

// name writes a type as the cell names it at the table's position, and
// notes a type it cannot name.
func (tb *table) name(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		return "*" + tb.name(p.Elem())
	}
	if n, ok := t.(*types.Named); ok && tb.c.isCellType(n) {
		scope := tb.c.Pkg.Scope().Innermost(tb.pos)
		if _, obj := scope.LookupParent(n.Obj().Name(), tb.pos); obj != n.Obj() {
			tb.unnamed = reflectName(t)
		}
	}
	s, ok := tb.c.typeString(t)
	if !ok {
		tb.unnamed = reflectName(t)
	}
	return s
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
	for _, cand := range tb.c.candidates(t, tb.pos) {
		if tb.nameable(cand) {
			cands = append(cands, cand)
		}
	}
	var b strings.Builder
	iface := t.Underlying().(*types.Interface)
	if tb.c.isCellType(t) {
		b.WriteString("func(v " + tb.name(t) + ") (int, any) { switch x := v.(type) {")
		for _, cand := range cands {
			b.WriteString(" case " + tb.name(cand) + ": return " + strconv.Itoa(tb.describe(cand)) + ", x;")
		}
		b.WriteString(" }; return 0, v }")
		tb.calls[slot] = b.String()
		return slot + 1
	}
	b.WriteString("func(v any, boxed bool) (int, any) {")
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
			if !ok {
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
				b.WriteString(" if _, ok := v.(" + tb.name(g[0]) + "); ok { if boxed { return " + wrapped + " }; return " + bare + " };")
			}
			continue
		}
		var withMethods, without []types.Type
		for _, cand := range g {
			if types.NewMethodSet(cand).Len() > 0 {
				withMethods = append(withMethods, cand)
			} else {
				without = append(without, cand)
			}
		}
		// yaegi boxes a value of a type with methods when it puts it in
		// an interface{}, except a struct assigned to a variable (and a
		// conversion any(x), which the lowering makes box).
		boxed, bare := tb.pick(withMethods, false), tb.pick(without, true)
		if structShape(g[0]) {
			bare = tb.pick(g, false)
		}
		if boxed == "0, v" && bare == "0, v" {
			continue
		}
		b.WriteString(" if _, ok := v.(" + tb.name(g[0]) + "); ok { if boxed { return " + boxed + " }; return " + bare + " };")
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
	return "-1, " + strconv.Quote(strings.Join(names, " or "))
}

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// structShape reports whether a type's values are structs or pointers to
// structs, which no compiled value in an interface{} shares with it.
func structShape(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// shape is the type yaegi makes for t, as a string: the cell's types by
// their structure, unexported fields with an X.
func shape(t types.Type) string {
	var b strings.Builder
	writeShape(&b, t, map[types.Type]bool{})
	return b.String()
}

func writeShape(b *strings.Builder, t types.Type, seen map[types.Type]bool) {
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		_, isIface := n.Underlying().(*types.Interface)
		if !isIface && n.Obj().Pkg() != nil && n.Obj().Pkg().Name() == "main" {
			if seen[t] {
				b.WriteString("<cycle>")
				return
			}
			seen[t] = true
			defer delete(seen, t)
			writeShape(b, n.Underlying(), seen)
			return
		}
		if isIface {
			if n.Obj().Pkg() != nil && n.Obj().Pkg().Name() == "main" {
				b.WriteString("valueInterface")
				return
			}
		}
		b.WriteString(reflectName(t))
		return
	}
	switch x := t.(type) {
	case *types.Pointer:
		b.WriteString("*")
		writeShape(b, x.Elem(), seen)
	case *types.Slice:
		b.WriteString("[]")
		writeShape(b, x.Elem(), seen)
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(x.Len(), 10) + "]")
		writeShape(b, x.Elem(), seen)
	case *types.Map:
		b.WriteString("map[")
		writeShape(b, x.Key(), seen)
		b.WriteString("]")
		writeShape(b, x.Elem(), seen)
	case *types.Struct:
		b.WriteString("struct {")
		for i := 0; i < x.NumFields(); i++ {
			f := x.Field(i)
			name := f.Name()
			if !f.Exported() {
				name = "X" + name
			}
			b.WriteString(" " + name + " ")
			writeShape(b, f.Type(), seen)
			b.WriteString(" " + strconv.Quote(x.Tag(i)) + ";")
		}
		b.WriteString(" }")
	default:
		b.WriteString(reflectName(t))
	}
}

// reflectName writes a type as reflect's String does: main.P,
// []uint8, struct { X int }, interface {}.
func reflectName(t types.Type) string {
	var b strings.Builder
	writeReflectName(&b, t)
	return b.String()
}

func writeReflectName(b *strings.Builder, t types.Type) {
	t = types.Unalias(t)
	switch x := t.(type) {
	case *types.Basic:
		if x.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
			return
		}
		b.WriteString(types.Typ[x.Kind()].Name())
	case *types.Named:
		if x.Obj().Pkg() != nil {
			b.WriteString(x.Obj().Pkg().Name() + ".")
		}
		b.WriteString(x.Obj().Name())
		if args := x.TypeArgs(); args.Len() > 0 {
			b.WriteString("[")
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteString(",")
				}
				writeReflectName(b, args.At(i))
			}
			b.WriteString("]")
		}
	case *types.Pointer:
		b.WriteString("*")
		writeReflectName(b, x.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeReflectName(b, x.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(x.Len(), 10) + "]")
		writeReflectName(b, x.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeReflectName(b, x.Key())
		b.WriteString("]")
		writeReflectName(b, x.Elem())
	case *types.Chan:
		switch x.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeReflectName(b, x.Elem())
	case *types.Struct:
		if x.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct {")
		for i := 0; i < x.NumFields(); i++ {
			if i > 0 {
				b.WriteString(";")
			}
			f := x.Field(i)
			b.WriteString(" ")
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeReflectName(b, f.Type())
			if tag := x.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if x.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface {")
		for i := 0; i < x.NumMethods(); i++ {
			if i > 0 {
				b.WriteString(";")
			}
			m := x.Method(i)
			b.WriteString(" " + m.Name())
			writeSignature(b, m.Type().(*types.Signature))
		}
		b.WriteString(" }")
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, x)
	case *types.TypeParam:
		b.WriteString(x.Obj().Name())
	default:
		b.WriteString(t.String())
	}
}

func writeSignature(b *strings.Builder, s *types.Signature) {
	b.WriteString("(")
	for i := 0; i < s.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := s.Params().At(i).Type()
		if s.Variadic() && i == s.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeReflectName(b, pt)
	}
	b.WriteString(")")
	switch n := s.Results().Len(); {
	case n == 1:
		b.WriteString(" ")
		writeReflectName(b, s.Results().At(0).Type())
	case n > 1:
		b.WriteString(" (")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeReflectName(b, s.Results().At(i).Type())
		}
		b.WriteString(")")
	}
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
	return strings.Join(append([]string{quoted}, tb.calls...), ", ")
}

// rebuilt reports whether an earlier lowering replaces the text around n
// with text of its own (a deferred call's arguments are bound anew by
// lowerDeferArgs), which drops the edits inside n.
func (c *cell) rebuilt(n ast.Node) bool {
	start, end := c.offset(n.Pos()), c.offset(n.End())
	for _, e := range c.edits {
		if e.start <= start && end <= e.end && e.start < e.end {
			return true
		}
	}
	return false
}

// standIn rewrites the argument arg, of static type t, into its stand-in:
//
//	x   becomes _gbp.StandIn(x, 1, description, callbacks...)
//
// with the value first, so that yaegi compiles it before the callbacks.
// A value of a cell's interface must find its type before compiled code
// sees it (yaegi then unboxes it): a function literal runs the resolver on
// it first. So must an interface{} that a call returns, which yaegi
// unboxes when it goes straight to compiled code.
func (c *cell) standIn(arg ast.Expr, t types.Type, u *use, spread bool) bool {
	tb := c.newTable(arg.Pos(), u)
	elem := t
	if spread {
		elem = t.Underlying().(*types.Slice).Elem()
	}
	root := tb.describe(elem)
	if tb.unnamed != "" {
		c.fail(arg, "passing a value of type "+tb.unnamed+" to compiled code where that type's name is hidden",
			"rename the declaration that hides it")
		return false
	}
	if c.rebuilt(arg) {
		c.fail(arg, "a deferred or go call that prints or encodes a value of a type the cell declares",
			"call it in a function literal: defer func() { ... }()")
		return false
	}
	_, isCall := ast.Unparen(arg).(*ast.CallExpr)
	resolved := tb.descs[root-1].K == "iface" && tb.descs[root-1].R != 0
	switch {
	case spread:
		c.insert(arg.Pos(), "_gbp.StandIns(")
		c.insert(arg.End(), ", "+strconv.Itoa(root)+", "+tb.args()+")")
	case resolved && c.isCellType(elem):
		r := tb.descs[root-1].R
		resolver := tb.calls[r-1]
		tb.calls[r-1] = "_gbpR"
		c.insert(arg.Pos(), "func(_gbpV "+tb.name(elem)+") any { _gbpR := "+resolver+"; return "+tb.source()+".Value(_gbpR(_gbpV)) }(")
		c.insert(arg.End(), ")")
	case resolved && isCall && c.Info.Types[arg].IsValue():
		c.insert(arg.Pos(), "func(_gbpV any) any { return "+tb.source()+".Value("+strconv.Itoa(root)+", _gbpV) }(")
		c.insert(arg.End(), ")")
	default:
		c.insert(arg.Pos(), "_gbp.StandIn(")
		c.insert(arg.End(), ", "+strconv.Itoa(root)+", "+tb.args()+")")
	}
	return true
}

// lowerAnyConversion makes any(x), for x of a cell's type with methods
// that is not a struct, box x as yaegi does everywhere else - the
// conversion alone does not, and the resolvers count on it:
//
//	any(c)   becomes func(_gbpV any) any { return _gbpV }(c)
func (c *cell) lowerAnyConversion(call *ast.CallExpr, t types.Type) {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() > 0 || len(call.Args) != 1 {
		return
	}
	at := c.Info.Types[call.Args[0]].Type
	if at == nil || !c.isCellType(at) || structShape(at) || types.NewMethodSet(at).Len() == 0 {
		return
	}
	c.replace(call.Fun.Pos(), call.Fun.End(), "func(_gbpV any) any { return _gbpV }")
}

// calleeName returns the full name of the function or method a call
// calls ("fmt.Println", "(*encoding/json.Encoder).Encode"), or "".
func (c *cell) calleeName(call *ast.CallExpr) string {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return ""
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return ""
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.Info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			if _, isIface := s.Recv().Underlying().(*types.Interface); isIface {
				// The importer's interface methods have no receiver
				// type: name them by the interface's.
				return "(" + types.TypeString(s.Recv(), func(p *types.Package) string { return p.Path() }) + ")." + fn.Name()
			}
		}
	}
	return fn.FullName()
}

// lowerValues gives the arguments of a call into compiled code that looks
// at values through interfaces the Go behaviour of the cell's types.
func (c *cell) lowerValues(call *ast.CallExpr) {
	if tv, ok := c.Info.Types[call.Fun]; ok && tv.IsType() {
		c.lowerAnyConversion(call, tv.Type)
		return
	}
	name := c.calleeName(call)
	if name == "" {
		return
	}
	if f, ok := fmtFuncs[name]; ok {
		c.lowerFmtCall(call, f)
		return
	}
	if f, ok := jsonFuncs[name]; ok {
		c.lowerJSONCall(call, f)
		return
	}
	if helper, ok := errorsFuncs[name]; ok {
		c.lowerErrorsCall(call, helper)
		return
	}
	if arg, ok := templateFuncs[name]; ok {
		c.lowerTemplateCall(call, arg)
		return
	}
	if arg, ok := contextKeyFuncs[name]; ok {
		c.lowerContextKey(call, arg)
	}
}
