package mirror

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// yaegi builds a cell's types with reflect.StructOf and friends, without
// names: reflect.TypeOf(User{}) printed `struct { Name string ... }`, its
// Name() was "", and an unexported field `port` was called Xport. The
// lowering hands reflect.TypeOf the value's stand-in, and ReflectTypeOf
// gives back yaegi's type dressed with what the type checker knows: its
// name, its fields' names, and the same for the types it is made of. What
// reflect computes from the type itself (Kind, NumField, Size, tags,
// reflect.New, Value.Convert) is yaegi's type's, and right.

// ReflectTypeOf is reflect.TypeOf for x, a value or its stand-in.
func ReflectTypeOf(x any) reflect.Type {
	v, ok := x.(*Value)
	if !ok {
		return reflect.TypeOf(x)
	}
	if !v.v.IsValid() {
		return nil
	}
	return dressed(v.v.Type(), v.t)
}

// namedTypes holds the latest description of each type name, as a
// notebook's latest declaration of a type is the one in force.
var namedTypes sync.Map // name -> *Type

// namedType is a reflect.Type of yaegi's with the cell's name. It is a
// comparable value, so that two reflect.TypeOf of one type are ==.
type namedType struct {
	reflect.Type
	name string
}

// dressed returns rt with the names of t, a description of the same type,
// or rt itself for a type without cell types inside.
func dressed(rt reflect.Type, t *Type) reflect.Type {
	if rt == nil || t == nil || t.Kind == Go || t.Kind == Interface {
		return rt
	}
	if t.Kind == Opaque && (rt.Kind() != reflect.Func || len(t.in)+len(t.out) != rt.NumIn()+rt.NumOut()) && (rt.Kind() != reflect.Chan || t.Elem == nil) {
		return rt // (a func or chan described for reflect has its parts)
	}
	namedTypes.Store(t.Name, t)
	return namedType{Type: rt, name: t.Name}
}

func (n namedType) desc() *Type {
	t, _ := namedTypes.Load(n.name)
	return t.(*Type)
}

// String is the type as Go prints it: main.User, *main.User, []main.User.
func (n namedType) String() string { return n.name }

// Name is the type's own name, "" for a type literal (*main.P,
// []main.P, map[string]main.P).
func (n namedType) Name() string {
	for _, lit := range []string{"*", "[", "map[", "func(", "chan ", "<-chan ", "struct", "interface"} {
		if strings.HasPrefix(n.name, lit) {
			return ""
		}
	}
	name, _, _ := strings.Cut(n.name, "[") // an instance: main.Pair[int,string]
	return n.name[strings.LastIndexByte(name, '.')+1:]
}

// PkgPath is the package of a named type: the notebook's is main.
func (n namedType) PkgPath() string {
	if n.Name() == "" {
		return ""
	}
	name, _, _ := strings.Cut(n.name, "[")
	return name[:strings.LastIndexByte(name, '.')]
}

func (n namedType) Elem() reflect.Type { return dressed(n.Type.Elem(), n.desc().Elem) }

// In and Out are a function type's parameter and result types, named.
func (n namedType) In(i int) reflect.Type  { return dressed(n.Type.In(i), n.desc().in[i]) }
func (n namedType) Out(i int) reflect.Type { return dressed(n.Type.Out(i), n.desc().out[i]) }
func (n namedType) Key() reflect.Type      { return dressed(n.Type.Key(), n.desc().Key) }

// Field is the struct field with its name as declared (yaegi prefixes an
// unexported one with X) and its type dressed.
func (n namedType) Field(i int) reflect.StructField {
	f := n.Type.Field(i)
	t := n.desc()
	if i < len(t.Fields) {
		d := t.Fields[i]
		f.Name, f.Type = d.Name, dressed(f.Type, d.Type)
		if !d.Exported {
			f.PkgPath = "main"
		}
	}
	return f
}

// FieldByName finds a field by its declared name.
func (n namedType) FieldByName(name string) (reflect.StructField, bool) {
	for i, d := range n.desc().Fields {
		if d.Name == name {
			return n.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

// NumMethod counts the exported methods of the type's method set, which
// yaegi's type has none of.
func (n namedType) NumMethod() int { return len(n.desc().exported) }

// Method gives an exported method's name and index, as Go lists them
// (sorted by name). Its Type and Func would need the interpreted method's
// signature and a compiled func: the Type stops the cell with a clear
// message where it is used, and Func is the zero Value, which reflect
// refuses to call.
func (n namedType) Method(i int) reflect.Method {
	ms := n.desc().exported
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	return reflect.Method{Name: ms[i], Index: i, Type: methodType{reflect.TypeFor[func()](), unsupportedMethod(n.name, ms[i])}}
}

func (n namedType) MethodByName(name string) (reflect.Method, bool) {
	if i := slices.Index(n.desc().exported, name); i >= 0 {
		return n.Method(i), true
	}
	return reflect.Method{}, false
}

// methodType stands for the type of a method of a notebook type, which
// the description does not have: what would describe it panics.
type methodType struct {
	reflect.Type
	why string
}

func (m methodType) String() string       { panic(m.why) }
func (m methodType) NumIn() int           { panic(m.why) }
func (m methodType) NumOut() int          { panic(m.why) }
func (m methodType) In(int) reflect.Type  { panic(m.why) }
func (m methodType) Out(int) reflect.Type { panic(m.why) }

func unsupportedMethod(typ, name string) string {
	return fmt.Sprintf("gobackprop: reflect cannot give the type or the func of method %s of %s, a type of the notebook: call it directly", name, typ)
}

// Implements reports whether the type's method set has u's methods, by
// name: the interpreted methods' signatures are not in the description.
func (n namedType) Implements(u reflect.Type) bool {
	if u == nil || u.Kind() != reflect.Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	for i := 0; i < u.NumMethod(); i++ {
		if !slices.Contains(n.desc().exported, u.Method(i).Name) {
			return false
		}
	}
	return true
}

// RawType returns the reflect.Type yaegi made under t, a type this package
// gave its names: reflect's own functions (New, Zero, SliceOf, a Value's
// Convert) take only their own types.
func RawType(t reflect.Type) reflect.Type {
	for {
		n, ok := t.(namedType)
		if !ok {
			return t
		}
		t = n.Type
	}
}
