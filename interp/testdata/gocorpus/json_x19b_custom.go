package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var colorNames = map[Color]string{Red: "red", Green: "green", Blue: "blue"}

func (c Color) MarshalText() ([]byte, error) {
	if n, ok := colorNames[c]; ok {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("bad color %d", int(c))
}

func (c *Color) UnmarshalText(b []byte) error {
	for k, v := range colorNames {
		if v == string(b) {
			*c = k
			return nil
		}
	}
	return fmt.Errorf("unknown color %q", b)
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Widget struct {
	Base
	Name    string          `json:"name"`
	Color   Color           `json:"color"`
	Counts  map[Color]int   `json:"counts"`
	Price   float64         `json:"price,string"`
	Opt     *int            `json:"opt"`
	Zero    struct{ A int } `json:"zero,omitzero"`
	Private string          `json:"-"`
	Dash    string          `json:"-,"`
}

func main() {
	w := Widget{Base: Base{1, "today"}, Name: "gizmo", Color: Blue,
		Counts: map[Color]int{Green: 2, Red: 1}, Price: 9.5, Dash: "d"}
	b, err := json.Marshal(w)
	fmt.Println(string(b), err)

	var back Widget
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v\n", back, err)

	err = json.Unmarshal([]byte(`{"color":"purple"}`), &back)
	fmt.Println("err:", err)

	_, err = json.Marshal(Widget{Color: 7})
	fmt.Println("marshal err:", err != nil, strings.Contains(fmt.Sprint(err), "bad color"))

	var generic map[string]json.RawMessage
	_ = json.Unmarshal(b, &generic)
	fmt.Println(len(generic), string(generic["counts"]), string(generic["price"]))

	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3]`))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
	dec2 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec2.UseNumber()
	var nm map[string]any
	_ = dec2.Decode(&nm)
	fmt.Printf("%v %T\n", nm["n"], nm["n"])
	ib, _ := json.MarshalIndent([]Color{Red, Blue}, ">", "\t")
	fmt.Println(string(ib))
}
