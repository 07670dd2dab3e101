package main

import (
	"errors"
	"fmt"
	"strings"
)

type Inventory struct {
	stock    map[string]int
	reserved map[string]int
}

var ErrOutOfStock = errors.New("out of stock")

func (inv *Inventory) Reserve(sku string, n int) error {
	if inv.stock[sku]-inv.reserved[sku] < n {
		return fmt.Errorf("reserve %d×%s: %w", n, sku, ErrOutOfStock)
	}
	inv.reserved[sku] += n
	return nil
}

func (inv *Inventory) Release(sku string, n int) { inv.reserved[sku] -= n }

type Payments struct {
	balance map[string]int
	ledger  []string
}

type PaymentError struct {
	Account string
	Short   int
}

func (e *PaymentError) Error() string {
	return fmt.Sprintf("payment declined for %s: short by %d", e.Account, e.Short)
}

func (p *Payments) Charge(acct string, amount int) (string, error) {
	if p.balance[acct] < amount {
		return "", &PaymentError{acct, amount - p.balance[acct]}
	}
	p.balance[acct] -= amount
	id := fmt.Sprintf("tx%03d", len(p.ledger)+1)
	p.ledger = append(p.ledger, id+":"+acct)
	return id, nil
}

type Shipping struct{ blocked map[string]bool }

func (s *Shipping) Schedule(addr string) (string, error) {
	country := addr[strings.LastIndex(addr, ",")+1:]
	country = strings.TrimSpace(country)
	if s.blocked[country] {
		return "", fmt.Errorf("cannot ship to %s", country)
	}
	return "ship-" + strings.ToLower(country), nil
}

// Shop is the facade.
type Shop struct {
	inv   *Inventory
	pay   *Payments
	ship  *Shipping
	price map[string]int
}

type Line struct {
	SKU string
	Qty int
}

func (s *Shop) PlaceOrder(acct, addr string, lines ...Line) (receipt string, err error) {
	var undo []func()
	defer func() {
		if err != nil {
			for i := len(undo) - 1; i >= 0; i-- {
				undo[i]()
			}
			err = fmt.Errorf("order for %s failed: %w", acct, err)
		}
	}()
	total := 0
	for _, l := range lines {
		if err := s.inv.Reserve(l.SKU, l.Qty); err != nil {
			return "", err
		}
		undo = append(undo, func() { s.inv.Release(l.SKU, l.Qty) })
		total += s.price[l.SKU] * l.Qty
	}
	label, err := s.ship.Schedule(addr)
	if err != nil {
		return "", err
	}
	tx, err := s.pay.Charge(acct, total)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s %s total=%d", tx, label, total), nil
}

func main() {
	shop := &Shop{
		inv:   &Inventory{stock: map[string]int{"lamp": 3, "desk": 1}, reserved: map[string]int{}},
		pay:   &Payments{balance: map[string]int{"ann": 500, "ben": 80}},
		ship:  &Shipping{blocked: map[string]bool{"Atlantis": true}},
		price: map[string]int{"lamp": 40, "desk": 300},
	}
	orders := []struct {
		acct, addr string
		lines      []Line
	}{
		{"ann", "1 Main St, France", []Line{{"lamp", 2}, {"desk", 1}}},
		{"ben", "2 Side Rd, Spain", []Line{{"lamp", 1}, {"desk", 1}}},
		{"ben", "3 Deep Sea, Atlantis", []Line{{"lamp", 1}}},
		{"ben", "4 High St, Italy", []Line{{"lamp", 1}}},
		{"ben", "4 High St, Italy", []Line{{"lamp", 1}}},
	}
	for _, o := range orders {
		r, err := shop.PlaceOrder(o.acct, o.addr, o.lines...)
		var pe *PaymentError
		switch {
		case errors.As(err, &pe):
			fmt.Println("PAY  ", err, "| short", pe.Short)
		case errors.Is(err, ErrOutOfStock):
			fmt.Println("STOCK", err)
		case err != nil:
			fmt.Println("ERR  ", err)
		default:
			fmt.Println("OK   ", r)
		}
	}
	fmt.Println(shop.inv.reserved, shop.pay.balance, shop.pay.ledger)
}
