package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event interface{ apply(*Cart) }

type ItemAdded struct {
	SKU   string
	Qty   int
	Price int
}
type ItemRemoved struct{ SKU string }
type CouponApplied struct{ Percent int }
type CheckedOut struct{}

type line struct{ qty, price int }

type Cart struct {
	Lines    map[string]line
	Discount int
	Done     bool
	Version  int
}

func (e ItemAdded) apply(c *Cart) {
	l := c.Lines[e.SKU]
	l.qty += e.Qty
	l.price = e.Price
	c.Lines[e.SKU] = l
}
func (e ItemRemoved) apply(c *Cart)   { delete(c.Lines, e.SKU) }
func (e CouponApplied) apply(c *Cart) { c.Discount = e.Percent }
func (CheckedOut) apply(c *Cart)      { c.Done = true }

var ErrCheckedOut = errors.New("cart already checked out")

type Store struct{ events []Event }

func (s *Store) Append(e Event) error {
	c := s.Replay(len(s.events))
	if c.Done {
		return fmt.Errorf("append %T: %w", e, ErrCheckedOut)
	}
	if r, ok := e.(ItemRemoved); ok {
		if _, exists := c.Lines[r.SKU]; !exists {
			return fmt.Errorf("remove %s: not in cart", r.SKU)
		}
	}
	s.events = append(s.events, e)
	return nil
}

func (s *Store) Replay(upto int) *Cart {
	c := &Cart{Lines: map[string]line{}}
	for _, e := range s.events[:upto] {
		e.apply(c)
		c.Version++
	}
	return c
}

func (c *Cart) Total() int {
	t := 0
	for _, l := range c.Lines {
		t += l.qty * l.price
	}
	return t * (100 - c.Discount) / 100
}

func main() {
	var s Store
	evs := []Event{
		ItemAdded{"book", 2, 1500}, ItemAdded{"pen", 10, 120}, ItemAdded{"book", 1, 1400},
		ItemRemoved{"mug"}, CouponApplied{10}, ItemRemoved{"pen"}, CheckedOut{}, ItemAdded{"late", 1, 1},
	}
	for _, e := range evs {
		if err := s.Append(e); err != nil {
			fmt.Println("rejected:", err, errors.Is(err, ErrCheckedOut))
		}
	}
	for v := 0; v <= len(s.events); v++ {
		c := s.Replay(v)
		fmt.Printf("v%d total=%d lines=%v done=%t\n", c.Version, c.Total(), c.Lines, c.Done)
	}
	var kinds []string
	for _, e := range s.events {
		kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", e), "main."))
	}
	fmt.Println(strings.Join(kinds, ","))
	fmt.Printf("%+v\n", s.events[0])
}
