// Reduced from iface_x24a_collections.go (both styles).
// go run:      bag
// gobackprop:  Unsupported: a value of a type of the notebook that gobackprop did not expect was
//
//	asserted to main.named: its type was declared after this code ... (clear error)
//
// A generic struct that embeds a plain struct; asserting it to an interface satisfied only by the
// promoted method fails. The same with a non-generic Bag works.
package main

import "fmt"

type base struct{ name string }

func (b base) Name() string { return b.name }

type Bag[T any] struct {
	base
	items []T
}

type named interface{ Name() string }

func main() {
	var x any = &Bag[int]{base: base{"bag"}}
	fmt.Println(x.(named).Name())
}
