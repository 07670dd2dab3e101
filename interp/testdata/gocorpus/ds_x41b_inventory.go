package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Category uint8

const (
	Electronics Category = iota + 1
	Grocery
	Clothing
)

func (c Category) String() string {
	switch c {
	case Electronics:
		return "Electronics"
	case Grocery:
		return "Grocery"
	case Clothing:
		return "Clothing"
	}
	return fmt.Sprintf("Category(%d)", uint8(c))
}

type Item struct {
	SKU      string
	Name     string
	Category Category
	Qty      int
	Price    float64
	Tags     []string
}

type Inventory struct {
	items map[string]*Item
}

func NewInventory() *Inventory { return &Inventory{items: map[string]*Item{}} }

func (inv *Inventory) Add(it Item) error {
	if _, ok := inv.items[it.SKU]; ok {
		return fmt.Errorf("duplicate SKU %s", it.SKU)
	}
	inv.items[it.SKU] = &it
	return nil
}

func (inv *Inventory) Adjust(sku string, delta int) (int, error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("unknown SKU %s", sku)
	}
	if it.Qty+delta < 0 {
		return it.Qty, fmt.Errorf("cannot remove %d of %s: only %d in stock", -delta, sku, it.Qty)
	}
	it.Qty += delta
	return it.Qty, nil
}

func (inv *Inventory) SortedSKUs() []string {
	return slices.Sorted(maps.Keys(inv.items))
}

func (inv *Inventory) ByCategory() map[Category][]string {
	out := map[Category][]string{}
	for _, sku := range inv.SortedSKUs() {
		it := inv.items[sku]
		out[it.Category] = append(out[it.Category], it.Name)
	}
	return out
}

func (inv *Inventory) Value() float64 {
	total := 0.0
	for v := range maps.Values(inv.items) {
		total += float64(v.Qty) * v.Price
	}
	return total
}

func main() {
	inv := NewInventory()
	items := []Item{
		{"E-100", "Laptop", Electronics, 5, 899.99, []string{"computer", "portable"}},
		{"G-200", "Coffee", Grocery, 40, 7.5, []string{"drink"}},
		{"C-300", "T-Shirt", Clothing, 25, 12, nil},
		{"E-101", "Headphones", Electronics, 12, 59.9, []string{"audio", "portable"}},
		{"G-201", "Tea", Grocery, 0, 4.25, []string{"drink"}},
	}
	for _, it := range items {
		if err := inv.Add(it); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(inv.Add(Item{SKU: "G-200"}))
	for _, adj := range []struct {
		sku   string
		delta int
	}{{"E-100", -2}, {"G-201", -1}, {"X-1", 3}, {"C-300", 10}} {
		q, err := inv.Adjust(adj.sku, adj.delta)
		fmt.Printf("%s %+d -> %d %v\n", adj.sku, adj.delta, q, err)
	}
	fmt.Println(inv.SortedSKUs())
	fmt.Println(inv.ByCategory())
	fmt.Printf("total value: %.2f\n", inv.Value())
	tagCount := map[string]int{}
	for _, it := range inv.items {
		for _, t := range it.Tags {
			tagCount[t]++
		}
	}
	tags := slices.SortedFunc(maps.Keys(tagCount), func(a, b string) int {
		return cmp.Or(cmp.Compare(tagCount[b], tagCount[a]), strings.Compare(a, b))
	})
	for _, t := range tags {
		fmt.Printf("%s=%d ", t, tagCount[t])
	}
	fmt.Println()
	low := slices.Collect(func(yield func(string) bool) {
		for _, sku := range inv.SortedSKUs() {
			if inv.items[sku].Qty < 10 && !yield(sku) {
				return
			}
		}
	})
	fmt.Println("low stock:", low, Category(9))
	cp := maps.Clone(tagCount)
	delete(cp, "drink")
	fmt.Println(len(cp), len(tagCount), maps.Equal(cp, tagCount))
}
