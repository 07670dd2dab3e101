// Exercises: slices.SortFunc with cmp.Compare on struct fields, then IndexFunc and ContainsFunc.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Carol", 24}, {"Dan", 70},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i := slices.IndexFunc(people, func(p Person) bool { return p.Age > 50 })
	fmt.Println("first over 50:", people[i].Name)
	fmt.Println(slices.ContainsFunc(people, func(p Person) bool { return p.Name == "Bob" }))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest)
	names := make([]string, len(people))
	for i, p := range people {
		names[i] = p.Name
	}
	slices.Sort(names)
	pos, found := slices.BinarySearch(names, "Carol")
	fmt.Println(names, pos, found)
	people = slices.DeleteFunc(people, func(p Person) bool { return p.Age < 20 })
	fmt.Println(len(people), people[0])
}
