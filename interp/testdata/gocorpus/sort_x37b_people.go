// Sorting records several ways: sort.Sort with an embedded Interface,
// sort.SliceStable, slices.SortFunc with cmp, and binary search.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

func (p Person) String() string { return fmt.Sprintf("%s(%d,%s)", p.Name, p.Age, p.City) }

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// ByName embeds People and supplies Less.
type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

var people = People{
	{"Michael", 42, "Oslo"},
	{"Alice", 30, "Paris"},
	{"Bob", 42, "Berlin"},
	{"Jenny", 26, "Paris"},
	{"Zoe", 30, "Oslo"},
	{"Carl", 26, "Berlin"},
}

func main() {
	p := slices.Clone(people)
	sort.Sort(ByName{p})
	fmt.Println(p)
	sort.Stable(ByAge{p})
	fmt.Println(p)
	sort.Sort(sort.Reverse(ByAge{p}))
	fmt.Println(p[0].Age, p[len(p)-1].Age)

	q := slices.Clone(people)
	sort.SliceStable(q, func(i, j int) bool { return q[i].City < q[j].City })
	fmt.Println(q)

	r := slices.Clone(people)
	slices.SortFunc(r, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(a.City, b.City),
			-cmp.Compare(a.Age, b.Age),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, x := range r {
		fmt.Printf("%-7s %-8s %d\n", x.City, x.Name, x.Age)
	}

	names := make([]string, len(people))
	for i, x := range people {
		names[i] = x.Name
	}
	slices.Sort(names)
	i, found := slices.BinarySearch(names, "Jenny")
	j, found2 := slices.BinarySearch(names, "Dave")
	fmt.Println(names, i, found, j, found2)
	k := sort.SearchStrings(names, "Bob")
	fmt.Println(k, sort.StringsAreSorted(names))

	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest, youngest)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.City == "Berlin" })
	fmt.Println(idx, people[idx], slices.ContainsFunc(people, func(p Person) bool { return p.Age > 50 }))

	byCity := map[string][]string{}
	for _, x := range people {
		byCity[x.City] = append(byCity[x.City], x.Name)
	}
	for _, c := range slices.Sorted(func(yield func(string) bool) {
		for k := range byCity {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("%s: %s\n", c, strings.Join(byCity[c], ", "))
	}
}
