package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type SKU string

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Item struct {
	SKU   SKU
	Name  string
	Price Money
	Qty   int
}

type Audit struct{ log []string }

func (a *Audit) Record(format string, args ...any) {
	a.log = append(a.log, fmt.Sprintf(format, args...))
}

type Inventory struct {
	Audit
	items map[SKU]*Item
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[SKU]*Item)
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		inv.Record("restock %s +%d", it.SKU, it.Qty)
		return
	}
	inv.items[it.SKU] = &it
	inv.Record("new %s (%s)", it.SKU, it.Name)
}

func (inv *Inventory) Sell(s SKU, n int) (Money, error) {
	it, ok := inv.items[s]
	if !ok {
		return 0, fmt.Errorf("unknown sku %s", s)
	}
	if it.Qty < n {
		return 0, fmt.Errorf("only %d of %s left", it.Qty, it.Name)
	}
	it.Qty -= n
	inv.Record("sell %s x%d", s, n)
	return it.Price * Money(n), nil
}

func (inv *Inventory) Value() (total Money) {
	for _, it := range inv.items {
		total += it.Price * Money(it.Qty)
	}
	return
}

func (inv *Inventory) LowStock(threshold int) []SKU {
	var out []SKU
	for s, it := range inv.items {
		if it.Qty <= threshold {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

func parseLine(line string) (Item, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return Item{}, fmt.Errorf("bad line %q", line)
	}
	price, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return Item{}, err
	}
	qty, err := strconv.Atoi(f[3])
	if err != nil {
		return Item{}, fmt.Errorf("qty: %w", err)
	}
	return Item{SKU(f[0]), f[1], Money(price*100 + 0.5), qty}, nil
}

func main() {
	data := "A100,widget,2.50,40\nB200,gadget,19.99,5\nC300,doohickey,0.75,200\nA100,widget,2.50,10\nD400,gizmo,x,1\nE500,thing,1.00,many"
	var inv Inventory
	for _, line := range strings.Split(data, "\n") {
		it, err := parseLine(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		inv.Add(it)
	}
	fmt.Println("value:", inv.Value())
	for _, s := range []struct {
		sku SKU
		n   int
	}{{"B200", 3}, {"B200", 3}, {"Z999", 1}, {"C300", 199}} {
		m, err := inv.Sell(s.sku, s.n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("sold for", m)
	}
	fmt.Println("low:", inv.LowStock(2), "value:", inv.Value(), Money(-1234))
	fmt.Println(strings.Join(inv.log, "\n"))
}
