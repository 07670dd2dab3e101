package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var d, c int64
	if _, err := fmt.Sscanf(s, "%d.%02d", &d, &c); err != nil {
		return fmt.Errorf("money %q: %w", s, err)
	}
	*m = Money(d*100 + c)
	return nil
}

type Line struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price Money  `json:"price"`
	Note  string `json:"note,omitempty"`
}

type Customer struct {
	ID    int    `json:"id"`
	Email string `json:"email"`
}

type Order struct {
	ID       string    `json:"id"`
	Placed   time.Time `json:"placed"`
	Customer Customer  `json:"customer"`
	Lines    []Line    `json:"lines"`
	Tags     []string  `json:"tags,omitempty"`
	Internal string    `json:"-"`
}

func (o Order) Total() Money {
	var t Money
	for _, l := range o.Lines {
		t += l.Price * Money(l.Qty)
	}
	return t
}

func main() {
	o := Order{
		ID:       "ORD-7",
		Placed:   time.Date(2024, 3, 15, 9, 30, 0, 0, time.UTC),
		Customer: Customer{ID: 42, Email: "a@b.c"},
		Lines: []Line{
			{SKU: "X1", Qty: 2, Price: 1999},
			{SKU: "Y2", Qty: 1, Price: 505, Note: "gift"},
		},
		Internal: "secret",
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(o); err != nil {
		fmt.Println("err", err)
	}
	b, _ := json.Marshal(o)
	var back Order
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("err", err)
		return
	}
	fmt.Println(back.ID, back.Placed.Format(time.RFC1123), back.Customer.Email, back.Internal == "")
	fmt.Printf("total: %d\n", back.Total())
	var bad Order
	err := json.Unmarshal([]byte(`{"lines":[{"price":"abc"}]}`), &bad)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"lines":[{"price":12}]}`), &bad)
	fmt.Println("bad2:", err)
}
