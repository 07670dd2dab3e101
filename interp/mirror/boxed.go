package mirror

import (
	"reflect"
	"sync"
)

// Boxed is an error of a cell's type (a struct, or an Errno int), held by value, as the cell's
// own code keeps it in a variable of type error (the lowering boxes it
// where Go converts it: return T{...} from a func returning error, var
// err error = T{...}, append(errs, T{...}), err == T{...}). yaegi's own
// wrapper for such a value keeps only its last field, so %T, %+v,
// errors.As, a type switch on it and == all went wrong - == silently.
//
// A Boxed is comparable the way the cell's value is: two are equal when
// their types and values are, as Go's == on two errors holding them.
type Boxed struct {
	name string // the type, as reflect prints it: "main.StatusError"
	raw  any    // the cell's value as yaegi holds it
}

// boxTypes maps a type's name to a stand-in prototype (its table and
// type) for the boxes of that type: the most recent description wins, as
// the most recent declaration of a type does in a notebook.
var boxTypes sync.Map

// Boxer returns the function that boxes a value of the table's type i.
// The lowering writes _gbp.Boxer(i, desc, calls...)(value): a value's
// text ends with the call's one parenthesis, which stays right beside the
// closing text other lowerings insert at the same place.
func Boxer(i int, desc string, calls ...any) func(raw any) error {
	tab := Types(desc, calls...)
	t := tab.types[i-1]
	boxTypes.Store(t.Name, &Value{tab: tab, t: t})
	return func(raw any) error { return Boxed{name: t.Name, raw: raw} }
}

// BoxAs boxes raw as a value of the type named name, whose Boxer has
// run: the lowering writes it inside that Boxer's own callbacks (a
// StatusError's Is method given another StatusError), where the Boxer
// itself is still being written.
func BoxAs(name string, raw any) error {
	if _, ok := boxTypes.Load(name); ok {
		return Boxed{name: name, raw: raw}
	}
	e, _ := raw.(error)
	return e
}

// value returns the box's stand-in.
func (b Boxed) value() *Value {
	p, _ := boxTypes.Load(b.name)
	proto := p.(*Value)
	return &Value{tab: proto.tab, t: proto.t, v: reflect.ValueOf(b.raw)}
}

// Error calls the value's Error method.
func (b Boxed) Error() string { return (&ErrorValue{b.value()}).Error() }

// Unbox returns the cell's value a box or one of yaegi's wrappers of a
// compiled interface holds, or x itself: a type assertion or switch of
// the cell's on an error (or an io.Reader) goes through it. A wrapper's
// value is right for a pointer, not for a struct (see Boxed), which the
// lowering boxes or refuses.
func Unbox(x any) any {
	if b, ok := x.(Boxed); ok {
		return b.raw
	}
	if b, ok := named(x); ok {
		return b.raw
	}
	// A stand-in compiled code kept (an error wrapped by fmt.Errorf's
	// %w, handed back by its Unwrap method).
	switch s := x.(type) {
	case *ErrorValue:
		if s.Value != nil && s.v.IsValid() && s.v.CanInterface() {
			return s.v.Interface()
		}
	case *Value:
		if s.v.IsValid() && s.v.CanInterface() {
			return s.v.Interface()
		}
	}
	if x != nil {
		if inner, ok := unwrapYaegi(reflect.ValueOf(x)); ok && inner.CanInterface() {
			return inner.Interface()
		}
		if bare, ok := typelessBox(reflect.ValueOf(x)); ok && bare.CanInterface() {
			return bare.Interface()
		}
	}
	return x
}

// unboxed returns the stand-in of an error that is a box, or err.
func unboxed(err error) error {
	if b, ok := err.(Boxed); ok {
		return &ErrorValue{b.value()}
	}
	return err
}

// Equal is Go's == on two values of a compiled interface (error,
// fmt.Stringer) that may hold values of the cells' types: yaegi holds
// those in wrappers, and == compared the wrappers - false for one F(-40)
// against another, and a panic (comparing uncomparable type) for two
// holding one pointer. The values in the wrappers and boxes are compared
// instead; as Go's ==, it panics for values of an uncomparable type.
func Equal(a, b any) bool {
	_, an := named(a)
	_, bn := named(b)
	if an || bn {
		return a == b // the boxes keep the types
	}
	return Unbox(a) == Unbox(b)
}
