package main

import (
	"errors"
	"fmt"
	"sort"
)

type Coin int

const (
	Nickel  Coin = 5
	Dime    Coin = 10
	Quarter Coin = 25
	Dollar  Coin = 100
)

type state interface {
	insert(m *Vending, c Coin) (state, error)
	choose(m *Vending, slot string) (state, error)
	name() string
}

type idle struct{}
type hasMoney struct{}
type outOfOrder struct{ reason string }

var ErrNoStock = errors.New("sold out")

type Vending struct {
	credit int
	stock  map[string]int
	prices map[string]int
	cur    state
	sales  []string
}

func (idle) name() string { return "idle" }
func (idle) insert(m *Vending, c Coin) (state, error) {
	m.credit += int(c)
	return hasMoney{}, nil
}
func (idle) choose(*Vending, string) (state, error) {
	return idle{}, errors.New("insert coins first")
}

func (hasMoney) name() string { return "has-money" }
func (hasMoney) insert(m *Vending, c Coin) (state, error) {
	m.credit += int(c)
	return hasMoney{}, nil
}
func (hasMoney) choose(m *Vending, slot string) (state, error) {
	price, ok := m.prices[slot]
	if !ok {
		return hasMoney{}, fmt.Errorf("unknown slot %q", slot)
	}
	if m.stock[slot] == 0 {
		return hasMoney{}, fmt.Errorf("%s: %w", slot, ErrNoStock)
	}
	if m.credit < price {
		return hasMoney{}, fmt.Errorf("need %d more cents", price-m.credit)
	}
	m.stock[slot]--
	m.credit -= price
	m.sales = append(m.sales, slot)
	change := m.credit
	m.credit = 0
	fmt.Printf("  vend %s, change %v\n", slot, makeChange(change))
	total := 0
	for _, n := range m.stock {
		total += n
	}
	if total == 0 {
		return outOfOrder{"empty"}, nil
	}
	return idle{}, nil
}

func (o outOfOrder) name() string { return "out-of-order(" + o.reason + ")" }
func (o outOfOrder) insert(m *Vending, c Coin) (state, error) {
	return o, fmt.Errorf("returning %d: machine %s", c, o.reason)
}
func (o outOfOrder) choose(*Vending, string) (state, error) { return o, errors.New("out of order") }

func makeChange(cents int) map[Coin]int {
	out := map[Coin]int{}
	for _, c := range []Coin{Quarter, Dime, Nickel} {
		for cents >= int(c) {
			out[c]++
			cents -= int(c)
		}
	}
	return out
}

func main() {
	m := &Vending{
		stock:  map[string]int{"A1": 1, "B2": 1},
		prices: map[string]int{"A1": 65, "B2": 120},
		cur:    idle{},
	}
	type op struct {
		coin Coin
		slot string
	}
	ops := []op{{slot: "A1"}, {coin: Quarter}, {coin: Quarter}, {slot: "A1"}, {coin: Dollar}, {slot: "Z9"}, {slot: "A1"},
		{coin: Quarter}, {slot: "A1"}, {slot: "B2"}, {coin: Dime}, {slot: "B2"}}
	for _, o := range ops {
		var err error
		prev := m.cur.name()
		if o.coin != 0 {
			m.cur, err = m.cur.insert(m, o.coin)
		} else {
			m.cur, err = m.cur.choose(m, o.slot)
		}
		fmt.Printf("%-10s %+v -> %s credit=%d err=%v\n", prev, o, m.cur.name(), m.credit, err)
	}
	sort.Strings(m.sales)
	fmt.Println("sales:", m.sales, "stock:", m.stock)
}
