package main

import (
	"errors"
	"fmt"
	"strings"
)

type PaymentMethod interface {
	Charge(amount int) (string, error)
	Name() string
}

type base struct {
	id      string
	charged int
}

func (b *base) record(n int) { b.charged += n }

type Card struct {
	base
	Last4 string
	Limit int
}

func (c *Card) Name() string { return "card ****" + c.Last4 }
func (c *Card) Charge(amount int) (string, error) {
	if c.charged+amount > c.Limit {
		return "", fmt.Errorf("%s: limit %d exceeded", c.Name(), c.Limit)
	}
	c.record(amount)
	return fmt.Sprintf("tx-%s-%d", c.id, c.charged), nil
}

type Wallet struct {
	base
	Balance int
}

var ErrInsufficient = errors.New("insufficient funds")

func (w *Wallet) Name() string { return "wallet " + w.id }
func (w *Wallet) Charge(amount int) (string, error) {
	if amount > w.Balance {
		return "", ErrInsufficient
	}
	w.Balance -= amount
	w.record(amount)
	return "w-" + strings.ToLower(w.id), nil
}

type Refunder interface {
	Refund(amount int)
}

func (w *Wallet) Refund(amount int) { w.Balance += amount; w.charged -= amount }

func pay(methods []PaymentMethod, amount int) (string, error) {
	var errs []error
	for _, m := range methods {
		tx, err := m.Charge(amount)
		if err == nil {
			return tx, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", m.Name(), err))
	}
	return "", errors.Join(errs...)
}

func main() {
	card := &Card{base: base{id: "C1"}, Last4: "4242", Limit: 100}
	wallet := &Wallet{base: base{id: "W9"}, Balance: 60}
	methods := []PaymentMethod{card, wallet}
	for _, amt := range []int{40, 50, 30, 70} {
		tx, err := pay(methods, amt)
		if err != nil {
			fmt.Printf("pay %d failed:\n%v\n", amt, err)
			fmt.Println("insufficient?", errors.Is(err, ErrInsufficient))
			continue
		}
		fmt.Printf("pay %d ok %s\n", amt, tx)
	}
	for _, m := range methods {
		if r, ok := m.(Refunder); ok {
			r.Refund(10)
			fmt.Printf("refunded via %T\n", m)
		}
		switch v := m.(type) {
		case *Card:
			fmt.Printf("%s charged=%d %+v\n", v.Name(), v.charged, v.base)
		case *Wallet:
			fmt.Printf("%s balance=%d charged=%d\n", v.Name(), v.Balance, v.charged)
		}
	}
}
