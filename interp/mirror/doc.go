// Package mirror gives compiled code a stand-in for a value whose type a
// notebook cell declared, one that fmt, encoding/json and errors treat the
// way they treat the Go value: with its type's name, its fields' names and
// its methods.
//
// # Why
//
// yaegi builds the types a cell declares with reflect.StructOf and
// friends. To compiled code such a type has no methods and no name - two
// types of the same structure are one reflect.Type - and its unexported
// fields are exported with an X in front. fmt, encoding/json and errors
// look at values through reflect, so a String method inside a slice, a
// MarshalJSON method or %T silently did the wrong thing.
//
// # How
//
// The lowering stage (interp/lower, values*.go) knows each value's static
// type from the type checker. Where a value reaches a compiled function
// that looks at it through an interface (fmt.Println, json.Marshal, ...),
// it rewrites the argument into
//
//	_gbp.StandIn(x, 1, desc, callbacks...)
//
// desc describes the static type and every type reachable from it (a Desc
// each: names as reflect prints them, fields, which methods exist);
// callbacks are interpreted closures that call the methods (func(x any)
// string { return x.(T).String() }) and find the dynamic type of a value
// in an interface. The stand-in, a *Value, walks x - yaegi's reflect
// value, whose layout follows the declaration - with reflect, guided by
// the description, and implements fmt.Formatter (format.go: fmt's rules,
// verb by verb, with basic values left to fmt itself), json.Marshaler and
// json.Unmarshaler (json.go: encoding/json's rules for tags, omitempty,
// embedding and the methods). Marshal, Sprint and Sprintf stand in for the
// functions whose behaviour depends on the argument itself rather than its
// methods: errors in json's messages, spacing in Print, %T and %p.
//
// Errors (errors.go) are ErrorValues, and the errors package's functions
// that the lowering routes here follow a cell's Unwrap and Is methods and
// give the cell its own values back. Templates (template.go) cannot call
// a cell's methods through reflect at all: a template that would is
// stopped with an error that says so. Context keys (Key) keep their
// type's name.
//
// # Interfaces
//
// yaegi keeps the dynamic type of a value in an interface with methods
// declared by a cell (a type switch on it works), boxes a value of a type
// with methods in an interface{} but keeps only its structure (a type
// assertion matches any type of that structure), and wraps a value in a
// compiled interface (error, fmt.Stringer) into a struct whose IValue
// field holds it - for a struct, only its last field. A resolver callback
// finds the dynamic type from what is left. Where that cannot tell two
// candidate types apart and the difference would show, the stand-in
// panics with an error that says so (AmbiguousError, Unknown) rather than
// print something else.
package mirror
