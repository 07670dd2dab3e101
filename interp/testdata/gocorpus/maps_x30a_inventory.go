package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Inventory map[string]Item

func (inv Inventory) Restock(name string, n int) {
	it := inv[name]
	it.Name = name
	it.Qty += n
	inv[name] = it
}

func (inv Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func (inv Inventory) String() string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		it := inv[k]
		fmt.Fprintf(&b, "%-8s qty=%-3d $%.2f\n", k, it.Qty, it.Price)
	}
	return b.String()
}

func main() {
	inv := Inventory{
		"bolt":   {"bolt", 120, 0.05},
		"nut":    {"nut", 200, 0.03},
		"washer": {"washer", 0, 0.01},
		"gear":   {"gear", 7, 4.50},
	}
	fmt.Print(inv)
	fmt.Printf("value: %.2f\n", inv.Value())

	inv.Restock("washer", 500)
	inv.Restock("spring", 12)
	fmt.Println(inv["spring"], inv["washer"].Qty)

	low := maps.Collect(func(yield func(string, Item) bool) {
		for k, v := range inv {
			if v.Qty < 50 && !yield(k, v) {
				return
			}
		}
	})
	fmt.Println("low stock:", slices.Sorted(maps.Keys(low)))

	backup := maps.Clone(inv)
	maps.DeleteFunc(inv, func(k string, v Item) bool { return v.Price < 0.04 })
	fmt.Println(len(inv), len(backup), maps.Equal(inv, backup))

	extra := map[string]Item{"cog": {"cog", 3, 9.99}}
	maps.Copy(inv, extra)
	maps.Insert(inv, maps.All(map[string]Item{"pin": {"pin", 1000, 0.002}}))
	fmt.Print(inv)

	qtys := slices.Collect(maps.Values(inv))
	slices.SortFunc(qtys, func(a, b Item) int { return a.Qty - b.Qty })
	fmt.Println("min qty", qtys[0].Name, "max qty", qtys[len(qtys)-1].Name)
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("pear", "apple", "fig"))

	clear(inv)
	fmt.Println(len(inv), inv == nil, inv)

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
}
