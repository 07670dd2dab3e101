// Package unique is the session's unique: Go 1.26's API, interpreted by
// yaegi.
//
// A handle here holds a copy of its value: two handles are equal exactly
// when their values are, which is what Go guarantees, without Go's
// sharing of one canonical copy. (A canonical copy would need a type
// assertion to *T, which yaegi gets wrong for a T of the cell's.)
package unique

// Handle is a unique identity for a value of type T: two handles are
// equal exactly when the values they were made from are equal.
type Handle[T comparable] struct {
	value T
}

// Value returns a copy of the value the handle was made from.
func (h Handle[T]) Value() T {
	return h.value
}

// Make returns the handle of value.
func Make[T comparable](value T) Handle[T] {
	return Handle[T]{value}
}
