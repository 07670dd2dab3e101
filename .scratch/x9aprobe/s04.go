// Exercises: local types declared inside main, %T and %v of them
package main

import "fmt"

type pair struct{ a, b string }

func main() {
	type pair struct{ x, y int }
	type score int
	ps := []pair{{1, 2}, {3, 4}}
	fmt.Printf("%v %T %+v\n", ps, ps[0], ps[1])
	var s score = 5
	fmt.Printf("%v %T\n", s, s)
	const limit = 3
	fmt.Println(limit * 2)
}
