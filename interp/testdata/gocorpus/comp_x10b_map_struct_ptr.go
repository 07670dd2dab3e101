// Exercises: maps with struct values updated through a map of pointers, comma-ok lookup, delete during range, sorted key output, map of slices
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Salary int
	Tags   []string
}

func main() {
	byValue := map[string]Employee{"ann": {"Ann", 100, nil}}
	e := byValue["ann"]
	e.Salary += 10
	byValue["ann"] = e
	byPtr := map[string]*Employee{
		"bob": {Name: "Bob", Salary: 200},
		"cid": {Name: "Cid", Salary: 50},
	}
	byPtr["bob"].Salary *= 2
	byPtr["cid"].Tags = append(byPtr["cid"].Tags, "new")
	fmt.Println(byValue["ann"].Salary, byPtr["bob"].Salary, byPtr["cid"].Tags)
	if _, ok := byPtr["dan"]; !ok {
		fmt.Println("no dan")
	}
	ages := map[string]int{"alice": 31, "charlie": 34, "bob": 29, "eve": 0}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s\t%d\n", n, ages[n])
	}
	for k, v := range ages {
		if v == 0 {
			delete(ages, k)
		}
	}
	ages["bob"]++
	fmt.Println(ages, len(ages))
	groups := map[bool][]int{}
	for i := 0; i < 7; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	counts := map[[2]int]int{}
	counts[[2]int{1, 2}]++
	counts[[2]int{1, 2}]++
	fmt.Println(counts)
}
