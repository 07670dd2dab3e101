// Reduction of const_x40b_sizeof_exact.go (both styles, clear error).
// Go prints: 4
// The session prints nothing and reports, in both styles:
//
//	CompileError: could not import unsafe (package unsafe is not available in gobackprop)
//
// unsafe.Sizeof / Alignof / Offsetof are a staple of quiz questions on struct
// padding; the whole program is refused.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	fmt.Println(unsafe.Sizeof(int32(0)))
}
