// Exercises: sort.Slice and slices.SortFunc on multiple keys with cmp.Compare, sort.SliceStable, struct slices parsed with Sscanf
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

const input = `alice 90 23
bob 85 31
carol 90 19
dave 70 23
erin 85 31
frank 90 23`

type rec struct {
	name  string
	score int
	age   int
}

func main() {
	var rs []rec
	for _, l := range strings.Split(input, "\n") {
		var r rec
		fmt.Sscanf(l, "%s %d %d", &r.name, &r.score, &r.age)
		rs = append(rs, r)
	}
	a := append([]rec(nil), rs...)
	sort.Slice(a, func(i, j int) bool {
		if a[i].score != a[j].score {
			return a[i].score > a[j].score
		}
		if a[i].age != a[j].age {
			return a[i].age < a[j].age
		}
		return a[i].name < a[j].name
	})
	for _, r := range a {
		fmt.Printf("%-6s %3d %2d\n", r.name, r.score, r.age)
	}
	b := slices.Clone(rs)
	slices.SortFunc(b, func(x, y rec) int {
		return cmp.Or(cmp.Compare(x.age, y.age), -cmp.Compare(x.score, y.score), strings.Compare(x.name, y.name))
	})
	fmt.Println(b)
	c := slices.Clone(rs)
	sort.SliceStable(c, func(i, j int) bool { return c[i].age > c[j].age })
	fmt.Println(c[0].name, c[len(c)-1].name)
}
