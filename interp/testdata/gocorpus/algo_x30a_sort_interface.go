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

type byKey struct {
	people []Person
	less   func(a, b *Person) bool
}

func (s byKey) Len() int           { return len(s.people) }
func (s byKey) Swap(i, j int)      { s.people[i], s.people[j] = s.people[j], s.people[i] }
func (s byKey) Less(i, j int) bool { return s.less(&s.people[i], &s.people[j]) }

func SortBy(ps []Person, less func(a, b *Person) bool) {
	sort.Sort(byKey{ps, less})
}

func main() {
	people := []Person{{"Zoe", 31}, {"adam", 25}, {"Bea", 31}, {"carl", 19}, {"Dee", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0], people[len(people)-1].Age)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people[0].Age, people[4])

	SortBy(people, func(a, b *Person) bool {
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
	fmt.Println(people)

	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)

	ages := []int{}
	for _, p := range people {
		ages = append(ages, p.Age)
	}
	sort.Ints(ages)
	i := sort.SearchInts(ages, 25)
	j := sort.Search(len(ages), func(k int) bool { return ages[k] > 30 })
	fmt.Println(ages, i, j, sort.IntsAreSorted(ages))

	names := sort.StringSlice{"pear", "Apple", "fig", "banana"}
	names.Sort()
	fmt.Println(names, names.Search("fig"), sort.IsSorted(names))

	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchFloat64s(fs, 1))

	idx, found := sort.Find(len(names), func(k int) int { return strings.Compare("banana", names[k]) })
	fmt.Println(idx, found)

	matrix := [][]int{{3, 1}, {1, 2}, {3, 0}, {1, 1}}
	sort.Slice(matrix, func(a, b int) bool {
		if matrix[a][0] != matrix[b][0] {
			return matrix[a][0] < matrix[b][0]
		}
		return matrix[a][1] < matrix[b][1]
	})
	fmt.Println(matrix)
}
