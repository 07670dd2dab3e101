// SILENT, both styles (program and notebook).
// maps.Clone of a value of a named map type with a String method returns a
// plain map[string]int in the session: the named type (and its method) is lost.
// Go prints:      Stock(1)
//                 main.Stock
// Session prints: map[apple:5]
//                 map[string]int
// From maps_x38a_inventory.go ("snapshot: map[apple:5 ...]" instead of "{apple=5, ...}").

package main

import (
	"fmt"
	"maps"
)

type Stock map[string]int

func (s Stock) String() string { return fmt.Sprintf("Stock(%d)", len(s)) }

func main() {
	inv := Stock{"apple": 5}
	c := maps.Clone(inv)
	fmt.Println(c)
	fmt.Printf("%T\n", c)
}
