package mirror

import (
	"fmt"
	"reflect"
	"strconv"

	goruntime "github.com/gobackprop/gobackprop/interp/goruntime"
)

// Named is a value of a cell's named type that is not a struct (type
// Celsius float64, type Set map[rune]bool), held in an interface{}: the
// lowering boxes it where Go converts it to interface{}. To yaegi such a
// value is one of its underlying type, so any(Celsius(2)) == any(2.0) was
// true, a type switch could not tell `case float64:` from `case
// Celsius:`, and a map[any] met the twins as one key. A box keeps the
// type's name; two boxes are equal when their types and values are, and
// a box is never equal to a plain value - as Go's == on two interfaces.
type Named struct {
	name string // as reflect prints it: "main.Celsius"
	raw  any    // the value as yaegi holds it
}

// Format prints the value as fmt prints it: a box reaches fmt also where
// the lowering gave no stand-in (inside another interface{}).
func (n Named) Format(f fmt.State, verb rune) { n.value().Format(f, verb) }

// MarshalJSON encodes the value as encoding/json would.
func (n Named) MarshalJSON() ([]byte, error) { return n.value().MarshalJSON() }

// NamedStringer is the box of a type with a String method, which is then
// a fmt.Stringer, as the value is.
type NamedStringer struct{ Named }

// String calls the value's String method.
func (n NamedStringer) String() string {
	v := n.value()
	cb, recv, ok := v.tab.method(v.t, v.v, String, false)
	if !ok {
		return fmt.Sprint(n.raw)
	}
	return cb.(func(any) string)(recv)
}

// NamedBoxer returns the function that boxes a value of the table's type
// i: the lowering writes _gbp.NamedBoxer(i, desc, calls...)(value).
func NamedBoxer(i int, desc string, calls ...any) func(raw any) any {
	tab := Types(desc, calls...)
	t := tab.types[i-1]
	boxTypes.Store(t.Name, &Value{tab: tab, t: t})
	if t.HasMethod(String) {
		return func(raw any) any { return NamedStringer{Named{name: t.Name, raw: raw}} }
	}
	return func(raw any) any { return Named{name: t.Name, raw: raw} }
}

// StringerBoxer returns the function that boxes a value of the table's
// type i, which has a String method, where the cell converts it to
// fmt.Stringer: yaegi's own wrapper kept of a struct only its last field,
// and of a named int only the int.
func StringerBoxer(i int, desc string, calls ...any) func(raw any) fmt.Stringer {
	box := NamedBoxer(i, desc, calls...)
	return func(raw any) fmt.Stringer {
		s, ok := box(raw).(fmt.Stringer)
		if !ok {
			panic(fmt.Sprintf("gobackprop: a box of %T without String", raw))
		}
		return s
	}
}

// value returns the box's stand-in.
func (n Named) value() *Value {
	p, _ := boxTypes.Load(n.name)
	proto := p.(*Value)
	return &Value{tab: proto.tab, t: proto.t, v: reflect.ValueOf(n.raw)}
}

// named returns the box x is, if it is one.
func named(x any) (Named, bool) {
	switch b := x.(type) {
	case Named:
		return b, true
	case NamedStringer:
		return b.Named, true
	}
	return Named{}, false
}

// UnboxAs returns the value in x when x is the box of a value of the type
// named name: a type switch's case and a comma-ok assertion on that type.
func UnboxAs(x any, name string) (any, bool) {
	if b, ok := named(x); ok && b.name == name {
		return b.raw, true
	}
	return nil, false
}

// MustUnboxAs is UnboxAs for a single-value assertion, which panics as
// Go's does.
func MustUnboxAs(x any, name string) any {
	if raw, ok := UnboxAs(x, name); ok {
		return raw
	}
	if x == nil {
		panic(goruntime.Error("interface conversion: interface is nil, not " + name))
	}
	panic(goruntime.Error("interface conversion: interface {} is " + TypeString(x) + ", not " + name))
}

// AmbiguousTwin stops the cell where a value that is no box, of the
// structure of the type named name and of another of the cells' types,
// is tested for the type: it came into the interface{} through a generic
// function or compiled code, unboxed, and yaegi cannot say which of the
// two it is.
func AmbiguousTwin(name, twins string) {
	panic(ambiguous(name + " or " + twins))
}

// KeepsType reports whether x is held in yaegi's own box of an
// interpreted value (a value put in an interface of the cells), whose
// type yaegi's type switch knows: a twin's value there is not the type
// the switch did not match.
func KeepsType(x any) bool {
	return x != nil && isBox(reflect.ValueOf(x))
}

// IsBox reports whether x is the box of a value of a cell's named type.
func IsBox(x any) bool {
	_, ok := named(x)
	return ok
}

// MustUnboxFrom is MustUnboxAs for a value of the interface named iface
// (fmt.Stringer), which Go's message names.
func MustUnboxFrom(x any, name, iface string) any {
	if raw, ok := UnboxAs(x, name); ok {
		return raw
	}
	if x == nil {
		panic(goruntime.Error("interface conversion: " + iface + " is nil, not " + name))
	}
	panic(goruntime.Error("interface conversion: " + iface + " is " + TypeString(x) + ", not " + name))
}

// PanicText describes x as Go's runtime does when a panic with it ends a
// program, if x is a box: its String or Error method's text, or the
// type's name with the value (main.Kind("again"), main.Code(7)).
func PanicText(x any) (typeName, text string, ok bool) {
	var n Named
	switch b := x.(type) {
	case Named:
		n = b
	case NamedStringer:
		return b.name, b.String(), true
	default:
		return "", "", false
	}
	v := n.value()
	if v.t.HasMethod(Error) {
		return n.name, fmt.Sprint(n), true
	}
	if s, isString := n.raw.(string); isString {
		return n.name, n.name + "(" + strconv.Quote(s) + ")", true
	}
	return n.name, n.name + "(" + fmt.Sprint(n.raw) + ")", true
}

// AssertInto stores x in *dst when x holds a value of exactly *dst's type,
// and reports whether it did: a type assertion the interpreter cannot
// compile (lower's assertion of a pointer to a generic instance inside a
// generic body). With single, a mismatch panics as Go's assertion does;
// name is the asserted type as the cell spells it.
func AssertInto(dst, x any, single bool, name string) bool {
	d := reflect.ValueOf(dst).Elem()
	v := reflect.ValueOf(x)
	if v.IsValid() && v.Type() == d.Type() {
		d.Set(v)
		return true
	}
	if !single {
		return false
	}
	if x == nil {
		panic(goruntime.Error("interface conversion: interface is nil, not " + name))
	}
	panic(goruntime.Error("interface conversion: interface {} is " + TypeString(x) + ", not " + name))
}
