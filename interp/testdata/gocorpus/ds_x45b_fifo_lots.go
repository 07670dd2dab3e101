package main

import (
	"container/list"
	"errors"
	"fmt"
)

// Lot is a purchase of shares at a cost per share in cents.
type Lot struct {
	Date  string
	Qty   int
	Price int64
}

type Holding struct {
	Symbol string
	lots   *list.List
}

type Sale struct {
	Qty      int
	Proceeds int64
	Basis    int64
}

func (s Sale) Gain() int64 { return s.Proceeds - s.Basis }

func NewHolding(sym string) *Holding { return &Holding{sym, list.New()} }

func (h *Holding) Buy(date string, qty int, price int64) {
	h.lots.PushBack(&Lot{date, qty, price})
}

func (h *Holding) Shares() int {
	n := 0
	for e := h.lots.Front(); e != nil; e = e.Next() {
		n += e.Value.(*Lot).Qty
	}
	return n
}

func (h *Holding) Sell(qty int, price int64) (Sale, error) {
	if qty > h.Shares() {
		return Sale{}, errors.New("not enough shares")
	}
	s := Sale{Qty: qty, Proceeds: int64(qty) * price}
	for qty > 0 {
		e := h.lots.Front()
		lot := e.Value.(*Lot)
		take := min(qty, lot.Qty)
		s.Basis += int64(take) * lot.Price
		lot.Qty -= take
		qty -= take
		if lot.Qty == 0 {
			h.lots.Remove(e)
		}
	}
	return s, nil
}

func c(v int64) string {
	if v < 0 {
		return "-" + c(-v)
	}
	return fmt.Sprintf("%d.%02d", v/100, v%100)
}

func main() {
	h := NewHolding("ACME")
	h.Buy("2023-01-10", 100, 1520)
	h.Buy("2023-04-02", 50, 1805)
	h.Buy("2023-09-19", 75, 1340)
	fmt.Println("shares:", h.Shares())
	for _, tr := range []struct {
		qty   int
		price int64
	}{{80, 2000}, {60, 1500}, {100, 1700}, {10, 1000}} {
		s, err := h.Sell(tr.qty, tr.price)
		if err != nil {
			fmt.Printf("sell %d: %v\n", tr.qty, err)
			continue
		}
		fmt.Printf("sell %3d @ %s: proceeds %9s basis %9s gain %9s\n", tr.qty, c(tr.price), c(s.Proceeds), c(s.Basis), c(s.Gain()))
	}
	for e := h.lots.Front(); e != nil; e = e.Next() {
		fmt.Printf("remaining %+v\n", *e.Value.(*Lot))
	}
}
