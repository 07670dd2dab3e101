package mirror

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// The oracle of these tests is compiled Go: a value of a type declared in
// this file is formatted (or encoded) by fmt and encoding/json, and so is
// its stand-in, built the way a lowered cell builds it - a description of
// the type, callbacks for its methods, and the value as yaegi holds it
// (structs made with reflect.StructOf, unexported fields exported with an
// X, named basic types as their underlying type, compiled interfaces
// holding a wrapper with an IValue field). Both must print the same.

// yaegiError is the shape of yaegi's wrapper of a value in an error.
type _error struct {
	IValue any
	WError func() string
}

func (w _error) Error() string { return w.WError() }

// mirror builds stand-ins of this package's types from compiled values.
type mirror struct {
	descs []Desc
	calls []any
	index map[reflect.Type]int // a type's description, 1-based
	raws  map[reflect.Type]reflect.Type
	// cands are the types an interface position may hold.
	cands []reflect.Type
}

var thisPkg = reflect.TypeOf(mirror{}).PkgPath()

// declared reports whether t is one of the "cell's" types: declared here.
func declared(t reflect.Type) bool { return t.PkgPath() == thisPkg && t.Name() != "" }

// hasDeclared reports whether t has one of this package's types inside.
func hasDeclared(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if declared(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return hasDeclared(t.Elem(), seen)
	case reflect.Map:
		return hasDeclared(t.Key(), seen) || hasDeclared(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasDeclared(t.Field(i).Type, seen) {
				return true
			}
		}
	case reflect.Interface:
		return true
	}
	return false
}

func newMirror(cands ...any) *mirror {
	m := &mirror{index: map[reflect.Type]int{}, raws: map[reflect.Type]reflect.Type{}}
	for _, c := range cands {
		m.cands = append(m.cands, reflect.TypeOf(c))
	}
	return m
}

// name is reflect's name of a type, as the lowering writes it.
func (m *mirror) name(t reflect.Type) string { return t.String() }

// describe adds t's description and returns its 1-based index.
func (m *mirror) describe(t reflect.Type) int {
	if i, ok := m.index[t]; ok {
		return i
	}
	m.descs = append(m.descs, Desc{N: m.name(t)})
	i := len(m.descs)
	m.index[t] = i
	d := Desc{N: m.name(t)}
	switch {
	case t.Kind() == reflect.Interface:
		d.K = "iface"
		d.C = t.NumMethod() > 0
		m.calls = append(m.calls, m.resolver(t))
		d.R = len(m.calls)
		for _, c := range m.cands {
			if c.Implements(t) {
				m.describe(c)
			}
		}
	case !hasDeclared(t, map[reflect.Type]bool{}):
		d.K = "go"
	case t.Kind() == reflect.Struct:
		d.K = "struct"
		for j := 0; j < t.NumField(); j++ {
			sf := t.Field(j)
			d.F = append(d.F, FieldDesc{N: sf.Name, T: m.describe(sf.Type), U: !sf.IsExported(), A: sf.Anonymous, G: string(sf.Tag)})
		}
	case t.Kind() == reflect.Pointer:
		d.K, d.E = "ptr", m.describe(t.Elem())
	case t.Kind() == reflect.Slice:
		d.K, d.E = "slice", m.describe(t.Elem())
	case t.Kind() == reflect.Array:
		d.K, d.E = "array", m.describe(t.Elem())
	case t.Kind() == reflect.Map:
		d.K, d.Key, d.E = "map", m.describe(t.Key()), m.describe(t.Elem())
	case t.Kind() == reflect.Chan || t.Kind() == reflect.Func:
		d.K = "opaque"
	default:
		d.K = "basic"
	}
	if declared(t) || t.Kind() == reflect.Pointer && declared(t.Elem()) {
		d.M = m.methods(t)
	}
	if declared(t) {
		pt := reflect.PointerTo(t)
		for j := 0; j < pt.NumMethod(); j++ {
			d.X = append(d.X, pt.Method(j).Name)
		}
		d.T, d.TR = m.templateMethods(t)
	}
	m.descs[i-1] = d
	return i
}

// methods adds callbacks for the methods of t the stand-ins use.
func (m *mirror) methods(t reflect.Type) map[string]int {
	out := map[string]int{}
	add := func(key string, recv reflect.Type, name string) {
		mt, ok := recv.MethodByName(name)
		if !ok {
			return
		}
		var cb any
		call := func(x any, args ...reflect.Value) []reflect.Value {
			o := m.fromRaw(reflect.ValueOf(x), recv)
			return o.MethodByName(mt.Name).Call(args)
		}
		switch name {
		case "String", "Error", "GoString":
			cb = func(x any) string { return call(x)[0].String() }
		case "Format":
			cb = func(x any, f fmt.State, verb rune) { call(x, reflect.ValueOf(&f).Elem(), reflect.ValueOf(verb)) }
		case "MarshalJSON", "MarshalText":
			cb = func(x any) ([]byte, error) {
				out := call(x)
				err, _ := out[1].Interface().(error)
				return out[0].Bytes(), err
			}
		case "Unwrap":
			cb = func(x any) any { return call(x)[0].Interface() }
		case "Is":
			cb = func(x any, name string, raw any) bool {
				target := raw
				for t := range m.index {
					if t.String() == name {
						target = m.fromRaw(reflect.ValueOf(raw), t).Interface()
					}
				}
				return call(x, reflect.ValueOf(&target).Elem().Elem())[0].Bool()
			}
		case "UnmarshalJSON", "UnmarshalText":
			cb = func(x any, b []byte) error {
				// The method sets what the pointer points to: copy back.
				p := reflect.ValueOf(x)
				o := m.fromRaw(p, recv)
				out := o.MethodByName(mt.Name).Call([]reflect.Value{reflect.ValueOf(b)})
				p.Elem().Set(m.toRaw(o.Elem(), p.Type().Elem()))
				err, _ := out[0].Interface().(error)
				return err
			}
		}
		m.calls = append(m.calls, cb)
		out[key] = len(m.calls)
	}
	for _, name := range methodNames {
		add(name, t, name)
		if t.Kind() != reflect.Pointer {
			if _, inValue := t.MethodByName(name); !inValue {
				add("*"+name, reflect.PointerTo(t), name)
			}
		}
	}
	return out
}

// resolver finds a value's type among the candidates by its structure,
// as the lowering's chain of type assertions does.
func (m *mirror) resolver(iface reflect.Type) func(any) (int, any) {
	return func(x any) (int, any) {
		if x == nil {
			return 0, nil
		}
		for _, c := range m.cands {
			if !c.Implements(iface) {
				continue
			}
			if iface.NumMethod() == 0 && c.Kind() != reflect.Struct {
				// A value of a named basic type in an interface{} is
				// not told apart from its underlying type: the
				// lowering does not try.
				continue
			}
			if m.rawType(c) == reflect.TypeOf(x) {
				return m.index[c], x
			}
		}
		return 0, x
	}
}

func exportName(s string) string {
	if s != "" && strings.ToUpper(s[:1]) == s[:1] {
		return s
	}
	return "X" + s
}

// rawType is the type yaegi would use for t.
func (m *mirror) rawType(t reflect.Type) reflect.Type {
	if r, ok := m.raws[t]; ok {
		return r
	}
	if !hasDeclared(t, map[reflect.Type]bool{}) || t.Kind() == reflect.Interface {
		return t
	}
	var r reflect.Type
	switch t.Kind() {
	case reflect.Struct:
		var fs []reflect.StructField
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			fs = append(fs, reflect.StructField{Name: exportName(sf.Name), Type: m.rawType(sf.Type), Tag: sf.Tag,
				Anonymous: sf.Anonymous && t.NumField() == 1})
		}
		r = reflect.StructOf(fs)
	case reflect.Pointer:
		r = reflect.PointerTo(m.rawType(t.Elem()))
	case reflect.Slice:
		r = reflect.SliceOf(m.rawType(t.Elem()))
	case reflect.Array:
		r = reflect.ArrayOf(t.Len(), m.rawType(t.Elem()))
	case reflect.Map:
		r = reflect.MapOf(m.rawType(t.Key()), m.rawType(t.Elem()))
	default:
		r = basicTypes[t.Kind()]
	}
	m.raws[t] = r
	return r
}

// toRaw converts a compiled value into the value yaegi would hold.
func (m *mirror) toRaw(v reflect.Value, rt reflect.Type) reflect.Value {
	out := reflect.New(rt).Elem()
	switch {
	case v.Kind() == reflect.Interface:
		if v.IsNil() {
			return out
		}
		e := v.Elem()
		inner := m.toRaw(e, m.rawType(e.Type()))
		if rt.NumMethod() > 0 && declared(e.Type()) {
			w := _error{IValue: inner.Interface(), WError: func() string { return e.Interface().(error).Error() }}
			out.Set(reflect.ValueOf(w))
			return out
		}
		out.Set(inner)
	case !hasDeclared(v.Type(), map[reflect.Type]bool{}):
		out.Set(v)
	case v.Kind() == reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !f.CanInterface() {
				f = reflectUnexported(v, i)
			}
			out.Field(i).Set(m.toRaw(f, rt.Field(i).Type))
		}
	case v.Kind() == reflect.Pointer:
		if !v.IsNil() {
			p := reflect.New(rt.Elem())
			p.Elem().Set(m.toRaw(v.Elem(), rt.Elem()))
			out.Set(p)
		}
	case v.Kind() == reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(rt, v.Len(), v.Len()))
			for i := 0; i < v.Len(); i++ {
				out.Index(i).Set(m.toRaw(v.Index(i), rt.Elem()))
			}
		}
	case v.Kind() == reflect.Array:
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(m.toRaw(v.Index(i), rt.Elem()))
		}
	case v.Kind() == reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMap(rt))
			for _, k := range v.MapKeys() {
				out.SetMapIndex(m.toRaw(k, rt.Key()), m.toRaw(v.MapIndex(k), rt.Elem()))
			}
		}
	default:
		out.Set(v.Convert(rt))
	}
	return out
}

// fromRaw converts back: a copy of yaegi's value as the compiled type t.
func (m *mirror) fromRaw(v reflect.Value, t reflect.Type) reflect.Value {
	out := reflect.New(t).Elem()
	switch {
	case !v.IsValid():
	case v.Type() == t:
		out.Set(v)
	case t.Kind() == reflect.Interface:
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				return out
			}
			v = v.Elem()
		}
		if w, ok := v.Interface().(_error); ok {
			v = reflect.ValueOf(w.IValue)
		}
		for _, c := range m.cands {
			if m.rawType(c) == v.Type() {
				out.Set(m.fromRaw(v, c))
				return out
			}
		}
		out.Set(v)
	case t.Kind() == reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := out.Field(i)
			if !f.CanSet() {
				f = settableUnexported(out, i)
			}
			f.Set(m.fromRaw(v.Field(i), t.Field(i).Type))
		}
	case t.Kind() == reflect.Pointer:
		if !v.IsNil() {
			p := reflect.New(t.Elem())
			p.Elem().Set(m.fromRaw(v.Elem(), t.Elem()))
			out.Set(p)
		}
	case t.Kind() == reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(t, v.Len(), v.Len()))
			for i := 0; i < v.Len(); i++ {
				out.Index(i).Set(m.fromRaw(v.Index(i), t.Elem()))
			}
		}
	case t.Kind() == reflect.Array:
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(m.fromRaw(v.Index(i), t.Elem()))
		}
	case t.Kind() == reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMap(t))
			for _, k := range v.MapKeys() {
				out.SetMapIndex(m.fromRaw(k, t.Key()), m.fromRaw(v.MapIndex(k), t.Elem()))
			}
		}
	default:
		out.Set(v.Convert(t))
	}
	return out
}

// standIn returns the stand-in of x, a value of this package's types.
func (m *mirror) standIn(x any) any {
	t := reflect.TypeOf(x)
	i := m.describe(t)
	b, err := json.Marshal(m.descs)
	if err != nil {
		panic(err)
	}
	tab := Types(string(b), m.calls...)
	return tab.Value(i, m.toRaw(reflect.ValueOf(x), m.rawType(t)).Interface())
}

// reflectUnexported reads an unexported field of a compiled struct.
func reflectUnexported(v reflect.Value, i int) reflect.Value {
	if !v.CanAddr() {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	return settableUnexported(v, i)
}

// settableUnexported returns an unexported field of an addressable struct
// as a settable value: the oracle's types have unexported fields, and the
// test converts them as yaegi would.
func settableUnexported(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// table returns the table of the types described so far.
func (m *mirror) table() *Table {
	b, err := json.Marshal(m.descs)
	if err != nil {
		panic(err)
	}
	return Types(string(b), m.calls...)
}

// standInOf returns the stand-in of raw, yaegi's form of a value of t.
func (m *mirror) standInOf(t reflect.Type, raw reflect.Value) any {
	i := m.describe(t)
	b, err := json.Marshal(m.descs)
	if err != nil {
		panic(err)
	}
	return Types(string(b), m.calls...).Value(i, raw.Interface())
}

// templateMethods adds the callbacks a template calls t's methods with,
// func(x raw T, args...) results, as the lowering writes them.
func (m *mirror) templateMethods(t reflect.Type) (calls, results map[string]int) {
	calls, results = map[string]int{}, map[string]int{}
	pt := reflect.PointerTo(t)
	for j := 0; j < pt.NumMethod(); j++ {
		mt := pt.Method(j)
		recv, raw := pt, reflect.PointerTo(m.rawType(t))
		if _, ok := t.MethodByName(mt.Name); ok {
			recv, raw = t, m.rawType(t)
		}
		in := []reflect.Type{raw}
		for k := 1; k < mt.Type.NumIn(); k++ {
			in = append(in, mt.Type.In(k))
		}
		// Results of the "cell's" types come as yaegi's values, without
		// their methods.
		var out []reflect.Type
		for k := 0; k < mt.Type.NumOut(); k++ {
			ot := mt.Type.Out(k)
			if hasDeclared(ot, map[reflect.Type]bool{}) && ot.Kind() != reflect.Interface {
				ot = m.rawType(ot)
			}
			out = append(out, ot)
		}
		name := mt.Name
		fn := reflect.MakeFunc(reflect.FuncOf(in, out, mt.Type.IsVariadic()), func(args []reflect.Value) []reflect.Value {
			x := m.fromRaw(args[0], recv)
			var res []reflect.Value
			if mt.Type.IsVariadic() {
				res = x.MethodByName(name).CallSlice(args[1:])
			} else {
				res = x.MethodByName(name).Call(args[1:])
			}
			for k := range res {
				if res[k].Type() != out[k] {
					res[k] = m.toRaw(res[k], out[k])
				}
			}
			return res
		})
		m.calls = append(m.calls, fn.Interface())
		calls[name] = len(m.calls)
		if len(out) > 0 {
			results[name] = m.describe(mt.Type.Out(0))
		}
	}
	return calls, results
}
