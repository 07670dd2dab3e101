package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Type string          `json:"type"`
	At   int64           `json:"at,string"`
	Data json.RawMessage `json:"data"`
}

type AddToCart struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type Checkout struct {
	OrderID string   `json:"order_id"`
	Total   float64  `json:"total"`
	Coupons []string `json:"coupons"`
}

type Refund struct {
	OrderID string `json:"order_id"`
	Reason  string `json:"reason,omitempty"`
}

func decodeEvent(e Event) (any, error) {
	var v any
	switch e.Type {
	case "add":
		v = &AddToCart{}
	case "checkout":
		v = &Checkout{}
	case "refund":
		v = &Refund{}
	default:
		return nil, fmt.Errorf("unknown event type %q", e.Type)
	}
	if err := json.Unmarshal(e.Data, v); err != nil {
		return nil, fmt.Errorf("%s payload: %w", e.Type, err)
	}
	return v, nil
}

const stream = `
{"type":"add","at":"1700000001","data":{"sku":"TSHIRT","qty":2}}
{"type":"add","at":"1700000005","data":{"sku":"CAP","qty":"one"}}
{"type":"checkout","at":"1700000010","data":{"order_id":"O-1","total":39.5,"coupons":["WELCOME"]}}
{"type":"wishlist","at":"1700000011","data":{}}
{"type":"refund","at":"1700000020","data":{"order_id":"O-1"}}
{"type":"add","at":"17000000
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	cart := map[string]int{}
	var orders []string
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("stream error:", err)
			break
		}
		v, err := decodeEvent(e)
		if err != nil {
			var ute *json.UnmarshalTypeError
			if errors.As(err, &ute) {
				fmt.Printf("t=%d bad field %s (%s into %v)\n", e.At, ute.Field, ute.Value, ute.Type)
			} else {
				fmt.Printf("t=%d skipped: %v\n", e.At, err)
			}
			continue
		}
		switch ev := v.(type) {
		case *AddToCart:
			cart[ev.SKU] += ev.Qty
			fmt.Printf("t=%d add %+v\n", e.At, *ev)
		case *Checkout:
			orders = append(orders, ev.OrderID)
			fmt.Printf("t=%d checkout %s total=%.2f coupons=%q\n", e.At, ev.OrderID, ev.Total, ev.Coupons)
		case *Refund:
			fmt.Printf("t=%d refund %#v\n", e.At, *ev)
		}
	}
	fmt.Println("cart:", cart, "orders:", orders)
	summary := struct {
		Cart   map[string]int `json:"cart"`
		Orders []string       `json:"orders"`
		Empty  []int          `json:"empty"`
		Nil    []int          `json:"nil_slice"`
		Note   *string        `json:"note"`
		HTML   string         `json:"html"`
	}{cart, orders, []int{}, nil, nil, "<b>&</b>"}
	b, _ := json.Marshal(summary)
	fmt.Println(string(b))
	ev, _ := json.Marshal(Event{Type: "ping", At: 5, Data: json.RawMessage(`{"ok":true}`)})
	fmt.Println(string(ev))
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,2.5,"x",null,true],"b":{"c":1e3}}`), &anyv)
	fmt.Printf("%v\n", anyv)
}
