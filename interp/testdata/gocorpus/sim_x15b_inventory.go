package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrOutOfStock = errors.New("out of stock")
var ErrUnknownSKU = errors.New("unknown sku")

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(sku, name string, qty int, price float64) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", sku, qty))
		return
	}
	inv.items[sku] = &Item{sku, name, qty, price}
	inv.log = append(inv.log, fmt.Sprintf("new %s", sku))
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < qty {
		return fmt.Errorf("remove %d of %s (have %d): %w", qty, sku, it.Qty, ErrOutOfStock)
	}
	it.Qty -= qty
	inv.log = append(inv.log, fmt.Sprintf("sold %s -%d", sku, qty))
	return nil
}

func (inv *Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func (inv *Inventory) Report() string {
	keys := make([]string, 0, len(inv.items))
	for k := range inv.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		it := inv.items[k]
		fmt.Fprintf(&b, "%-6s %-10s %4d @ %7.2f\n", it.SKU, it.Name, it.Qty, it.Price)
	}
	return b.String()
}

func main() {
	inv := NewInventory()
	inv.Add("A100", "widget", 10, 2.5)
	inv.Add("B200", "gadget", 3, 19.99)
	inv.Add("C300", "doohickey", 0, 7)
	inv.Add("A100", "widget", 5, 2.5)

	ops := []struct {
		sku string
		n   int
	}{{"A100", 4}, {"B200", 5}, {"Z999", 1}, {"C300", 1}, {"B200", 3}}
	for _, op := range ops {
		if err := inv.Remove(op.sku, op.n); err != nil {
			switch {
			case errors.Is(err, ErrOutOfStock):
				fmt.Println("stock:", err)
			case errors.Is(err, ErrUnknownSKU):
				fmt.Println("sku:", err)
			}
			continue
		}
		fmt.Println("ok", op.sku, op.n)
	}
	fmt.Print(inv.Report())
	fmt.Printf("value=%.2f\n", inv.Value())
	fmt.Println(strings.Join(inv.log, "; "))
}
