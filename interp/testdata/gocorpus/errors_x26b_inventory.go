package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

var ErrNotFound = errors.New("not found")

type InsufficientStock struct {
	SKU       string
	Want, Got int
}

func (e InsufficientStock) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

type Inventory struct {
	stock  map[string]int
	prices map[string]int // cents
}

type Line struct {
	SKU string
	Qty int
}

func (inv *Inventory) Reserve(lines []Line) (total int, err error) {
	reserved := map[string]int{}
	defer func() {
		if err != nil {
			for sku, q := range reserved {
				inv.stock[sku] += q
			}
		}
	}()
	for _, l := range lines {
		have, ok := inv.stock[l.SKU]
		if !ok {
			return 0, fmt.Errorf("reserve %q: %w", l.SKU, ErrNotFound)
		}
		if have < l.Qty {
			return 0, fmt.Errorf("reserve: %w", InsufficientStock{l.SKU, l.Qty, have})
		}
		inv.stock[l.SKU] -= l.Qty
		reserved[l.SKU] += l.Qty
		total += l.Qty * inv.prices[l.SKU]
	}
	return total, nil
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	inv := &Inventory{
		stock:  map[string]int{"apple": 10, "pear": 2, "fig": 0},
		prices: map[string]int{"apple": 45, "pear": 120, "fig": 300},
	}
	orders := [][]Line{
		{{"apple", 3}, {"pear", 1}},
		{{"apple", 2}, {"kiwi", 1}},
		{{"pear", 1}, {"apple", 4}, {"pear", 1}},
		{{"apple", 1}, {"fig", 1}},
		{{"apple", 1}},
	}
	for i, o := range orders {
		total, err := inv.Reserve(o)
		var is InsufficientStock
		switch {
		case err == nil:
			fmt.Printf("order %d ok: %s\n", i, cents(total))
		case errors.Is(err, ErrNotFound):
			fmt.Printf("order %d missing: %v\n", i, err)
		case errors.As(err, &is):
			fmt.Printf("order %d short by %d of %s (%v)\n", i, is.Want-is.Got, is.SKU, err)
		default:
			fmt.Println("??", err)
		}
		fmt.Println("  stock:", inv.stock)
	}
	keys := slices.Sorted(maps.Keys(inv.stock))
	fmt.Println(keys, errors.Unwrap(fmt.Errorf("x: %w", ErrNotFound)) == ErrNotFound)
}
