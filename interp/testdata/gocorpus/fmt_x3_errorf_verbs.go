// Exercises: Sprintf building messages, %v of nested slices and maps, %p avoided, %6.2f tables
package main

import "fmt"

func main() {
	nested := [][]float64{{1, 2.5}, {-3, 4e-5}}
	fmt.Println(nested)
	fmt.Printf("%v\n%.1f\n", nested, nested)
	m := map[int][]string{2: {"b"}, 1: {"a", "aa"}}
	fmt.Println(m)
	fmt.Printf("%v %d\n", map[string]bool{"z": true, "a": false}, map[string]int{"k": 7})
	type pt struct{ X, Y float64 }
	ps := []pt{{1, 2}, {3.5, -1}}
	fmt.Printf("%v %+v\n", ps, ps)
	fmt.Printf("%6.2f|%-8.3f|%g\n", 3.14159, 2.0, 1e-10)
	fmt.Println(fmt.Sprintf("%3d%%", 50))
}
