package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

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
	// reflect is reflect.TypeOf's, whose NumMethod and Implements need the
	// type's method set.
	reflect bool
	// slog is log/slog's: LogValue, MarshalText, and %+v or encoding/json.
	slog bool
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
	if u.slog {
		ms = append(ms, mirror.LogValue)
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
	mirror.Unwrap: "Unwrap", mirror.Is: "Is", mirror.LogValue: "LogValue",
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
	case mirror.LogValue:
		if params.Len() != 0 || results.Len() != 1 {
			return false
		}
		n, ok := types.Unalias(results.At(0).Type()).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "log/slog" && n.Obj().Name() == "Value"
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

// jsonKey reports whether encoding/json encodes a map keyed by t: string
// and integer kinds, and a type with MarshalText.
func jsonKey(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsString|types.IsInteger) != 0 {
		return true
	}
	return hasMethod(t, mirror.MarshalText) || hasMethod(types.NewPointer(t), mirror.MarshalText)
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
		if _, isIface := t.Underlying().(*types.Interface); !isIface && u.unmarshal {
			return true // a type error names the type: main.Cents, not int64
		}
		for _, m := range u.methods() {
			if hasMethod(t, m) || (u.marshal || u.unmarshal) && hasMethod(types.NewPointer(t), m) {
				return true
			}
		}
	}
	// (%T and reflect name the fields too: struct { name string }.)
	names := u.verbs["+v"] || u.verbs["#v"] || u.verbs["*"] || u.verbs["T"] || u.reflect
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
		if u.marshal && !jsonKey(x.Key()) && c.hasCellTypes(t, pos, map[types.Type]bool{}) {
			return true // json's error names the map's type
		}
		return c.mattersSeen(x.Key(), u, pos, seen) || c.mattersSeen(x.Elem(), u, pos, seen)
	case *types.Interface:
		return c.ifaceMatters(t, u, pos, seen)
	case *types.Signature, *types.Chan:
		// Only its name can show (%T): yaegi's names the cell's types
		// by their structure.
		return len(u.verbs) > 0 && !u.plainVerbs() && c.hasCellTypes(t, pos, map[types.Type]bool{})
	}
	return false
}

// ifaceMatters reports whether a value in an interface of type t may be
// one of the cell's that compiled code would get wrong.
func (c *cell) ifaceMatters(t types.Type, u *use, pos token.Pos, seen map[types.Type]bool) bool {
	if u.unmarshal && !u.marshal && len(u.verbs) == 0 && !c.isCellType(t) {
		// Decoding into an interface{} makes maps, slices, strings and
		// numbers, never a cell's value: the decoder's own options
		// (UseNumber, DisallowUnknownFields) then hold.
		return false
	}
	cands := c.candidates(t, pos)
	if c.isCellType(t) {
		// yaegi boxes a value in a cell's interface: compiled code sees
		// the box.
		return len(cands) > 0
	}
	iface := t.Underlying().(*types.Interface)
	wrapped := iface.NumMethods() > 0
	printsWithMethod := false // fmt calls a method of the wrapper for %v
	for i := 0; i < iface.NumMethods(); i++ {
		if name := iface.Method(i).Name(); name == "Error" || name == "String" {
			printsWithMethod = true
		}
	}
	for _, cand := range cands {
		if wrapped && len(u.verbs) > 0 && !u.marshal && !u.unmarshal {
			// In an error or a fmt.Stringer, yaegi's wrapper has the
			// method: fmt calls it for these verbs and misses Format.
			// In another compiled interface (io.Writer) fmt prints the
			// wrapper's fields.
			if !printsWithMethod || !wrapperVerbs(u) || hasMethod(cand, mirror.Format) {
				return true
			}
			continue
		}
		// In an interface{}, yaegi boxes a value of a type with methods.
		if types.NewMethodSet(cand).Len() > 0 || c.mattersSeen(cand, u, pos, seen) {
			return true
		}
	}
	return c.mayHoldLocal(t, u, pos, seen) || c.mayHoldLaterInstance(t, u)
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
	elems := c.paramElems(t, u, spread)
	if elems != "" {
		t = types.NewSlice(types.NewInterfaceType(nil, nil))
	}
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
	if tb.paramNamed != "" {
		e := &Unsupported{Construct: "the name of " + tb.paramNamed + ", a type spelled with a type parameter, inside the generic function (%T, %#v or reflect would show the parameter, not the type argument)",
			Instead: "print the type outside the generic function, or pass its name in: describe[T any](name string, x T)"}
		if fd := c.enclosingGenericFunc(); fd != nil && c.namesTypeArguments(fd) {
			// Concrete calls run a copy written for their type
			// arguments (specialize.go), which names them; a call left
			// to this body stops there.
			c.replace(arg.Pos(), arg.End(), "_gbp.Unsupported("+strconv.Quote(e.Error())+")")
			return true
		}
		if onlyTypeVerb(u) && !spread {
			// %T alone (a method's fmt.Errorf("%T: empty", d)): the name
			// of the instance the cells registered (registerInstances),
			// or the error where none was.
			c.insert(arg.Pos(), "_gbp.TypeNamed(")
			c.insert(arg.End(), ", "+strconv.Quote(e.Error())+")")
			return true
		}
		c.fail(arg, e.Construct, e.Instead)
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
	case resolved && (isCall && c.Info.Types[arg].IsValue() || isParam(t)):
		// A value of a type parameter's type too: handed straight to
		// compiled code, yaegi passes the value of a generic method's
		// type argument as its underlying type (a State of type Door
		// printed as 1, not with Door's String method, silently); an
		// interface{} parameter of the session's keeps the type.
		c.insert(arg.Pos(), "func(_gbpV any) any { return "+tb.source()+".Value("+strconv.Itoa(root)+", _gbpV) }(")
		c.insert(arg.End(), ")")
	default:
		c.insert(arg.Pos(), "_gbp.StandIn(")
		c.insert(arg.End(), ", "+strconv.Itoa(root)+", "+tb.args()+")")
	}
	if elems != "" {
		c.insert(arg.Pos(), "func(_gbpXs []"+elems+") []any { _gbpOut := make([]any, len(_gbpXs)); for _gbpI, _gbpX := range _gbpXs { _gbpOut[_gbpI] = func(_gbpA any) any { return _gbpA }(_gbpX) }; return _gbpOut }(")
		c.insertFirst(arg.End(), ")")
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
	if !ok || isParam(t) || iface.NumMethods() > 0 || len(call.Args) != 1 {
		return // (a conversion to a type parameter, To(x), is not to an interface)
	}
	if c.boxNamed(t, call.Args[0]) {
		return // a non-struct type's value is boxed with its name (boxnamed.go)
	}
	at := c.Info.Types[call.Args[0]].Type
	if at != nil && isParam(at) {
		// A type argument's value keeps its type only through an
		// interface{} parameter (standIn).
		c.replace(call.Fun.Pos(), call.Fun.End(), "func(_gbpV any) any { return _gbpV }")
		return
	}
	if at == nil || !c.isCellType(at) || structShape(at) || types.NewMethodSet(at).Len() == 0 {
		return
	}
	c.replace(call.Fun.Pos(), call.Fun.End(), "func(_gbpV any) any { return _gbpV }")
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
	if first, ok := slogFuncs[name]; ok {
		c.lowerSlogCall(call, first)
		return
	}
	if arg, ok := templateFuncs[name]; ok {
		c.lowerTemplateCall(call, arg)
		return
	}
	if arg, ok := contextKeyFuncs[name]; ok {
		c.lowerContextKey(call, arg)
	}
	switch name {
	case "reflect.TypeOf":
		c.lowerReflectTypeOf(call)
	case "reflect.DeepEqual":
		c.lowerDeepEqualTypes(call)
	}
}
