// From ds_x48b_multimap.go. Both styles, SILENT.
// go run prints: map[r:[1]]
// session prints: map[r:[]]
// A map element assigned the result of a generic call (slices.DeleteFunc,
// also slices.Delete/Compact/Clone, a user func id[S ~[]E, E any]) that takes
// the same map element as argument ends up empty.
package main

import (
	"fmt"
	"slices"
)

func main() {
	m := map[string][]int{"r": {1, 4, 7}}
	m["r"] = slices.DeleteFunc(m["r"], func(i int) bool { return i > 2 })
	fmt.Println(m)
}
