// Exercises: cmp.Compare, cmp.Less, cmp.Or including NaN ordering and zero-value defaults.
package main

import (
	"cmp"
	"fmt"
	"math"
)

type Config struct {
	Host string
	Port int
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(3.0, 3.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 0.0), cmp.Compare(nan, nan), cmp.Less(nan, math.Inf(-1)))
	fmt.Println(cmp.Less("apple", "banana"), cmp.Less(5, 5))
	c := Config{}
	host := cmp.Or(c.Host, "localhost")
	port := cmp.Or(c.Port, 8080)
	fmt.Println(host, port)
	fmt.Println(cmp.Or("", "", "third", "fourth"))
	fmt.Println(cmp.Or(0, 0))
}
