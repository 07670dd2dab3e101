package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) {
	inv[item] += n
}

func (inv Inventory) Remove(item string, n int) error {
	have, ok := inv[item]
	if !ok {
		return fmt.Errorf("no such item: %q", item)
	}
	if have < n {
		return fmt.Errorf("not enough %s: have %d, want %d", item, have, n)
	}
	inv[item] = have - n
	if inv[item] == 0 {
		delete(inv, item)
	}
	return nil
}

func (inv Inventory) String() string {
	var sb strings.Builder
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Fprintf(&sb, "%s=%d ", k, inv[k])
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("banana", 5)
	inv.Add("cherry", 1)
	inv.Add("apple", 2)
	fmt.Println(inv)

	for _, op := range []struct {
		item string
		n    int
	}{{"apple", 4}, {"banana", 10}, {"durian", 1}, {"cherry", 1}} {
		if err := inv.Remove(op.item, op.n); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("removed", op.n, op.item, "->", inv)
	}

	// dict.get with default
	get := func(k string, def int) int {
		if v, ok := inv[k]; ok {
			return v
		}
		return def
	}
	fmt.Println(get("banana", -1), get("zzz", -1))
	fmt.Printf("%v %d\n", map[string]int(inv), len(inv))

	byValue := slices.SortedFunc(maps.Keys(inv), func(a, b string) int {
		return inv[b] - inv[a]
	})
	fmt.Println(byValue)
}
