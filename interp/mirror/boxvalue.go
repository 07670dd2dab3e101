package mirror

import (
	"reflect"
	"unsafe"
)

// reflectValueType is reflect.Value's own type, the type of the value
// field of yaegi's box.
var reflectValueType = reflect.TypeFor[reflect.Value]()

// BoxedValue returns the value inside yaegi's box of an interface value
// (isBox: a struct interp.valueInterface{node *node; value
// reflect.Value}), read through a copy, as the box's fields are
// unexported. The session hashes and compares map keys by it
// (interp/keyhash.go).
func BoxedValue(v reflect.Value) (reflect.Value, bool) {
	if !isBox(v) || v.NumField() != 2 {
		return v, false
	}
	f := v.Type().Field(1)
	if f.Type != reflectValueType {
		return v, false
	}
	c := reflect.New(v.Type())
	c.Elem().Set(v)
	return *(*reflect.Value)(unsafe.Add(c.UnsafePointer(), f.Offset)), true
}

// typelessBox returns the value in a box whose node, which gives the
// value's type, is nil while it holds a value: yaegi returned such boxes
// from an interpreted method that compiled code called a second time.
func typelessBox(v reflect.Value) (reflect.Value, bool) {
	if !nilBox(v) {
		return v, false
	}
	inner, ok := BoxedValue(v)
	if !ok || !inner.IsValid() {
		return v, false
	}
	return inner, true
}
