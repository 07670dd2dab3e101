package interp

import (
	"reflect"
	"strconv"
)

// The runtime helpers of the lowering of reflect.Value's methods
// (interp/lower/reflectvalue.go).

// valueType is the Type of a reflect.Value the lowering knows the type of
// (lower.lowerValueType): the Value is evaluated, and t, the type with
// its names, is the answer.
func valueType(_ reflect.Value, t reflect.Type) reflect.Type { return t }

// valueField is v.Field(i), read-only when the cells' type of v does not
// export the field (lower.lowerValueField).
func valueField(v reflect.Value, i int, named func(any) reflect.Type) reflect.Value {
	f := v.Field(i)
	if t := valueTypeOf(v, named); !t.Field(i).IsExported() {
		return readOnly(f)
	}
	return f
}

// valueFieldByName is v.FieldByName(name), by the cells' field names.
func valueFieldByName(v reflect.Value, name string, named func(any) reflect.Type) reflect.Value {
	t := valueTypeOf(v, named)
	sf, ok := t.FieldByName(name)
	if !ok {
		return reflect.Value{}
	}
	f := v.FieldByIndex(sf.Index)
	if !sf.IsExported() {
		return readOnly(f)
	}
	return f
}

// unexported holds a value in a field Go's reflect marks as obtained
// through an unexported field.
type unexported struct{ v any }

// readOnly returns a copy of f that reflect treats as obtained through an
// unexported field: CanSet and CanInterface are false, and Set and
// Interface panic with Go's messages.
func readOnly(f reflect.Value) reflect.Value {
	if !f.CanInterface() || f.Kind() == reflect.Interface {
		return f // (an interface field's Value is its own kind)
	}
	return reflect.ValueOf(unexported{f.Interface()}).Field(0).Elem()
}

// valueTypeOf is the Type of a reflect.Value whose value's type the
// lowering does not know (lower.lowerValueTypeAtRunTime): named finds the
// cells' type of a value of v's type, if it is one.
func valueTypeOf(v reflect.Value, named func(any) reflect.Type) reflect.Type {
	t := v.Type() // the zero Value panics as in Go
	if t.Kind() == reflect.Interface {
		return t
	}
	if n := named(reflect.Zero(t).Interface()); n != nil {
		return n
	}
	return t
}

// valueMethodByName is v.MethodByName(name), which for a value of a type
// of the notebook (yaegi's, without methods) stops the cell with a clear
// error rather than give the zero Value.
func valueMethodByName(v reflect.Value, name string) reflect.Value {
	m := v.MethodByName(name)
	if !m.IsValid() && v.IsValid() && interpretedType(v.Type()) {
		panic(unsupportedAtRun("reflect's Value.MethodByName(" + strconv.Quote(name) + ") on a value of a type of the notebook: call the method directly"))
	}
	return m
}

// valueMethod is v.Method(i), as valueMethodByName.
func valueMethod(v reflect.Value, i int) reflect.Value {
	if v.IsValid() && interpretedType(v.Type()) && i >= v.NumMethod() {
		panic(unsupportedAtRun("reflect's Value.Method(" + strconv.Itoa(i) + ") on a value of a type of the notebook: call the method directly"))
	}
	return v.Method(i)
}
