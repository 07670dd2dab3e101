// Exercises: var declarations with and without initializers, zero values, := short declarations, multiple assignment.
package main

import "fmt"

var global = "package level"

var (
	count   int
	ratio   float64
	enabled bool
	name    string
	ptr     *int
	list    []string
)

func main() {
	var a = "initial"
	fmt.Println(a)
	var b, c int = 1, 2
	fmt.Println(b, c)
	var d = true
	fmt.Println(d)
	var e int
	fmt.Println(e)
	f := "apple"
	fmt.Println(f)
	fmt.Println(count, ratio, enabled, name == "", ptr == nil, list == nil, len(list))
	fmt.Printf("%q %v\n", name, list)
	b, c = c, b
	fmt.Println(b, c)
	x, y := 10, "ten"
	x, z := 20, 3.5
	fmt.Println(x, y, z, global)
}
