// Exercises: sort.Interface implemented via embedding: a reverse type embedding sort.Interface and overriding Less, a ByAge type embedding a named slice, sort.Stable and sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	ps := People{{"cid", 30}, {"ann", 25}, {"eve", 30}, {"bob", 25}, {"dan", 41}}
	sort.Sort(ByName{ps})
	fmt.Println(ps)
	sort.Stable(ByAge{ps})
	fmt.Println(ps)
	sort.Sort(reverse{ByName{ps}})
	fmt.Println(ps)
	sort.Stable(sort.Reverse(ByAge{ps}))
	fmt.Println(ps)
	ints := sort.IntSlice{5, 2, 8, 1}
	sort.Sort(reverse{ints})
	fmt.Println(ints, sort.IsSorted(ByAge{ps}), sort.IsSorted(sort.Reverse(ByAge{ps})))
}
