package mirror

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
)

// Kind is how a stand-in walks a value of a type.
type Kind uint8

const (
	// Go is a type without cell types inside: the value is the real one,
	// and compiled code treats it right.
	Go Kind = iota
	// Basic is a cell's type whose underlying type is a boolean, a number
	// or a string.
	Basic
	Struct
	Pointer
	Slice
	Array
	Map
	// Interface is an interface type; its values are resolved to their
	// dynamic type by a callback.
	Interface
	// Opaque is a channel or function type with cell types inside: it
	// prints as an address.
	Opaque
)

var kindNames = map[string]Kind{
	"go": Go, "basic": Basic, "struct": Struct, "ptr": Pointer, "slice": Slice,
	"array": Array, "map": Map, "iface": Interface, "opaque": Opaque,
}

// Method names a method the stand-ins use.
type Method uint8

const (
	String Method = iota
	Error
	Format
	GoString
	MarshalJSON
	UnmarshalJSON
	MarshalText
	UnmarshalText
	Unwrap
	Is
	As
	LogValue
	numMethods
)

var methodNames = [numMethods]string{"String", "Error", "Format", "GoString",
	"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText", "Unwrap", "Is", "As", "LogValue"}

// A Desc is a type as the lowering writes it, in a JSON list given to
// Types. References to other types (by their place in the list) and to
// callbacks are 1-based, so that 0 means none.
type Desc struct {
	// K is the Kind: go, basic, struct, ptr, slice, array, map, iface
	// or opaque; N the type as reflect prints it.
	K   string      `json:"k"`
	N   string      `json:"n"`
	E   int         `json:"e,omitempty"`
	Key int         `json:"key,omitempty"`
	F   []FieldDesc `json:"f,omitempty"`
	// M maps method names to callbacks: those of the type's method set,
	// and, marked with a leading "*", those only its pointer has.
	M map[string]int `json:"m,omitempty"`
	// X lists the exported methods of a cell's type, for templates.
	X []string `json:"x,omitempty"`
	// T maps the exported methods of a cell's type to the callbacks a
	// template calls them with, func(recv, args...) results.
	T map[string]int `json:"t,omitempty"`
	// TR maps those methods to the types of their first results.
	TR map[string]int `json:"tr,omitempty"`
	R  int            `json:"r,omitempty"` // Interface: the resolver
	C  bool           `json:"c,omitempty"` // Interface: a compiled one with methods (error, fmt.Stringer)
	// P marks a name spelled with a type parameter of the generic
	// function the value is in (Box[T]): not the type argument's.
	P bool `json:"p,omitempty"`
	// I and O are a function type's parameters and results, for reflect.
	I []int `json:"i,omitempty"`
	O []int `json:"o,omitempty"`
}

// A FieldDesc is a struct field of a Desc.
type FieldDesc struct {
	N string `json:"n"`
	T int    `json:"t"`
	U bool   `json:"u,omitempty"` // unexported
	A bool   `json:"a,omitempty"` // embedded
	G string `json:"g,omitempty"` // tag
}

// Type is a type of a cell's value as the type checker saw it.
type Type struct {
	// Name is the type as reflect would print it: "main.P", "[]*main.P".
	Name   string
	Kind   Kind
	Elem   *Type // Pointer, Slice, Array, Map
	Key    *Type // Map
	Fields []Field
	// methods and ptrMethods hold callback indexes plus one.
	methods, ptrMethods [numMethods]int
	resolve             int
	compiled            bool
	exported            []string
	tmethods            map[string]int   // Desc.T
	tresults            map[string]*Type // Desc.TR
	paramNamed          bool             // Desc.P
	in, out             []*Type          // Desc.I, Desc.O

	jsonOnce   sync.Once
	jsonFields []jsonField
}

// Field is a struct field.
type Field struct {
	Name     string
	Type     *Type
	Exported bool
	Embedded bool
	Tag      reflect.StructTag
}

// HasMethod reports whether the type's method set has m.
func (t *Type) HasMethod(m Method) bool { return t.methods[m] != 0 }

var parsed sync.Map // desc string -> []*Type

// parseDesc reads a description, once per distinct text.
func parseDesc(src string) []*Type {
	if ts, ok := parsed.Load(src); ok {
		return ts.([]*Type)
	}
	var ds []Desc
	if err := json.Unmarshal([]byte(src), &ds); err != nil {
		panic(fmt.Sprintf("gobackprop: bad type description %q: %v", src, err))
	}
	ts := make([]*Type, len(ds))
	for i := range ts {
		ts[i] = &Type{}
	}
	ref := func(i int) *Type {
		if i <= 0 || i > len(ts) {
			return nil
		}
		return ts[i-1]
	}
	for i, d := range ds {
		t := ts[i]
		t.Name, t.Kind = d.N, kindNames[d.K]
		t.Elem, t.Key = ref(d.E), ref(d.Key)
		t.resolve, t.compiled, t.exported, t.paramNamed, t.tmethods = d.R, d.C, d.X, d.P, d.T
		for name, r := range d.TR {
			if t.tresults == nil {
				t.tresults = map[string]*Type{}
			}
			t.tresults[name] = ref(r)
		}
		for _, f := range d.F {
			t.Fields = append(t.Fields, Field{Name: f.N, Type: ref(f.T), Exported: !f.U, Embedded: f.A, Tag: reflect.StructTag(f.G)})
		}
		for _, j := range d.I {
			t.in = append(t.in, ref(j))
		}
		for _, j := range d.O {
			t.out = append(t.out, ref(j))
		}
		for name, cb := range d.M {
			for m, mn := range methodNames {
				switch name {
				case mn:
					t.methods[m] = cb
				case "*" + mn:
					t.ptrMethods[m] = cb
				}
			}
		}
	}
	actual, _ := parsed.LoadOrStore(src, ts)
	return actual.([]*Type)
}

// A Table is the types of one lowered argument with the callbacks its
// description refers to.
type Table struct {
	types []*Type
	calls []any
	// methods are the template callbacks by method name, made once
	// (methodCalls): a table serves one call site's execution.
	methods map[string][]methodFn
}

// Types returns the table of a description and its callbacks. It panics
// on a description the lowering did not write.
func Types(desc string, calls ...any) *Table {
	return &Table{types: parseDesc(desc), calls: calls}
}

// StandIn returns the stand-in of raw, a value of type i of the
// description: Types(desc, calls...).Value(i, raw). The lowering writes
// it with the value first, so that yaegi compiles the value before the
// callbacks, whose type assertions may name a generic type's instance the
// value makes.
func StandIn(raw any, i int, desc string, calls ...any) any {
	return Types(desc, calls...).Value(i, raw)
}

// StandIns is StandIn for the elements of a slice, for a call f(xs...).
func StandIns(raw any, i int, desc string, calls ...any) []any {
	return Types(desc, calls...).Values(i, raw)
}

// Value returns the stand-in of raw, a value of the table's type i
// (1-based). The arguments are also what a resolver returns: i == 0 means
// the type was not found and raw is returned as it is; i == -1 means the
// candidates could not be told apart, and raw is their names; i == -2
// that the value in yaegi's wrapper may not be the value (of a struct,
// yaegi keeps its last field there).
func (tab *Table) Value(i int, raw any) any {
	switch {
	case i == 0:
		return raw
	case i == -2:
		return &Unknown{raw}
	case i < 0:
		panic(ambiguous(raw))
	case i > len(tab.types):
		panic(fmt.Sprintf("gobackprop: type %d of %d", i, len(tab.types)))
	}
	t := tab.types[i-1]
	v := reflect.ValueOf(raw)
	if b, ok := raw.(Boxed); ok && t.Kind == Interface {
		return b.value()
	}
	if b, ok := named(raw); ok && t.Kind == Interface {
		return b.value()
	}
	if t.Kind == Interface {
		rt, rv, ok := tab.resolve(t, v)
		if !ok {
			return raw
		}
		if rt == nil {
			if !rv.IsValid() {
				return nil
			}
			if isWrapper(rv) && (t.resolve != 0 || pointerWrapped(rv)) {
				// (A pointer in a wrapper without a resolver: an
				// instance of a generic type made in a generic
				// function, whose %#v would print the wrapper.)
				return &Unknown{rv.Interface()}
			}
			return rv.Interface()
		}
		t, v = rt, rv
	}
	return &Value{tab: tab, t: t, v: v}
}

// Values returns the stand-ins of the elements of a slice whose elements
// are of type i, for a call f(xs...).
func (tab *Table) Values(i int, raw any) []any {
	v := reflect.ValueOf(raw)
	if v.Kind() != reflect.Slice {
		panic(fmt.Sprintf("gobackprop: Values of a %s", v.Kind()))
	}
	if v.IsNil() {
		return nil
	}
	out := make([]any, v.Len())
	for j := range out {
		out[j] = tab.Value(i, v.Index(j).Interface())
	}
	return out
}

// ambiguous is the error of a value whose type cannot be known.
func ambiguous(names any) error {
	return &AmbiguousError{Types: fmt.Sprint(names)}
}

// An AmbiguousError reports a value in an interface whose dynamic type
// yaegi does not keep and whose structure fits several types.
type AmbiguousError struct {
	Types string
}

func (e *AmbiguousError) Error() string {
	return "a value stored in an interface could be any of " + e.Types +
		": the interpreter does not keep which one it is, and they print differently; " +
		"convert it back to its type before printing it (v.(T)), or keep it in an interface type you declare and name (type Model interface{ ... })"
}

// Value is a stand-in for a value of a cell's type.
type Value struct {
	tab *Table
	t   *Type
	v   reflect.Value
	// json are the options of the json.Decoder decoding into it.
	json jsonOptions
}

// TypeString returns the Go name of x's dynamic type as %T prints it.
func TypeString(x any) string {
	switch x := x.(type) {
	case nil:
		return "<nil>"
	case *Value:
		return x.t.Name
	case Boxed:
		return x.name
	case Named:
		return x.name
	case NamedStringer:
		return x.name
	case *Unknown:
		panic(errUnknown)
	case *Unclear:
		panic(ambiguous(x.names))
	case *jsonError:
		if name, ok := x.goName(); ok {
			return name
		}
	}
	return reflect.TypeOf(x).String()
}

// call returns the callback of method m of type t for the value v, with
// the receiver to pass, or ok == false. addr says that v's address may be
// taken for a method of the pointer's method set.
func (tab *Table) method(t *Type, v reflect.Value, m Method, addr bool) (cb any, recv any, ok bool) {
	if i := t.methods[m]; i != 0 && v.IsValid() && v.CanInterface() {
		return tab.calls[i-1], v.Interface(), true
	}
	if i := t.ptrMethods[m]; i != 0 && addr && v.CanAddr() {
		return tab.calls[i-1], v.Addr().Interface(), true
	}
	return nil, nil, false
}

// resolve finds the dynamic type of v, a value of interface type t (or,
// for a cell's interface, yaegi's box of one). It returns the type and
// value found; a nil type with ok means a value of no cell type (or a nil
// interface, then rv is not valid); ok == false means rv is not valid and
// the raw value should be kept.
func (tab *Table) resolve(t *Type, v reflect.Value) (rt *Type, rv reflect.Value, ok bool) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil, reflect.Value{}, true
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil, v, true
	}
	if t.resolve == 0 {
		// (A value of a type with methods comes in yaegi's box when
		// it passed through an interpreted function's interface{}.)
		if inner, boxed := BoxedValue(v); boxed && inner.IsValid() {
			if lt, found := localTypeOf(inner); found {
				return lt, inner, true
			}
		}
		if lt, found := localTypeOf(v); found {
			return lt, v, true
		}
		return nil, v, true
	}
	arg := v
	inner, wrapped := unwrapYaegi(v)
	if wrapped {
		arg = inner
	} else if bare, ok := typelessBox(v); ok {
		// A box without its type (yaegi's result of a method compiled
		// code called more than once: heap.Pop of a []Node): the value
		// it holds is asserted to the candidates as it is.
		v, arg = bare, bare
	} else if t.compiled && v.Type().NumMethod() > 0 {
		// A compiled value, of no cell's type: what yaegi puts in an
		// error or a fmt.Stringer is its wrapper or the bare value,
		// whose type has no methods.
		return nil, v, true
	}
	fn := reflect.ValueOf(tab.calls[t.resolve-1])
	in := fn.Type().In(0)
	if !arg.Type().AssignableTo(in) {
		if !v.Type().AssignableTo(in) {
			return nil, v, true
		}
		arg = v
	}
	args := []reflect.Value{arg}
	if fn.Type().NumIn() == 2 {
		args = append(args, reflect.ValueOf(wrapped || isBox(v)))
	}
	out := fn.Call(args)
	i := int(out[0].Int())
	x := out[1]
	if x.Kind() == reflect.Interface {
		x = x.Elem()
	}
	switch {
	case i == 0:
		// Not a cell's type the cell can name: maybe one declared in
		// another function; else keep what compiled code was given,
		// which may be yaegi's wrapper with the methods.
		if lt, found := localTypeOf(v); found {
			return lt, v, true
		}
		return nil, v, true
	case i == -2:
		// One the wrapper's value cannot tell: keep the wrapper.
		return nil, v, true
	case i == -3:
		// Types that print alike but for %T.
		return nil, reflect.ValueOf(&Unclear{raw: v.Interface(), names: fmt.Sprint(x.Interface())}), true
	case i < 0:
		panic(ambiguous(x.Interface()))
	}
	return tab.types[i-1], x, true
}

// isBox reports whether v is yaegi's box of a value in an interface: yaegi
// boxes a value of a type with methods when it stores it in an
// interface{}, and the resolver takes that into account.
func isBox(v reflect.Value) bool {
	t := v.Type()
	return v.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == "github.com/traefik/yaegi/interp"
}

// nilBox reports whether v is yaegi's box of a nil interface value (its
// node, the first field, is nil).
func nilBox(v reflect.Value) bool {
	return isBox(v) && v.NumField() > 0 && v.Field(0).Kind() == reflect.Pointer && v.Field(0).IsNil()
}

// isWrapper reports whether v is one of yaegi's wrappers.
func isWrapper(v reflect.Value) bool {
	_, ok := unwrapYaegi(v)
	return ok
}

// unwrapYaegi returns the value inside one of yaegi's interface wrappers:
// a struct type named _Something whose first field IValue holds the
// interpreted value and whose other fields hold its methods.
func unwrapYaegi(v reflect.Value) (reflect.Value, bool) {
	t := v.Type()
	if v.Kind() != reflect.Struct || len(t.Name()) < 2 || t.Name()[0] != '_' || t.NumField() == 0 {
		return v, false
	}
	f := t.Field(0)
	if f.Name != "IValue" || f.Type.Kind() != reflect.Interface {
		return v, false
	}
	inner := v.Field(0)
	if inner.IsNil() {
		return v, false
	}
	return inner.Elem(), true
}

// A Key stands for a value of a cell's type used as a context key: yaegi
// gives a ctxKey("user") the type string, so it was found by "user" too.
// Two keys are equal when their types and values are.
type Key struct {
	Type  string
	Value any
}

// NewKey returns the key of raw, a value of the cell's type named typ.
func NewKey(raw any, typ string) Key { return Key{typ, raw} }

// String is what a context's String prints of the key, as it prints a key
// that is no fmt.Stringer: its type's name (main.ctxKey).
func (k Key) String() string { return k.Type }
