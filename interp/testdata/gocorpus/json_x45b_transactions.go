package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Cents int64

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(fmt.Sprintf("%d.%02d", c/100, c%100))), nil
}

func (c *Cents) UnmarshalJSON(b []byte) error {
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return err
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("cents: %w", err)
	}
	*c = Cents(f*100 + 0.5)
	return nil
}

type Txn struct {
	ID       string            `json:"id"`
	Amount   Cents             `json:"amount"`
	Currency string            `json:"currency"`
	Type     string            `json:"type"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Reversed bool              `json:"-"`
}

type Batch struct {
	Account string `json:"account"`
	Txns    []Txn  `json:"transactions"`
}

const input = `{
  "account": "ACC-991",
  "transactions": [
    {"id": "t1", "amount": "125.50", "currency": "USD", "type": "credit", "tags": ["salary"]},
    {"id": "t2", "amount": "19.99", "currency": "USD", "type": "debit", "meta": {"merchant": "BookShop", "mcc": "5942"}},
    {"id": "t3", "amount": "0.07", "currency": "USD", "type": "debit"},
    {"id": "t4", "amount": "1000.00", "currency": "USD", "type": "credit"}
  ]
}`

func main() {
	var b Batch
	if err := json.Unmarshal([]byte(input), &b); err != nil {
		fmt.Println("error:", err)
		return
	}
	var bal Cents
	for _, t := range b.Txns {
		switch t.Type {
		case "credit":
			bal += t.Amount
		case "debit":
			bal -= t.Amount
		}
		fmt.Printf("%-3s %-6s %8d %v\n", t.ID, t.Type, t.Amount, t.Meta)
	}
	fmt.Println("balance cents:", int64(bal))
	out, err := json.MarshalIndent(b.Txns[1], "", "  ")
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(out))
	summary := map[string]any{"account": b.Account, "balance": bal, "count": len(b.Txns)}
	s, _ := json.Marshal(summary)
	fmt.Println(string(s))
	var bad Txn
	err = json.Unmarshal([]byte(`{"id":"x","amount":"abc"}`), &bad)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"id":5}`), &bad)
	fmt.Println("bad2:", err)
}
