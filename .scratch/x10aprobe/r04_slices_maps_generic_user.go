package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type item struct {
	name string
	qty  int
}

func main() {
	xs := []item{{"a", 1}, {"b", 2}}
	xs = slices.Insert(xs, 1, item{"z", 9})
	fmt.Println(xs, slices.Contains(xs, item{"z", 9}), slices.Index(xs, item{"b", 2}))
	xs = slices.Delete(xs, 0, 1)
	fmt.Println(xs, len(slices.Repeat(xs, 2)), slices.Concat(xs, xs[:1]))
	fmt.Println(slices.ContainsFunc(xs, func(i item) bool { return i.qty > 5 }))
	m := map[string]item{"x": {"x", 1}, "y": {"y", 2}}
	c := maps.Clone(m)
	maps.DeleteFunc(c, func(k string, v item) bool { return v.qty > 1 })
	fmt.Println(c, len(m))
	col := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(col)
	for l := range strings.Lines("one\ntwo\n") {
		fmt.Printf("%q ", l)
	}
	for f := range strings.FieldsSeq(" a  b ") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	fmt.Println(min(3.5, 2), max("b", "a", "c"), min(1, 2, -3))
	idx, found := slices.BinarySearchFunc(xs, "z", func(i item, n string) int { return strings.Compare(i.name, n) })
	fmt.Println(idx, found)
}
