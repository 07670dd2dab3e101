package interp

import "fmt"

// hoist keeps the callbacks of a stand-in written in a generic function's
// body, which the cell registers under key in a statement of its own
// (lower/values_hoisted.go): named there, the instances of generic types
// they assert to are made as yaegi needs them.
func (s *Session) hoist(key string, calls ...any) {
	s.hoisted.Store(key, calls)
}

// hoistedCalls returns the callbacks registered under key. A generic
// function called before its cell registered them (from a package
// variable's initializer above the registration) cannot print the value:
// that is a clear error, not a guess.
func (s *Session) hoistedCalls(key string) []any {
	if calls, ok := s.hoisted.Load(key); ok {
		return calls.([]any)
	}
	panic(fmt.Errorf("gobackprop: a generic function printed a value before its cell finished declaring it; " +
		"call it from main or a later statement, not from a package variable's initializer"))
}
