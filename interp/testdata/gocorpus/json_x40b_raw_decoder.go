package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Click struct {
	X, Y int
}

type KeyPress struct {
	Key   string `json:"key"`
	Shift bool   `json:"shift,omitempty"`
}

type Meta struct {
	Version int `json:"v"`
}

type Doc struct {
	*Meta
	Title string  `json:"title"`
	Score float64 `json:"score"`
	Ptr   *int    `json:"ptr"`
}

const stream = `
{"type":"click","payload":{"X":10,"Y":20}}
{"type":"key","payload":{"key":"a","shift":true}}
{"type":"unknown","payload":[1,2,3]}
{"type":"click","payload":{"X":"bad"}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var env Envelope
		err := dec.Decode(&env)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		switch env.Type {
		case "click":
			var c Click
			if err := json.Unmarshal(env.Payload, &c); err != nil {
				fmt.Println("click error:", err)
				continue
			}
			fmt.Printf("click %+v\n", c)
		case "key":
			var k KeyPress
			json.Unmarshal(env.Payload, &k)
			fmt.Printf("key %+v\n", k)
		default:
			fmt.Printf("raw %s (%d bytes)\n", env.Payload, len(env.Payload))
		}
	}

	var d Doc
	json.Unmarshal([]byte(`{"v":3,"title":"T","score":1e2,"ptr":5}`), &d)
	fmt.Println(d.Version, d.Title, d.Score, *d.Ptr)
	out, _ := json.Marshal(Doc{Title: "x"})
	fmt.Println(string(out))

	// token streaming
	tdec := json.NewDecoder(strings.NewReader(`{"b":[1,true,null],"a":"s"}`))
	var toks []string
	for {
		t, err := tdec.Token()
		if err != nil {
			break
		}
		toks = append(toks, fmt.Sprintf("%T:%v", t, t))
	}
	fmt.Println(strings.Join(toks, " "))

	// UseNumber and DisallowUnknownFields
	nd := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	nd.UseNumber()
	var m map[string]any
	nd.Decode(&m)
	fmt.Printf("%T %v\n", m["n"], m["n"])
	sd := json.NewDecoder(strings.NewReader(`{"key":"q","extra":1}`))
	sd.DisallowUnknownFields()
	var kp KeyPress
	fmt.Println(sd.Decode(&kp))

	// map keys sorted on output, int keys become strings
	im := map[int]string{10: "ten", 2: "two", 33: "x"}
	ib, _ := json.Marshal(im)
	fmt.Println(string(ib))
	var back map[int]string
	json.Unmarshal(ib, &back)
	keys := make([]int, 0)
	for k := range back {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, json.Valid([]byte(`{"a":}`)))
}
