// Exercises: implementing sort.Interface, sort.Sort and sort.Reverse, sort.IsSorted
package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name string
	Mass float64
}

type ByMass []Planet

func (b ByMass) Len() int           { return len(b) }
func (b ByMass) Less(i, j int) bool { return b[i].Mass < b[j].Mass }
func (b ByMass) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ps := []Planet{{"Earth", 5.97}, {"Mars", 0.642}, {"Jupiter", 1898}, {"Venus", 4.87}}
	sort.Sort(ByMass(ps))
	fmt.Println(ps)
	fmt.Println(sort.IsSorted(ByMass(ps)))
	sort.Sort(sort.Reverse(ByMass(ps)))
	for _, p := range ps {
		fmt.Printf("%-8s %8.3f\n", p.Name, p.Mass)
	}
}
