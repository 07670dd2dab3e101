// Exercises: sort.Sort with user sort.Interface types (byAge, byName), sort.Reverse, sort.Stable, sort.IsSorted, embedding a slice type.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type byAge struct{ People }

func (b byAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type byName struct{ People }

func (b byName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

func main() {
	ps := People{{"Carol", 31}, {"alice", 25}, {"Bob", 31}, {"Dave", 19}, {"Eve", 25}}
	sort.Sort(byName{ps})
	fmt.Println("by name:", ps)
	sort.Stable(byAge{ps})
	fmt.Println("by age (stable):", ps)
	sort.Sort(sort.Reverse(byAge{ps}))
	fmt.Println("reverse age:", ps[0], ps[len(ps)-1].Age)
	fmt.Println(sort.IsSorted(byAge{ps}), sort.IsSorted(sort.Reverse(byAge{ps})))
	fmt.Printf("%v %s\n", ps[1], ps[2])
}
