// Exercises: an uncaught "assignment to entry in nil map" from a method on a zero-value struct.
package main

import "fmt"

type Inventory struct {
	owner string
	items map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	fmt.Println("adding", n, name)
	inv.items[name] += n
}

func NewInventory(owner string) *Inventory {
	return &Inventory{owner: owner, items: map[string]int{}}
}

func main() {
	good := NewInventory("ann")
	good.Add("apple", 3)
	good.Add("apple", 2)
	fmt.Println(good.items)
	var bad Inventory
	fmt.Println("zero value count:", bad.items["apple"], len(bad.items))
	defer fmt.Println("deferred print runs before the crash report")
	bad.Add("pear", 1)
	fmt.Println("unreachable")
}
