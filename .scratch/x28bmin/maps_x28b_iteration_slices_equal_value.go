// Smaller form of the maps_x28b_iteration.go difference (both styles).
// Go prints: true
// Session: clear error in both styles: CompileError: []string does not satisfy comparable
// (slices.Equal[[]string] assigned to a variable: the explicit type argument is bound to E, not S).
package main

import (
	"fmt"
	"slices"
)

func main() {
	eq := slices.Equal[[]string]
	fmt.Println(eq([]string{"a"}, []string{"a"}))
}
