// Found while reducing ds_x48b_multimap.go. Both styles, SILENT.
// go run prints: map[a:[5 5 5]]
// session prints: map[a:[5]]
// p[k] = append(p[k], genericCall(p[k][0])...) loses the appended values.
package main

import "fmt"

func twice[T any](v T) []T { return []T{v, v} }

func main() {
	p := map[string][]int{"a": {5}}
	p["a"] = append(p["a"], twice(p["a"][0])...)
	fmt.Println(p)
}
