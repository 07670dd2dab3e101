package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type SKU string

type Stock struct {
	SKU      SKU
	Location string
	Qty      int
}

type Inventory struct {
	items map[SKU][]Stock
}

func NewInventory() *Inventory { return &Inventory{items: map[SKU][]Stock{}} }

func (inv *Inventory) Add(s Stock) { inv.items[s.SKU] = append(inv.items[s.SKU], s) }

func (inv *Inventory) All() iter.Seq2[SKU, int] {
	return func(yield func(SKU, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			total := 0
			for _, s := range inv.items[k] {
				total += s.Qty
			}
			if !yield(k, total) {
				return
			}
		}
	}
}

func (inv *Inventory) Low(threshold int) iter.Seq[SKU] {
	return func(yield func(SKU) bool) {
		for k, n := range inv.All() {
			if n < threshold && !yield(k) {
				return
			}
		}
	}
}

func main() {
	inv := NewInventory()
	raw := "A100:wh1:5;B200:wh1:50;A100:wh2:3;C300:wh3:0;D400:wh1:12;B200:wh2:1"
	for rec := range strings.SplitSeq(raw, ";") {
		var s Stock
		parts := strings.Split(rec, ":")
		s.SKU, s.Location = SKU(parts[0]), parts[1]
		fmt.Sscan(parts[2], &s.Qty)
		inv.Add(s)
	}
	for k, n := range inv.All() {
		fmt.Printf("%s %3d\n", k, n)
	}
	low := slices.Collect(inv.Low(10))
	fmt.Println("low:", low)
	for k := range inv.Low(100) {
		if k == "C300" {
			fmt.Println("stop at", k)
			break
		}
		fmt.Println("visit", k)
	}
	locs := map[string]int{}
	for _, list := range inv.items {
		for _, s := range list {
			locs[s.Location] += s.Qty
		}
	}
	fmt.Println(locs)
	keys := slices.Collect(maps.Keys(locs))
	slices.Sort(keys)
	fmt.Println(strings.Join(keys, ","), slices.Max(slices.Collect(maps.Values(locs))))
}
