package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const elves = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

type Elf struct {
	ID       int
	Calories []int
}

func (e Elf) Total() (t int) {
	for _, c := range e.Calories {
		t += c
	}
	return
}

func main() {
	var es []Elf
	for i, block := range strings.Split(elves, "\n\n") {
		e := Elf{ID: i + 1}
		for _, l := range strings.Fields(block) {
			n, err := strconv.Atoi(l)
			if err != nil {
				panic(err)
			}
			e.Calories = append(e.Calories, n)
		}
		es = append(es, e)
	}
	slices.SortFunc(es, func(a, b Elf) int { return b.Total() - a.Total() })
	fmt.Println("top:", es[0].ID, es[0].Total())
	top3 := 0
	for _, e := range es[:3] {
		top3 += e.Total()
	}
	fmt.Println("top3:", top3)

	byCount := map[int][]int{}
	for _, e := range es {
		byCount[len(e.Calories)] = append(byCount[len(e.Calories)], e.ID)
	}
	for _, k := range slices.Sorted(maps.Keys(byCount)) {
		ids := byCount[k]
		slices.Sort(ids)
		fmt.Println(k, "items:", ids)
	}
	totals := maps.Collect(func(yield func(int, int) bool) {
		for _, e := range es {
			if !yield(e.ID, e.Total()) {
				return
			}
		}
	})
	fmt.Println(totals)
	all := slices.Concat(es[0].Calories, es[1].Calories, es[2].Calories)
	fmt.Println(all, slices.Max(all), slices.Min(all), slices.Index(all, 5000), slices.Contains(all, 42))
	for c := range slices.Chunk(all, 4) {
		fmt.Print(c, ";")
	}
	fmt.Println()
	all = slices.DeleteFunc(all, func(x int) bool { return x%2000 == 0 })
	fmt.Println(all, len(all))
	all = slices.Insert(all, 1, -1, -2)
	fmt.Println(all, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	idx := slices.IndexFunc(es, func(e Elf) bool { return e.Total() < 5000 })
	fmt.Println("first small elf at", idx, es[idx])
	clear(totals)
	fmt.Println(len(totals), totals == nil)
}
