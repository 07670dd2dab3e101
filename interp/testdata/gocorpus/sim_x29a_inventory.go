package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
}

func (i Item) Value() float64 { return i.Price * float64(i.Qty) }

func (i Item) Label() string { return fmt.Sprintf("%s [%s]", i.Name, i.SKU) }

type Perishable struct {
	Item
	DaysLeft int
}

func (p Perishable) Label() string {
	return fmt.Sprintf("%s (expires in %d days)", p.Item.Label(), p.DaysLeft)
}

type Stocked interface {
	Label() string
	Value() float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrUnknownSKU = errors.New("unknown SKU")

type StockError struct {
	SKU       string
	Have, Req int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, requested %d", e.SKU, e.Have, e.Req)
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Qty += it.Qty
	} else {
		copyIt := it
		inv.items[it.SKU] = &copyIt
	}
	inv.log = append(inv.log, fmt.Sprintf("+%d %s", it.Qty, it.SKU))
}

func (inv *Inventory) Sell(sku string, qty int) (float64, error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("sell %s: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < qty {
		return 0, StockError{sku, it.Qty, qty}
	}
	it.Qty -= qty
	inv.log = append(inv.log, fmt.Sprintf("-%d %s", qty, sku))
	return float64(qty) * it.Price, nil
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	total := 0.0
	for _, k := range skus {
		it := inv.items[k]
		flag := ""
		if it.Qty < 5 {
			flag = " LOW"
		}
		fmt.Printf("%-6s %-12s %4d x %6.2f = %8.2f%s\n", it.SKU, it.Name, it.Qty, it.Price, it.Value(), flag)
		total += it.Value()
	}
	fmt.Printf("%s\n%-33s %8.2f\n", strings.Repeat("=", 42), "TOTAL", total)
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A100", "Widget", 2.50, 40})
	inv.Add(Item{"B200", "Gadget", 12.99, 6})
	inv.Add(Item{"C300", "Doohickey", 0.75, 100})
	inv.Add(Item{"A100", "Widget", 2.50, 10})

	revenue := 0.0
	orders := []struct {
		sku string
		qty int
	}{{"A100", 15}, {"B200", 3}, {"Z999", 1}, {"B200", 5}, {"C300", 99}}
	for _, o := range orders {
		amt, err := inv.Sell(o.sku, o.qty)
		var se StockError
		switch {
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("skip:", err)
		case errors.As(err, &se):
			fmt.Printf("partial? only %d left of %s\n", se.Have, se.SKU)
		case err != nil:
			fmt.Println("unexpected:", err)
		default:
			revenue += amt
			fmt.Printf("sold %d %s for %.2f\n", o.qty, o.sku, amt)
		}
	}
	fmt.Printf("revenue: %.2f\n", revenue)
	inv.Report()
	fmt.Println(strings.Join(inv.log, ", "))

	milk := Perishable{Item{"M1", "Milk", 1.29, 12}, 5}
	things := []Stocked{milk, *inv.items["B200"], milk.Item}
	for _, t := range things {
		fmt.Printf("%-40s %7.2f\n", t.Label(), t.Value())
	}
	fmt.Printf("%+v\n", milk)
}
