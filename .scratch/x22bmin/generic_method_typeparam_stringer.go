// Reduced from interp/testdata/gocorpus/generics_x22b_alias_constraints.go (masked there by the
// crash in generic_slice_lit_crash.go; seen alone in the Registry[K ID, V].Describe part).
// SILENT WRONG ANSWER, both styles (program and notebook).
// Inside a method of a generic type, a value of the type parameter K (field b.k or parameter k),
// instantiated with a named type that has a String method, loses its named type when converted
// to an interface for fmt: fmt sees the underlying int (with "%s": "%!s(int=42)").
// A generic *function* doing the same (func Show[K any](k K) string) prints correctly.
//
// go run:      u42 u7
// gobackprop:  42 7        (no error)
package main

import "fmt"

type UserID int

func (u UserID) String() string { return fmt.Sprintf("u%d", int(u)) }

type Box[K any] struct{ k K }

func (b Box[K]) Show() string { return fmt.Sprint(b.k) }

func (b Box[K]) ShowArg(k K) string { return fmt.Sprint(k) }

func main() {
	b := Box[UserID]{42}
	fmt.Println(b.Show(), b.ShowArg(7))
}
