package main

import (
	"errors"
	"fmt"
)

type PaymentGateway interface {
	Charge(account string, cents int64) (string, error)
}

type Notifier interface {
	Notify(to, msg string)
}

var ErrDeclined = errors.New("card declined")

type stubGateway struct {
	fail map[string]error
	n    int
}

func (s *stubGateway) Charge(account string, cents int64) (string, error) {
	if err := s.fail[account]; err != nil {
		return "", err
	}
	s.n++
	return fmt.Sprintf("tx-%03d", s.n), nil
}

type recordingNotifier struct {
	sent []string
}

func (r *recordingNotifier) Notify(to, msg string) {
	r.sent = append(r.sent, to+": "+msg)
}

type Checkout struct {
	gw PaymentGateway
	nt Notifier
}

func NewCheckout(gw PaymentGateway, nt Notifier) *Checkout {
	return &Checkout{gw: gw, nt: nt}
}

type Order struct {
	Account string
	Items   []int64
}

func (c *Checkout) Pay(o Order) (string, error) {
	var total int64
	for _, p := range o.Items {
		total += p
	}
	if total == 0 {
		return "", errors.New("empty order")
	}
	tx, err := c.gw.Charge(o.Account, total)
	if err != nil {
		c.nt.Notify(o.Account, "payment failed")
		return "", fmt.Errorf("checkout %s: %w", o.Account, err)
	}
	c.nt.Notify(o.Account, fmt.Sprintf("charged $%d.%02d (%s)", total/100, total%100, tx))
	return tx, nil
}

func main() {
	gw := &stubGateway{fail: map[string]error{"bob": ErrDeclined}}
	nt := &recordingNotifier{}
	co := NewCheckout(gw, nt)

	tests := []struct {
		order   Order
		wantTx  string
		wantErr error
	}{
		{Order{"alice", []int64{1999, 501}}, "tx-001", nil},
		{Order{"bob", []int64{100}}, "", ErrDeclined},
		{Order{"carol", nil}, "", nil},
		{Order{"dave", []int64{5}}, "tx-002", nil},
	}
	for _, tt := range tests {
		tx, err := co.Pay(tt.order)
		pass := tx == tt.wantTx
		if tt.wantErr != nil {
			pass = pass && errors.Is(err, tt.wantErr)
		}
		res := "PASS"
		if !pass {
			res = "FAIL"
		}
		fmt.Printf("%s %-6s tx=%q err=%v\n", res, tt.order.Account, tx, err)
	}
	for i, m := range nt.sent {
		fmt.Printf("%d. %s\n", i+1, m)
	}
	fmt.Printf("%T %T\n", co.gw, co.nt)
}
