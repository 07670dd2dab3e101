package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Processor interface {
	Name() string
	Charge(amount Money) (string, error)
}

type Refunder interface {
	Refund(txID string) error
}

type RefundingProcessor interface {
	Processor
	Refunder
}

type base struct {
	name   string
	fee    float64
	nextID int
	ledger map[string]Money
}

func (b *base) Name() string { return b.name }

func (b *base) record(amount Money) string {
	b.nextID++
	id := fmt.Sprintf("%s-%03d", strings.ToLower(b.name[:2]), b.nextID)
	if b.ledger == nil {
		b.ledger = map[string]Money{}
	}
	b.ledger[id] = amount
	return id
}

type CardProcessor struct {
	base
	limit Money
}

var ErrDeclined = errors.New("declined")

func (c *CardProcessor) Charge(a Money) (string, error) {
	if a > c.limit {
		return "", fmt.Errorf("%s: %v over limit %v: %w", c.name, a, c.limit, ErrDeclined)
	}
	total := a + Money(float64(a)*c.fee)
	return c.record(total), nil
}

func (c *CardProcessor) Refund(id string) error {
	amt, ok := c.ledger[id]
	if !ok {
		return fmt.Errorf("refund %s: unknown transaction", id)
	}
	delete(c.ledger, id)
	c.ledger[id+"-R"] = -amt
	return nil
}

type WalletProcessor struct {
	base
	balance Money
}

func (w *WalletProcessor) Charge(a Money) (string, error) {
	if a > w.balance {
		return "", ErrDeclined
	}
	w.balance -= a
	return w.record(a), nil
}

type Checkout struct {
	processors []Processor
	log        []string
}

func (c *Checkout) Pay(amount Money) (string, error) {
	var errs []error
	for _, p := range c.processors {
		id, err := p.Charge(amount)
		if err == nil {
			c.log = append(c.log, fmt.Sprintf("%v via %s (%s)", amount, p.Name(), id))
			return id, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

func main() {
	card := &CardProcessor{base{name: "VisaCard", fee: 0.029}, 50000}
	wallet := &WalletProcessor{base{name: "PayWallet"}, 12000}
	co := &Checkout{processors: []Processor{wallet, card}}
	for _, amt := range []Money{2500, 9999, 4000, 60000, 150} {
		id, err := co.Pay(amt)
		if err != nil {
			fmt.Printf("%v failed: %q declined=%t\n", amt, err, errors.Is(err, ErrDeclined))
			continue
		}
		fmt.Println(amt, "->", id)
	}
	for _, p := range co.processors {
		if r, ok := p.(RefundingProcessor); ok {
			fmt.Println(r.Name(), "can refund:", r.Refund("vi-001"), r.Refund("vi-009"))
		} else {
			fmt.Printf("%s (%T) cannot refund\n", p.Name(), p)
		}
	}
	fmt.Println(card.ledger)
	fmt.Println(wallet.ledger, wallet.balance)
	fmt.Println(strings.Join(co.log, "\n"))
	fmt.Println(Money(-1234), Money(5))
}
