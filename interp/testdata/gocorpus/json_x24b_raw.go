package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Login struct {
	User string `json:"user"`
	OK   bool   `json:"ok"`
}

type Move struct {
	X, Y int
	Dir  string `json:"dir,omitempty"`
}

type Event interface{ Describe() string }

func (l Login) Describe() string { return fmt.Sprintf("login %s ok=%t", l.User, l.OK) }
func (m Move) Describe() string  { return fmt.Sprintf("move to %d,%d %s", m.X, m.Y, m.Dir) }

func decode(data string) (Event, error) {
	var env Envelope
	if err := json.Unmarshal([]byte(data), &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	switch env.Type {
	case "login":
		var l Login
		err := json.Unmarshal(env.Payload, &l)
		return l, err
	case "move":
		var m Move
		err := json.Unmarshal(env.Payload, &m)
		return &m, err
	}
	return nil, fmt.Errorf("unknown type %q", env.Type)
}

type Inner struct {
	A int `json:"a"`
}
type Outer struct {
	Inner
	B  int   `json:"b"`
	P  *int  `json:"p"`
	Up Inner `json:"up"`
}

func main() {
	msgs := []string{
		`{"type":"login","payload":{"user":"kim","ok":true}}`,
		`{"type":"move","payload":{"X":3,"y":-2,"dir":"N","extra":1}}`,
		`{"type":"jump","payload":{}}`,
		`{"type":"login","payload":{"user":5}}`,
		`{"type":`,
	}
	for _, m := range msgs {
		ev, err := decode(m)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%T: %s\n", ev, ev.Describe())
	}
	out, _ := json.Marshal(Envelope{"move", json.RawMessage(`{"X":1}`)})
	fmt.Println(string(out))
	seven := 7
	o := Outer{Inner{1}, 2, &seven, Inner{3}}
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	var o2 Outer
	json.Unmarshal([]byte(`{"a":10,"b":20,"p":null,"up":{"a":30}}`), &o2)
	fmt.Printf("%+v %v\n", o2.Inner, o2.P == nil)
	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890} {"n": 1.5}`))
	dec.UseNumber()
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			fmt.Println(err)
			break
		}
		n := m["n"].(json.Number)
		_, ierr := n.Int64()
		f, _ := n.Float64()
		fmt.Println(n.String(), ierr != nil, f)
	}
	var anyv any
	json.Unmarshal([]byte(`[{"k":2},{"k":1}]`), &anyv)
	list := anyv.([]any)
	sort.Slice(list, func(i, j int) bool {
		return list[i].(map[string]any)["k"].(float64) < list[j].(map[string]any)["k"].(float64)
	})
	b, _ = json.Marshal(list)
	fmt.Println(string(b))
	b, err := json.Marshal(map[string]any{"ch": make(chan int)})
	fmt.Println(b == nil, err)
	b, _ = json.MarshalIndent(map[int]string{10: "ten", 2: "two"}, ">", "\t")
	fmt.Println(string(b))
}
