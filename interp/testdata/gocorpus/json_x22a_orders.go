package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Status string

const (
	Pending   Status = "pending"
	Paid      Status = "paid"
	Shipped   Status = "shipped"
	Delivered Status = "delivered"
	Cancelled Status = "cancelled"
)

var allowed = map[Status][]Status{
	Pending: {Paid, Cancelled},
	Paid:    {Shipped, Cancelled},
	Shipped: {Delivered},
}

type Line struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type Order struct {
	ID      int      `json:"id"`
	Status  Status   `json:"status"`
	Lines   []Line   `json:"lines"`
	History []Status `json:"history,omitempty"`
	Note    *string  `json:"note,omitempty"`
}

func (o *Order) Transition(to Status) error {
	for _, s := range allowed[o.Status] {
		if s == to {
			o.History = append(o.History, o.Status)
			o.Status = to
			return nil
		}
	}
	return fmt.Errorf("order %d: cannot go from %s to %s", o.ID, o.Status, to)
}

func main() {
	input := `[{"id":1,"status":"pending","lines":[{"sku":"a","qty":2}]},
	 {"id":2,"status":"paid","lines":[{"sku":"b","qty":1},{"sku":"c","qty":5}],"note":"gift"},
	 {"id":3,"status":"shipped","lines":[]}]`
	var orders []*Order
	if err := json.Unmarshal([]byte(input), &orders); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	steps := map[int][]Status{
		1: {Paid, Shipped, Delivered, Cancelled},
		2: {Cancelled, Paid},
		3: {Delivered},
	}
	for _, o := range orders {
		for _, s := range steps[o.ID] {
			if err := o.Transition(s); err != nil {
				fmt.Println(err)
			}
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(orders); err != nil {
		fmt.Println(err)
	}
	var bad Order
	err := json.Unmarshal([]byte(`{"id":"x"}`), &bad)
	fmt.Println("bad:", err)
	summary := map[Status]int{}
	for _, o := range orders {
		summary[o.Status]++
	}
	b, _ := json.Marshal(summary)
	fmt.Println(string(b), summary)
}
