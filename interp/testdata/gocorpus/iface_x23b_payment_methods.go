package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Payer interface {
	Pay(amount int64) (string, error)
	Name() string
}

var ErrInsufficient = errors.New("insufficient funds")

type base struct{ id string }

func (b base) Name() string { return b.id }

type Card struct {
	base
	Limit int64
	used  int64
}

func (c *Card) Pay(a int64) (string, error) {
	if c.used+a > c.Limit {
		return "", fmt.Errorf("card %s: %w (limit %d)", c.id, ErrInsufficient, c.Limit)
	}
	c.used += a
	return fmt.Sprintf("card-%s-%d", c.id, c.used), nil
}

type Wallet struct {
	base
	Balance int64
}

func (w *Wallet) Pay(a int64) (string, error) {
	if a > w.Balance {
		return "", ErrInsufficient
	}
	w.Balance -= a
	return "wallet:" + strings.ToLower(w.id), nil
}

func (w *Wallet) String() string { return fmt.Sprintf("Wallet(%s, %d)", w.id, w.Balance) }

type Chain []Payer

func (c Chain) Pay(a int64) (string, error) {
	var errs []error
	for _, p := range c {
		ref, err := p.Pay(a)
		if err == nil {
			return p.Name() + "/" + ref, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

func (c Chain) Name() string {
	names := make([]string, len(c))
	for i, p := range c {
		names[i] = p.Name()
	}
	sort.Strings(names)
	return strings.Join(names, "+")
}

func main() {
	w := &Wallet{base{"W1"}, 3000}
	card := &Card{base: base{"C9"}, Limit: 5000}
	var p Payer = Chain{w, card}
	fmt.Println("payer:", p.Name())
	for _, amt := range []int64{2000, 2000, 2500, 1000, 900} {
		ref, err := p.Pay(amt)
		switch {
		case errors.Is(err, ErrInsufficient):
			fmt.Printf("%5d declined: %v\n", amt, strings.ReplaceAll(err.Error(), "\n", " | "))
		case err != nil:
			fmt.Println("other", err)
		default:
			fmt.Printf("%5d ok %s\n", amt, ref)
		}
	}
	fmt.Println(w, card.used)
	if s, ok := p.(fmt.Stringer); ok {
		fmt.Println("chain stringer", s)
	} else {
		fmt.Println("chain not stringer")
	}
}
