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
	Payload json.RawMessage `json:"payload"`
}

type Login struct {
	User string `json:"user"`
	OK   bool   `json:"ok"`
}

type Purchase struct {
	Item  string  `json:"item"`
	Price float64 `json:"price"`
	Qty   *int    `json:"qty,omitempty"`
}

const stream = `
{"type":"login","payload":{"user":"ann","ok":true}}
{"type":"purchase","payload":{"item":"book","price":12.5,"qty":2}}
{"type":"purchase","payload":{"item":"pen","price":1}}
{"type":"logout","payload":null}
{"type":"login","payload":{"user":"bob","ok":"yes"}}
`

func handle(e Event) (string, error) {
	switch e.Type {
	case "login":
		var l Login
		if err := json.Unmarshal(e.Payload, &l); err != nil {
			return "", fmt.Errorf("login: %w", err)
		}
		return fmt.Sprintf("%+v", l), nil
	case "purchase":
		var p Purchase
		if err := json.Unmarshal(e.Payload, &p); err != nil {
			return "", err
		}
		q := 1
		if p.Qty != nil {
			q = *p.Qty
		}
		return fmt.Sprintf("%s x%d = %.2f", p.Item, q, p.Price*float64(q)), nil
	}
	return "", fmt.Errorf("unknown event %q (payload %s)", e.Type, e.Payload)
}

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
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
		out, err := handle(e)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Println("type error field", ute.Field, "value", ute.Value)
		}
		fmt.Printf("%-8s %q %v\n", e.Type, out, err)
	}
	out, _ := json.MarshalIndent(map[string]any{"z": []int{1, 2}, "a": map[string]bool{"t": true}, "m": nil}, "", " ")
	fmt.Println(string(out))
	var anyv any
	json.Unmarshal([]byte(`[1, 2.5, "x", {"k": [true]}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.([]any)[0])
	d := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d.UseNumber()
	var mm map[string]any
	d.Decode(&mm)
	fmt.Printf("%v %T\n", mm["n"], mm["n"])
	b, err := json.Marshal(map[int]string{2: "b", 10: "x", 1: "a"})
	fmt.Println(string(b), err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	s, _ := json.Marshal("<tag> & \u2028")
	fmt.Println(string(s))
}
