package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type PaymentMethod interface {
	Pay(amount float64) (string, error)
}

type Refunder interface {
	Refund(txID string) error
}

type CreditCard struct {
	Number string
	Limit  float64
	spent  float64
	txs    map[string]float64
}

func (c *CreditCard) Pay(amount float64) (string, error) {
	if c.spent+amount > c.Limit {
		return "", fmt.Errorf("card ending %s: limit %.2f exceeded", c.Number[len(c.Number)-4:], c.Limit)
	}
	c.spent += amount
	id := fmt.Sprintf("CC-%03d", len(c.txs)+1)
	if c.txs == nil {
		c.txs = map[string]float64{}
	}
	c.txs[id] = amount
	return id, nil
}

func (c *CreditCard) Refund(id string) error {
	amt, ok := c.txs[id]
	if !ok {
		return fmt.Errorf("unknown transaction %s", id)
	}
	c.spent -= amt
	delete(c.txs, id)
	return nil
}

type Cash struct{ Wallet float64 }

func (c *Cash) Pay(amount float64) (string, error) {
	if amount > c.Wallet {
		return "", errors.New("not enough cash")
	}
	c.Wallet -= amount
	return "CASH", nil
}

type GiftCard struct {
	Code    string
	Balance float64
}

func (g GiftCard) Pay(amount float64) (string, error) {
	g.Balance -= amount // value receiver: change is lost
	return "GIFT-" + g.Code, nil
}

func checkout(total float64, methods ...PaymentMethod) (paid []string, err error) {
	for _, m := range methods {
		id, err := m.Pay(total)
		if err == nil {
			return append(paid, id), nil
		}
		paid = append(paid, "failed:"+strings.SplitN(err.Error(), ":", 2)[0])
	}
	return paid, fmt.Errorf("all %d methods failed for %.2f", len(methods), total)
}

func main() {
	card := &CreditCard{Number: "4111111111111234", Limit: 100}
	cash := &Cash{Wallet: 30}
	gift := GiftCard{"XMAS", 10}

	for _, total := range []float64{25, 60, 20, 40, 500} {
		ids, err := checkout(total, card, cash, gift)
		fmt.Printf("%6.2f -> %v err=%v\n", total, ids, err)
	}
	fmt.Printf("card spent %.2f, cash left %.2f, gift %.2f\n", card.spent, cash.Wallet, gift.Balance)

	var refundable []Refunder
	for _, m := range []PaymentMethod{card, cash, gift} {
		if r, ok := m.(Refunder); ok {
			refundable = append(refundable, r)
		}
	}
	fmt.Println("refundable methods:", len(refundable))
	txs := make([]string, 0, len(card.txs))
	for id := range card.txs {
		txs = append(txs, id)
	}
	sort.Strings(txs)
	fmt.Println(txs)
	fmt.Println(refundable[0].Refund(txs[0]), refundable[0].Refund("CC-999"))
	fmt.Printf("spent now %.2f %v\n", card.spent, card.txs)
	var pm PaymentMethod
	fmt.Println(pm == nil)
	pm = gift
	fmt.Printf("%T %v %+v\n", pm, pm, pm)
}
