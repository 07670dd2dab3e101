package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Price    float64
	Category string
}

type Inventory struct {
	items map[SKU]*Item
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[SKU]*Item)
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
}

func (inv *Inventory) Remove(sku SKU, n int) error {
	it, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("no such sku %q", sku)
	case it.Qty < n:
		return fmt.Errorf("sku %s: only %d left, wanted %d", sku, it.Qty, n)
	}
	it.Qty -= n
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) ByCategory() map[string][]Item {
	out := map[string][]Item{}
	for _, sku := range slices.Sorted(maps.Keys(inv.items)) {
		it := inv.items[sku]
		out[it.Category] = append(out[it.Category], *it)
	}
	return out
}

func (inv *Inventory) Value() (total float64) {
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return
}

func main() {
	var inv Inventory
	inv.Add(Item{"W-1", "widget", 10, 2.5, "parts"})
	inv.Add(Item{"G-7", "gear", 4, 7.25, "parts"})
	inv.Add(Item{"H-2", "hammer", 2, 15, "tools"})
	inv.Add(Item{"W-1", "widget", 5, 2.5, "parts"})
	inv.Add(Item{"S-3", "saw", 1, 22.0, "tools"})
	for _, op := range []struct {
		sku SKU
		n   int
	}{{"W-1", 3}, {"S-3", 1}, {"X-0", 1}, {"G-7", 9}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	cats := inv.ByCategory()
	fmt.Println(len(cats), "categories")
	for _, c := range slices.Sorted(maps.Keys(cats)) {
		items := cats[c]
		slices.SortFunc(items, func(a, b Item) int { return cmp.Compare(b.Qty, a.Qty) })
		names := make([]string, len(items))
		for i, it := range items {
			names[i] = fmt.Sprintf("%s x%d", it.Name, it.Qty)
		}
		fmt.Printf("%-6s %s\n", c+":", strings.Join(names, ", "))
	}
	fmt.Printf("value: %.2f\n", inv.Value())
	counts := map[string]int{}
	for _, it := range inv.items {
		counts[it.Category] += it.Qty
	}
	fmt.Println(counts)
}
