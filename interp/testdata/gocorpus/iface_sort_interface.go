// Exercises: implementing sort.Interface for a user type and sort.Sort / sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"Alice", 31}, {"Bob", 25}, {"Carol", 42}, {"Dan", 19}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	for _, p := range people {
		fmt.Printf("%-6s %d\n", p.Name, p.Age)
	}
	fmt.Println(sort.IsSorted(ByAge(people)))
}
