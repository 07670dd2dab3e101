package interp

import (
	"math"
	"reflect"
	"sync"

	goruntime "github.com/gobackprop/gobackprop/interp/goruntime"
	"github.com/gobackprop/gobackprop/interp/mirror"
)

// yaegi keeps a value of a cell's type with methods, in an interface, in
// a box (interp.valueInterface) that remembers the node that made it, and a
// Go map hashes the box's bits: m[Rect{1, 2}] missed the entry that
// m[Rect{1, 2}] had made on another line, silently. The lowering
// (lower/ifacekeys.go) hands every key of such a map through a function
// that returns the first equal key the session has seen, kept in a table
// of the key's type, so equal keys are one box. The tables live in the
// cells' code (their values must stay yaegi's); this file keeps them by
// name, locks them, and hashes keys by value so that a table is a map of
// short buckets rather than a list.

// keyTables holds the interning tables of map keys by their key type's
// name. mu is held while a cell's code searches or grows a table: two
// maps of one key type, guarded by two different mutexes of the user,
// share the table.
type keyTables struct {
	mu     sync.Mutex
	tables map[string]any
}

// lookup locks the tables and returns the one named name (nil if none)
// with the hash of key: one call from the cell's code, which unlocks
// once it has searched or grown the table.
//
// A key Go cannot hash panics as Go's map does, before the lock: the
// table would keep it, and the next comparison with it would panic with
// the lock held.
func (k *keyTables) lookup(name string, key any) (any, uint64) {
	if t, ok := unhashable(reflect.ValueOf(key), 0); ok {
		panic(goruntime.Error("runtime error: hash of unhashable type " + t.String()))
	}
	k.mu.Lock()
	return k.tables[name], keyHash(key)
}

// unhashable returns the type of a slice, map or func in v, which == cannot
// compare, looking into yaegi's boxes as keyHash does: the innermost, as
// Go's message names the dynamic type of the interface field that holds
// it.
func unhashable(v reflect.Value, depth int) (reflect.Type, bool) {
	if !v.IsValid() || depth > 16 {
		return nil, false
	}
	if inner, ok := mirror.BoxedValue(v); ok {
		return unhashable(inner, depth+1)
	}
	if !v.Type().Comparable() {
		return v.Type(), true // (a struct with a slice field: the struct)
	}
	switch v.Kind() {
	case reflect.Interface:
		return unhashable(v.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if t, ok := unhashable(v.Field(i), depth+1); ok {
				return t, true
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if t, ok := unhashable(v.Index(i), depth+1); ok {
				return t, true
			}
		}
	}
	return nil, false
}

// setTable keeps t as the table named name (after the key type was
// redefined, the old table no longer fits).
func (k *keyTables) setTable(name string, t any) {
	if k.tables == nil {
		k.tables = map[string]any{}
	}
	k.tables[name] = t
}

// keyHash hashes a key as Go's == compares it: equal values hash alike,
// whatever box yaegi keeps them in. The type is left out (yaegi gives
// types of one structure one reflect type; the cells' comparison tells
// them apart).
func keyHash(x any) uint64 {
	h := uint64(14695981039346656037)
	hashInto(&h, reflect.ValueOf(x), 0)
	return h
}

// mix folds one word into the hash (FNV-1a over words).
func mix(h *uint64, w uint64) {
	*h = (*h ^ w) * 1099511628211
}

func hashInto(h *uint64, v reflect.Value, depth int) {
	if depth > 16 { // (a cycle through pointers is hashed by address, so only deep nesting ends here)
		return
	}
	if !v.IsValid() {
		mix(h, 0)
		return
	}
	if inner, ok := mirror.BoxedValue(v); ok {
		hashInto(h, inner, depth+1)
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			mix(h, 1)
		} else {
			mix(h, 2)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		mix(h, uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		mix(h, v.Uint())
	case reflect.Float32, reflect.Float64:
		mix(h, floatBits(v.Float()))
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		mix(h, floatBits(real(c)))
		mix(h, floatBits(imag(c)))
	case reflect.String:
		s := v.String()
		mix(h, uint64(len(s)))
		for i := 0; i < len(s); i++ {
			mix(h, uint64(s[i]))
		}
	case reflect.Pointer, reflect.Chan, reflect.UnsafePointer:
		mix(h, uint64(v.Pointer()))
	case reflect.Interface:
		hashInto(h, v.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			hashInto(h, v.Field(i), depth+1)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			hashInto(h, v.Index(i), depth+1)
		}
	default:
		// A slice, map or func: Go panics when one is a key; the
		// comparison in the cell's code does too.
		mix(h, uint64(v.Kind()))
	}
}

// floatBits is f's bits, with -0 as 0 (they are ==).
func floatBits(f float64) uint64 {
	if f == 0 {
		return 0
	}
	return math.Float64bits(f)
}

// keyEqual is == on two keys whose dynamic types the cell's comparison
// did not know when it was lowered (a type a later cell declares): the
// values in yaegi's boxes, compared as Go compares them.
func keyEqual(x, y any) bool {
	return equalValues(reflect.ValueOf(x), reflect.ValueOf(y), 0)
}

func equalValues(a, b reflect.Value, depth int) bool {
	if inner, ok := mirror.BoxedValue(a); ok {
		a = inner
	}
	if inner, ok := mirror.BoxedValue(b); ok {
		b = inner
	}
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Kind() == reflect.Interface || b.Kind() == reflect.Interface {
		if a.Kind() == reflect.Interface {
			a = a.Elem()
		}
		if b.Kind() == reflect.Interface {
			b = b.Elem()
		}
		return equalValues(a, b, depth+1)
	}
	if a.Type() != b.Type() || depth > 16 {
		return false
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !equalValues(a.Field(i), b.Field(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if !equalValues(a.Index(i), b.Index(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Chan, reflect.UnsafePointer:
		return a.Pointer() == b.Pointer()
	case reflect.Slice, reflect.Map, reflect.Func:
		panic(goruntime.Error("runtime error: comparing uncomparable type " + a.Type().String()))
	}
	return a.Equal(b)
}
