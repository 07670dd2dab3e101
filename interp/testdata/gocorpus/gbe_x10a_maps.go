// Exercises: maps - make, set, get of a missing key, len, delete, clear, comma-ok, literals, maps.Equal, maps of slices and structs
package main

import (
	"fmt"
	"maps"
	"strings"
)

type stock struct {
	qty   int
	price float64
}

func main() {
	ages := make(map[string]int)
	ages["ada"] = 36
	ages["alan"] = 41
	ages["grace"] = 85
	fmt.Println(ages, len(ages))

	fmt.Println("ada:", ages["ada"], "missing:", ages["linus"])
	if age, ok := ages["linus"]; !ok {
		fmt.Println("no linus, zero value", age)
	}

	delete(ages, "alan")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	backup := maps.Clone(ages)
	clear(ages)
	fmt.Println(ages, len(ages), backup)

	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"y": 2, "x": 1}
	fmt.Println(maps.Equal(a, b))
	b["z"] = 0
	fmt.Println(maps.Equal(a, b), maps.EqualFunc(a, map[string]int{"x": 10, "y": 20}, func(v1, v2 int) bool { return v1*10 == v2 }))

	byLetter := map[byte][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry") {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	fmt.Println(len(byLetter), byLetter['a'], byLetter['b'], byLetter['z'] == nil)

	inv := map[string]stock{"pen": {10, 1.5}}
	s := inv["pen"]
	s.qty--
	inv["pen"] = s
	fmt.Printf("%+v\n", inv)

	ptrs := map[string]*stock{"ink": {qty: 2}}
	ptrs["ink"].qty += 5
	fmt.Println(ptrs["ink"].qty)

	var nilMap map[int]bool
	fmt.Println(nilMap[3], len(nilMap), nilMap == nil)
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
	fmt.Println(map[[2]int]string{{1, 2}: "pair"}, map[bool]int{true: 1, false: 0})
}
