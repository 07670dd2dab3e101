package main

import (
	"errors"
	"fmt"
	"strings"
)

type Lot struct {
	Received string
	Qty      int
	UnitCost float64
}

type Item struct {
	SKU  string
	Lots []Lot
}

var ErrShort = errors.New("insufficient stock")

func (it *Item) OnHand() (n int) {
	for _, l := range it.Lots {
		n += l.Qty
	}
	return
}

func (it *Item) Issue(qty int) (cost float64, used []string, err error) {
	if qty > it.OnHand() {
		return 0, nil, fmt.Errorf("%s: want %d, have %d: %w", it.SKU, qty, it.OnHand(), ErrShort)
	}
	for qty > 0 {
		lot := &it.Lots[0]
		take := min(lot.Qty, qty)
		cost += float64(take) * lot.UnitCost
		used = append(used, fmt.Sprintf("%d@%.2f(%s)", take, lot.UnitCost, lot.Received))
		lot.Qty -= take
		qty -= take
		if lot.Qty == 0 {
			it.Lots = it.Lots[1:]
		}
	}
	return cost, used, nil
}

func (it Item) Valuation() float64 {
	v := 0.0
	for _, l := range it.Lots {
		v += float64(l.Qty) * l.UnitCost
	}
	return v
}

func main() {
	stock := map[string]*Item{
		"paint": {"paint", []Lot{{"01-02", 10, 4.0}, {"01-15", 5, 4.5}, {"02-01", 20, 5.25}}},
		"brush": {"brush", []Lot{{"01-05", 8, 1.1}}},
	}
	orders := []struct {
		sku string
		qty int
	}{{"paint", 12}, {"brush", 3}, {"paint", 4}, {"brush", 9}, {"paint", 19}, {"paint", 1}}
	var cogs float64
	for i, o := range orders {
		it := stock[o.sku]
		c, used, err := it.Issue(o.qty)
		if err != nil {
			fmt.Printf("order %d: %v (short=%t)\n", i+1, err, errors.Is(err, ErrShort))
			continue
		}
		cogs += c
		fmt.Printf("order %d: %d %s cost %.2f [%s]\n", i+1, o.qty, o.sku, c, strings.Join(used, " "))
	}
	fmt.Printf("COGS %.2f\n", cogs)
	for _, k := range []string{"brush", "paint"} {
		it := stock[k]
		fmt.Printf("%s on hand %d valued %.2f lots %v\n", k, it.OnHand(), it.Valuation(), it.Lots)
	}
}
