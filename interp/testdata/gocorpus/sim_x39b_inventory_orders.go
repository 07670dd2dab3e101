package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Price int
	Qty   int
}

type Line struct {
	SKU SKU
	Qty int
}

type Order struct {
	ID    int
	Lines []Line
}

type OutOfStock struct {
	SKU       SKU
	Requested int
	Available int
}

func (e *OutOfStock) Error() string {
	return fmt.Sprintf("%s: requested %d, only %d left", e.SKU, e.Requested, e.Available)
}

type Inventory struct {
	items map[SKU]Item
}

func (inv *Inventory) Snapshot() map[SKU]Item { return maps.Clone(inv.items) }

func (inv *Inventory) Fulfill(o Order) (total int, err error) {
	snap := inv.Snapshot()
	defer func() {
		if err != nil {
			inv.items = snap
			err = fmt.Errorf("order %d rolled back: %w", o.ID, err)
		}
	}()
	for _, l := range o.Lines {
		it, ok := inv.items[l.SKU]
		if !ok {
			return 0, fmt.Errorf("unknown sku %q", l.SKU)
		}
		if it.Qty < l.Qty {
			return 0, &OutOfStock{l.SKU, l.Qty, it.Qty}
		}
		it.Qty -= l.Qty
		inv.items[l.SKU] = it
		total += it.Price * l.Qty
	}
	return total, nil
}

func (inv *Inventory) String() string {
	keys := slices.Sorted(maps.Keys(inv.items))
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s:%d", k, inv.items[k].Qty))
	}
	return strings.Join(parts, " ")
}

func main() {
	inv := &Inventory{items: map[SKU]Item{
		"APL": {"APL", "Apple", 50, 10},
		"BAN": {"BAN", "Banana", 25, 5},
		"CHR": {"CHR", "Cherry", 300, 2},
	}}
	orders := []Order{
		{1, []Line{{"APL", 3}, {"BAN", 2}}},
		{2, []Line{{"APL", 2}, {"CHR", 5}}},
		{3, []Line{{"BAN", 1}, {"XYZ", 1}}},
		{4, []Line{{"CHR", 2}, {"APL", 5}}},
	}
	revenue := 0
	for _, o := range orders {
		t, err := inv.Fulfill(o)
		var oos *OutOfStock
		switch {
		case errors.As(err, &oos):
			fmt.Printf("order %d short on %s by %d | %v\n", o.ID, oos.SKU, oos.Requested-oos.Available, err)
		case err != nil:
			fmt.Println(err)
		default:
			revenue += t
			fmt.Printf("order %d ok: $%d.%02d\n", o.ID, t/100, t%100)
		}
		fmt.Println("  stock:", inv)
	}
	fmt.Println("revenue:", revenue)

	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := make([]int, 2)
	n := copy(c, a[3:])
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(c, n, arr, arr2, arr == [3]int{1, 2, 3})
	item := inv.items["APL"]
	item.Qty = 999
	fmt.Println(inv.items["APL"].Qty, item.Qty)
	ptrs := map[string]*Item{"x": {Name: "X"}}
	ptrs["x"].Qty = 7
	fmt.Printf("%+v\n", *ptrs["x"])
	s := slices.Insert([]string{"a", "d"}, 1, "b", "c")
	s = slices.Delete(s, 0, 1)
	fmt.Println(s, slices.Index(s, "c"), slices.Contains(s, "a"), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
