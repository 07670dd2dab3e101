package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Type    string          `json:"type"`
	ID      int             `json:"id"`
	Payload json.RawMessage `json:"payload"`
}

type Click struct {
	X, Y int
}

type Purchase struct {
	SKU   string  `json:"sku"`
	Total float64 `json:"total"`
}

func decodePayload(e Event) (any, error) {
	switch e.Type {
	case "click":
		var c Click
		err := json.Unmarshal(e.Payload, &c)
		return c, err
	case "purchase":
		var p Purchase
		err := json.Unmarshal(e.Payload, &p)
		return p, err
	}
	return nil, fmt.Errorf("event %d: unknown type %q", e.ID, e.Type)
}

const stream = `
{"type":"click","id":1,"payload":{"X":10,"Y":20}}
{"type":"purchase","id":2,"payload":{"sku":"A1","total":19.5}}
{"type":"scroll","id":3,"payload":null}
{"type":"click","id":4,"payload":{"X":"oops"}}
{"type":"purchase","id":5,"payload":{"sku":"B2","total":5}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	revenue := 0.0
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		v, err := decodePayload(e)
		if err != nil {
			fmt.Printf("#%d error: %v\n", e.ID, err)
			continue
		}
		switch p := v.(type) {
		case Click:
			fmt.Printf("#%d click at (%d,%d)\n", e.ID, p.X, p.Y)
		case Purchase:
			revenue += p.Total
			fmt.Printf("#%d purchase %s %.2f\n", e.ID, p.SKU, p.Total)
		}
	}
	fmt.Printf("revenue %.2f\n", revenue)
	tok := json.NewDecoder(strings.NewReader(`{"a":[1,"two",true,null,{"b":2.5}]}`))
	depth := 0
	for {
		t, err := tok.Token()
		if err != nil {
			break
		}
		if d, ok := t.(json.Delim); ok {
			if d == '}' || d == ']' {
				depth--
			}
			fmt.Printf("%s%v\n", strings.Repeat(" ", depth), d)
			if d == '{' || d == '[' {
				depth++
			}
			continue
		}
		fmt.Printf("%s%T %v\n", strings.Repeat(" ", depth), t, t)
	}
	var anyv any
	json.Unmarshal([]byte(`{"n": 12345678901234567890, "s": "x"}`), &anyv)
	fmt.Println(anyv)
	d2 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d2.UseNumber()
	var m map[string]any
	d2.Decode(&m)
	fmt.Printf("%v %T\n", m["n"], m["n"])
}
