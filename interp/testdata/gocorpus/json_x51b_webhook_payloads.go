package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Envelope struct {
	Type string          `json:"type"`
	ID   string          `json:"id"`
	Data json.RawMessage `json:"data"`
}

type PaymentSucceeded struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Card     struct {
		Brand string `json:"brand"`
		Last4 string `json:"last4"`
	} `json:"card"`
}

type RefundIssued struct {
	Amount int64    `json:"amount"`
	Reason *string  `json:"reason"`
	Items  []string `json:"items,omitempty"`
}

type Handler func(json.RawMessage) (string, error)

func handle[T any](fn func(T) string) Handler {
	return func(raw json.RawMessage) (string, error) {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", fmt.Errorf("decode %T: %w", v, err)
		}
		return fn(v), nil
	}
}

const stream = `[
 {"type":"payment.succeeded","id":"evt_1","data":{"amount":2599,"currency":"eur","card":{"brand":"visa","last4":"4242"}}},
 {"type":"refund.issued","id":"evt_2","data":{"amount":500,"reason":null}},
 {"type":"refund.issued","id":"evt_3","data":{"amount":100,"reason":"damaged","items":["sku1","sku2"]}},
 {"type":"customer.deleted","id":"evt_4","data":{}},
 {"type":"payment.succeeded","id":"evt_5","data":{"amount":"12"}}
]`

func main() {
	handlers := map[string]Handler{
		"payment.succeeded": handle(func(p PaymentSucceeded) string {
			return fmt.Sprintf("paid %d.%02d %s with %s *%s", p.Amount/100, p.Amount%100, strings.ToUpper(p.Currency), p.Card.Brand, p.Card.Last4)
		}),
		"refund.issued": handle(func(r RefundIssued) string {
			reason := "<none>"
			if r.Reason != nil {
				reason = *r.Reason
			}
			return fmt.Sprintf("refund %d reason=%s items=%v", r.Amount, reason, r.Items)
		}),
	}
	var events []Envelope
	if err := json.Unmarshal([]byte(stream), &events); err != nil {
		panic(err)
	}
	unhandled := map[string]int{}
	for _, e := range events {
		h, ok := handlers[e.Type]
		if !ok {
			unhandled[e.Type]++
			continue
		}
		msg, err := h(e.Data)
		if err != nil {
			fmt.Printf("%s: error: %v\n", e.ID, err)
			continue
		}
		fmt.Printf("%s: %s\n", e.ID, msg)
	}
	types := make([]string, 0)
	for t := range unhandled {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Println("unhandled:", types)
	out, _ := json.Marshal(map[string]any{"ok": true, "count": len(events), "ids": []string{events[0].ID}, "nested": map[string]any{"z": nil, "a": 1.5}})
	fmt.Println(string(out))
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"x",true,null,{"b":2}]}`), &anyv)
	for _, el := range anyv.(map[string]any)["a"].([]any) {
		fmt.Printf("%T=%v ", el, el)
	}
	fmt.Println()
}
