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
	User    string          `json:"user,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

type Click struct {
	X, Y int
}
type Purchase struct {
	Item  string  `json:"item"`
	Price float64 `json:"price"`
}

const stream = `{"type":"click","user":"u1","payload":{"X":3,"Y":4}}
{"type":"purchase","user":"u2","payload":{"item":"book","price":12.5}}
{"type":"ping"}
{"type":"purchase","user":"u1","payload":{"item":"pen","price":1.25}}
{"type":"click","payload":{"X":"bad"}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	totals := map[string]float64{}
	for i := 0; ; i++ {
		var ev Event
		err := dec.Decode(&ev)
		if errors.Is(err, io.EOF) {
			fmt.Println("eof after", i)
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		switch ev.Type {
		case "click":
			var c Click
			if err := json.Unmarshal(ev.Payload, &c); err != nil {
				var ute *json.UnmarshalTypeError
				if errors.As(err, &ute) {
					fmt.Printf("click %d: bad field %s (%s into %v)\n", i, ute.Field, ute.Value, ute.Type)
				}
				continue
			}
			fmt.Printf("click %d by %s at %+v\n", i, ev.User, c)
		case "purchase":
			var p Purchase
			json.Unmarshal(ev.Payload, &p)
			totals[ev.User] += p.Price
			fmt.Printf("purchase %d %s %.2f\n", i, p.Item, p.Price)
		default:
			fmt.Printf("other %d %q payload=%v\n", i, ev.Type, ev.Payload == nil)
		}
	}
	fmt.Println(totals)

	tdec := json.NewDecoder(strings.NewReader(`{"a":[1,"two",{"b":null}],"c":true,"d":-0.5e3}`))
	depth := 0
	for {
		tok, err := tdec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '{' || t == '[' {
				fmt.Printf("%s%v\n", strings.Repeat("  ", depth), t)
				depth++
			} else {
				depth--
				fmt.Printf("%s%v\n", strings.Repeat("  ", depth), t)
			}
		default:
			fmt.Printf("%s%T %v more=%v\n", strings.Repeat("  ", depth), t, t, tdec.More())
		}
	}
	var syn *json.SyntaxError
	err := json.Unmarshal([]byte(`{"a":1,}`), &struct{}{})
	fmt.Println(errors.As(err, &syn), syn.Offset, err)
	fmt.Println(json.Valid([]byte(`[1,2]`)), json.Valid([]byte(`{`)))
}
