// From generics_x48b_lazy.go. Both styles, SILENT here; in the full program
// the nil entry later causes a nil-pointer panic in a goroutine (error).
// go run prints: false
// session prints: true
// r.entries[name] = NewLazy(func literal) inside a method stores nil.
// (m["a"] = NewBox(1) in main is fine.)
package main

import "fmt"

type Lazy[T any] struct{ f func() T }

func NewLazy[T any](f func() T) *Lazy[T] { return &Lazy[T]{f: f} }

type Registry struct {
	entries map[string]*Lazy[string]
}

func (r *Registry) Register(name string) {
	if r.entries == nil {
		r.entries = map[string]*Lazy[string]{}
	}
	r.entries[name] = NewLazy(func() string { return "v-" + name })
}

func main() {
	var reg Registry
	reg.Register("a")
	fmt.Println(reg.entries["a"] == nil)
}
