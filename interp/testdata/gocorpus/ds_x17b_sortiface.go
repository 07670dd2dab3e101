package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for _, less := range ms.less {
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return false
}

func OrderedBy(less ...func(a, b *Person) bool) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(people []Person) {
	ms.people = people
	sort.Sort(ms)
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"carol", 30}, {"Dave", 25}, {"Eve", 35}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1])
	byName := func(a, b *Person) bool { return strings.ToLower(a.Name) < strings.ToLower(b.Name) }
	byAge := func(a, b *Person) bool { return a.Age < b.Age }
	OrderedBy(byAge, byName).Sort(people)
	fmt.Println(people)
	OrderedBy(byName).Sort(people)
	fmt.Println(people)
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	i := sort.SearchInts(ints, 5)
	fmt.Println(ints, i, sort.IntsAreSorted(ints))
	strs := sort.StringSlice{"pear", "apple", "fig"}
	strs.Sort()
	fmt.Println(strs, strs.Search("fig"))
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Printf("%+v\n", people[0])
	idx := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(idx)
}
