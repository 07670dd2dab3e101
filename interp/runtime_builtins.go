package interp

import (
	"reflect"
	"unicode/utf8"
)

// Runtime helpers that stand in for what yaegi lacks of Go's builtins
// and of ranging over a string (runtime.go exports them to the cells).

// decodeRune is one step of ranging over a string (lower.lowerRangeString).
func decodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// clearValue is Go 1.21's clear: it deletes a map's entries or zeroes a
// slice's elements.
func clearValue(v any) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map, reflect.Slice:
		rv.Clear()
	case reflect.Pointer:
		if e := rv.Elem(); e.Kind() == reflect.Map || e.Kind() == reflect.Slice {
			e.Clear()
		}
	}
}

// convertTo stores x converted to the type *dst points to: a conversion
// to a type parameter (lower.lowerTypeParamConversion).
func convertTo(dst, x any) {
	d := reflect.ValueOf(dst).Elem()
	if x == nil { // S(nil), for a type set of pointers, maps, ...
		d.SetZero()
		return
	}
	d.Set(reflect.ValueOf(x).Convert(d.Type()))
}
