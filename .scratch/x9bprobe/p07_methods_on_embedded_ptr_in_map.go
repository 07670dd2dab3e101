package main

import (
	"fmt"
	"sort"
)

type Base struct{ ID int }

func (b *Base) SetID(i int)     { b.ID = i }
func (b Base) Describe() string { return fmt.Sprint("base#", b.ID) }

type Item struct {
	*Base
	Name string
}

func main() {
	items := map[string]Item{"a": {&Base{1}, "a"}, "b": {&Base{2}, "b"}}
	for k, it := range items {
		it.SetID(it.ID * 10) // modifies through the shared pointer
		_ = k
	}
	keys := []string{}
	for k := range items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, items[k].ID, items[k].Describe())
	}
}
