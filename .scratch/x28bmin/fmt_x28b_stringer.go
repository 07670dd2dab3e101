// Reduction of fmt_x28b_stringer.go (both styles).
// Go prints: 0
// Session: tool panic reported as an error, both styles:
//
//	panic(*interp.cfgError): 6:20: CFG post-order panic: runtime error: index out of range [0] with length 0
//
// Trigger: inside a method of T, a local type declared from T (type local T). The same local
// declaration inside a plain function or main works, as does a local type from int inside a method.
// (The original program's form: func (s Secret) String() string { type plain Secret; p := plain(s); ... })
package main

import "fmt"

type T struct{ A int }

func (t T) Show() string {
	type local T
	var p local
	return fmt.Sprint(p.A)
}

func main() { fmt.Println(T{}.Show()) }
