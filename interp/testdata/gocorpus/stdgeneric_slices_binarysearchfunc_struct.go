// Exercises: slices.BinarySearchFunc on a sorted slice of structs and inserting at the position.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Event struct {
	At   int
	Name string
}

func insert(evs []Event, e Event) []Event {
	i, _ := slices.BinarySearchFunc(evs, e.At, func(x Event, t int) int { return cmp.Compare(x.At, t) })
	return slices.Insert(evs, i, e)
}

func main() {
	var evs []Event
	for _, e := range []Event{{30, "lunch"}, {10, "wake"}, {50, "sleep"}, {20, "work"}} {
		evs = insert(evs, e)
	}
	fmt.Println(evs)
	i, found := slices.BinarySearchFunc(evs, 20, func(x Event, t int) int { return cmp.Compare(x.At, t) })
	fmt.Println(i, found, evs[i].Name)
}
