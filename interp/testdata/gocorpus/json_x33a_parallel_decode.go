package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

type Order struct {
	ID       int      `json:"id"`
	Customer string   `json:"customer"`
	Items    []Item   `json:"items"`
	Tags     []string `json:"tags,omitempty"`
	Note     *string  `json:"note,omitempty"`
}

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

type parsed struct {
	line  int
	order Order
	err   error
}

func main() {
	input := `{"id":1,"customer":"ana","items":[{"sku":"pen","qty":3,"price":1.5}]}
{"id":2,"customer":"ben","items":[{"sku":"ink","qty":1,"price":7.25},{"sku":"pad","qty":2,"price":3}],"tags":["rush"]}
{"id":3,"customer":"cy","items":"oops"}
{"id":4,"customer":"di","items":[],"note":"gift wrap"}
not json at all`

	lines := strings.Split(input, "\n")
	out := make([]parsed, len(lines))
	var wg sync.WaitGroup
	for i, l := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var o Order
			err := json.Unmarshal([]byte(l), &o)
			out[i] = parsed{i + 1, o, err}
		}()
	}
	wg.Wait()

	var good []Order
	for _, p := range out {
		if p.err != nil {
			fmt.Printf("line %d: %v\n", p.line, p.err)
			continue
		}
		good = append(good, p.order)
		fmt.Printf("line %d: #%d %s total=%.2f\n", p.line, p.order.ID, p.order.Customer, p.order.Total())
	}

	summary := struct {
		Count  int            `json:"count"`
		Totals map[string]any `json:"totals"`
		Orders []Order        `json:"orders"`
	}{Count: len(good), Totals: map[string]any{}}
	for _, o := range good {
		summary.Totals[o.Customer] = o.Total()
	}
	summary.Orders = good[1:2]
	b, err := json.MarshalIndent(summary, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	last := good[2]
	note := *last.Note
	last.Note = nil
	fmt.Printf("%+v\n", last)
	fmt.Println(note)
}
