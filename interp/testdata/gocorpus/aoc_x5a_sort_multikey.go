// Exercises: sort.Slice with a multi-key comparison, sort.SliceStable, sort.Search over a sorted slice, sort.SearchInts, parsing records with strings.Split and strconv.Atoi.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const records = `alice,30,paris
bob,25,berlin
carol,30,berlin
dave,25,paris
erin,35,oslo
frank,30,berlin`

type person struct {
	name string
	age  int
	city string
}

func main() {
	var people []person
	for _, line := range strings.Split(records, "\n") {
		f := strings.Split(line, ",")
		age, err := strconv.Atoi(f[1])
		if err != nil {
			panic(err)
		}
		people = append(people, person{f[0], age, f[2]})
	}
	sort.Slice(people, func(i, j int) bool {
		if people[i].city != people[j].city {
			return people[i].city < people[j].city
		}
		if people[i].age != people[j].age {
			return people[i].age > people[j].age
		}
		return people[i].name < people[j].name
	})
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Printf("%+v\n", people[:3])
	ages := make([]int, len(people))
	for i, p := range people {
		ages[i] = p.age
	}
	i := sort.Search(len(ages), func(i int) bool { return ages[i] >= 30 })
	fmt.Println(ages, i, sort.SearchInts(ages, 31), sort.SearchInts(ages, 99))
	_, err := strconv.Atoi("3x")
	fmt.Println(err)
}
