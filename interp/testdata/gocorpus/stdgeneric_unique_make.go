// Exercises: unique.Make handles compare equal for equal values.
package main

import (
	"fmt"
	"strings"
	"unique"
)

type Point struct{ X, Y int }

func main() {
	a := unique.Make("hello")
	b := unique.Make(strings.ToLower("HELLO"))
	c := unique.Make("world")
	fmt.Println(a == b, a == c)
	fmt.Println(a.Value(), c.Value())
	p1 := unique.Make(Point{1, 2})
	p2 := unique.Make(Point{1, 2})
	fmt.Println(p1 == p2, p1.Value())
	seen := map[unique.Handle[string]]int{}
	for _, w := range strings.Fields("a b a c b a") {
		seen[unique.Make(w)]++
	}
	fmt.Println(seen[unique.Make("a")], seen[unique.Make("b")], len(seen))
}
