package mirror

import (
	"errors"
	"reflect"
	"sync"
)

// A type declared inside a function cannot be named where a value of it
// is printed from an interface in another function, so no resolver finds
// it, and fmt printed yaegi's `struct { N int }` for %T of a main.item.
// Where such a type is declared the lowering registers it with
// LocalType; resolve looks a struct value it found no type for up here,
// by yaegi's reflect type.

// locals maps yaegi's reflect.Type of a local struct type to its
// *localType.
var locals sync.Map

type localType struct {
	t, ptr *Type
	// clash names the other types of the same structure: a value of
	// either cannot be told apart, and printing it is an error.
	clash string
	// unsupported is set for a type whose description needs callbacks
	// (promoted methods, interface fields), which belong to the table
	// written where the type is declared, not to the one printing.
	unsupported bool
	// src and index are the description it was registered with.
	src   string
	index int
}

// LocalType registers the local struct type that ptr (a nil *T) points
// to, described as type i of desc.
func LocalType(ptr any, i int, desc string, calls ...any) {
	rt := reflect.TypeOf(ptr).Elem()
	old, found := locals.Load(rt)
	if found && old.(*localType).src == desc && old.(*localType).index == i {
		return // registered already: this runs each time its statement does
	}
	t := parseDesc(desc)[i-1]
	lt := &localType{t: t, ptr: &Type{Name: "*" + t.Name, Kind: Pointer, Elem: t}, unsupported: len(calls) > 0, src: desc, index: i}
	if found {
		prev := old.(*localType)
		switch {
		case prev.t.Name == t.Name && prev.clash == "":
		case prev.clash != "":
			lt.clash = prev.clash
		default:
			lt.clash = prev.t.Name + " or " + t.Name
		}
	}
	locals.Store(rt, lt)
}

// ForgetLocalTypes forgets every registered type. The registry is the
// process's, as yaegi's reflect types are: a process that runs one
// session after another (the corpus test's worker) forgets the types of
// the last one, which would otherwise name a struct of the same
// structure in the next (a context key's `type key struct{}` named every
// struct{}).
func ForgetLocalTypes() { locals.Clear() }

// errLocalMethods is the error for a local type printing needs methods of.
var errLocalMethods = errors.New("a value of a type declared inside a function, whose type has methods " +
	"or interface fields, is printed where that type cannot be named: declare the type at package level")

// localTypeOf finds the local type registered for v's type, a struct or
// a pointer to one.
func localTypeOf(v reflect.Value) (*Type, bool) {
	if !v.IsValid() {
		return nil, false
	}
	rt, isPtr := v.Type(), v.Kind() == reflect.Pointer
	if isPtr {
		rt = rt.Elem()
	}
	if rt.Kind() != reflect.Struct {
		return nil, false
	}
	x, ok := locals.Load(rt)
	if !ok {
		return nil, false
	}
	lt := x.(*localType)
	switch {
	case lt.clash != "":
		panic(ambiguous(lt.clash))
	case lt.unsupported:
		panic(errLocalMethods)
	}
	if isPtr {
		return lt.ptr, true
	}
	return lt.t, true
}

// LocalTypeName returns the Go name of x's dynamic type when it is a
// registered type (a struct type declared in a function, an instance of a
// generic struct type) or a pointer to one: what %T prints of it inside a
// generic method, where the lowering cannot spell the type argument.
func LocalTypeName(x any) (string, bool) {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return "", false
	}
	rt, isPtr := v.Type(), v.Kind() == reflect.Pointer
	if isPtr {
		rt = rt.Elem()
	}
	found, ok := locals.Load(rt)
	if !ok || found.(*localType).clash != "" {
		return "", false
	}
	if isPtr {
		return found.(*localType).ptr.Name, true
	}
	return found.(*localType).t.Name, true
}

// TypeNamed stands for a value whose %T is name.
type TypeNamed struct{ Name string }

// GoTypeName is what %T prints (print.go's adjust).
func (t TypeNamed) GoTypeName() string { return t.Name }
