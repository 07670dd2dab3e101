package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Price    float64
	Quantity int
}

func (i Item) Value() float64 { return i.Price * float64(i.Quantity) }

type OutOfStockError struct {
	SKU       string
	Requested int
	Available int
}

func (e OutOfStockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, only %d available", e.SKU, e.Requested, e.Available)
}

var ErrUnknownSKU = errors.New("unknown sku")

type Inventory struct {
	items map[string]*Item
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Quantity += it.Quantity
		return
	}
	inv.items[it.SKU] = &it
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if it.Quantity < qty {
		return OutOfStockError{sku, qty, it.Quantity}
	}
	it.Quantity -= qty
	if it.Quantity == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) Report() string {
	var sb strings.Builder
	total := 0.0
	for _, sku := range slices.Sorted(maps.Keys(inv.items)) {
		it := inv.items[sku]
		fmt.Fprintf(&sb, "%-6s %-12s %3d x %6.2f = %8.2f\n", it.SKU, it.Name, it.Quantity, it.Price, it.Value())
		total += it.Value()
	}
	fmt.Fprintf(&sb, "%-6s %35.2f\n", "TOTAL", total)
	return sb.String()
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A100", "Widget", 2.50, 40})
	inv.Add(Item{"B200", "Gadget", 12.99, 5})
	inv.Add(Item{"C300", "Doohickey", 0.75, 200})
	inv.Add(Item{"A100", "Widget", 2.50, 10})
	fmt.Print(inv.Report())

	ops := []struct {
		sku string
		qty int
	}{{"A100", 20}, {"B200", 6}, {"Z999", 1}, {"B200", 5}, {"C300", 150}}
	for _, op := range ops {
		err := inv.Remove(op.sku, op.qty)
		var oos OutOfStockError
		switch {
		case err == nil:
			fmt.Printf("removed %d of %s\n", op.qty, op.sku)
		case errors.As(err, &oos):
			fmt.Printf("out of stock (%d short): %v\n", oos.Requested-oos.Available, err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("error:", err)
		}
	}
	fmt.Print(inv.Report())
	low := slices.Collect(func(yield func(string) bool) {
		for _, sku := range slices.Sorted(maps.Keys(inv.items)) {
			if inv.items[sku].Quantity < 50 {
				if !yield(sku) {
					return
				}
			}
		}
	})
	fmt.Printf("low stock: %q\n", low)
}
