// Notebook style only, SILENT (program style agrees).
// go run prints: map[a:5 b:7]
// session prints: map[a:0 b:7]
// m[k] = id(m[k]) with a generic id reads the zero value.
package main

import "fmt"

func id[T any](v T) T { return v }

func main() {
	m := map[string]int{"a": 5}
	m["a"] = id(m["a"])
	m["b"] = id(7)
	fmt.Println(m)
}
