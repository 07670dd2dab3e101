package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Event struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Click struct {
	X, Y int
}

type Purchase struct {
	SKU   string  `json:"sku"`
	Price float64 `json:"price"`
	Qty   int     `json:"qty,string"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Order struct {
	Base
	Items []Purchase `json:"items"`
	Note  *string    `json:"note"`
}

const stream = `{"type":"click","payload":{"X":10,"Y":20}}
{"type":"purchase","payload":{"sku":"A-1","price":9.99,"qty":"3"}}
{"type":"unknown","payload":null}
{"type":"purchase","payload":{"sku":"B-2","price":1.5,"qty":"2"}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	revenue := 0.0
	typeCount := map[string]int{}
	for {
		var ev Event
		err := dec.Decode(&ev)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		typeCount[ev.Type]++
		switch ev.Type {
		case "click":
			var c Click
			json.Unmarshal(ev.Payload, &c)
			fmt.Printf("click %+v\n", c)
		case "purchase":
			var p Purchase
			if err := json.Unmarshal(ev.Payload, &p); err != nil {
				fmt.Println(err)
				continue
			}
			revenue += p.Price * float64(p.Qty)
			fmt.Printf("purchase %+v\n", p)
		default:
			fmt.Println("skip", ev.Type, string(ev.Payload))
		}
	}
	fmt.Printf("revenue %.2f %v\n", revenue, typeCount)

	note := "leave at door"
	o := Order{Base{7, "2024-05-01"}, []Purchase{{"A-1", 2, 1}}, &note}
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	var o2 Order
	json.Unmarshal([]byte(`{"id":8,"items":[],"note":null}`), &o2)
	fmt.Println(o2.ID, o2.Items != nil, len(o2.Items), o2.Note == nil)
	var generic []map[string]any
	json.Unmarshal([]byte(`[{"b":2,"a":[1,"x",true,null]},{"c":{"d":1.5}}]`), &generic)
	for _, m := range generic {
		keys := make([]string, 0)
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s:%v(%T) ", k, m[k], m[k])
		}
	}
	fmt.Println()
	bs, err := json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(bs, err)
}
