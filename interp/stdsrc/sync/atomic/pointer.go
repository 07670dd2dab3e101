// Package atomic holds what the session's sync/atomic adds to the compiled
// one: Go's generic Pointer, interpreted by yaegi. A mutex stands in for
// the atomic instructions: the operations are atomic all the same. It is
// one mutex for all pointers, not a field: yaegi resolves the types of a
// generic struct's fields where the struct is instantiated, where "sync"
// may not be imported.
package atomic

import "sync"

// mu guards the value of every Pointer.
var mu sync.Mutex

// A Pointer is an atomic pointer of type *T. The zero value is a nil
// *T. A Pointer must not be copied after first use.
type Pointer[T any] struct {
	v *T
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	mu.Lock()
	defer mu.Unlock()
	return x.v
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) {
	mu.Lock()
	defer mu.Unlock()
	x.v = val
}

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	mu.Lock()
	defer mu.Unlock()
	old, x.v = x.v, new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
