package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
}

type Circle struct {
	R float64 `json:"r"`
}

type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func decodeShape(e envelope) (Shape, error) {
	switch e.Type {
	case "circle":
		var c Circle
		err := json.Unmarshal(e.Data, &c)
		return c, err
	case "rect":
		var r Rect
		err := json.Unmarshal(e.Data, &r)
		return r, err
	}
	return nil, fmt.Errorf("unknown shape %q", e.Type)
}

const stream = `
{"type": "circle", "data": {"r": 1}}
{"type": "rect", "data": {"w": 2, "h": 3.5}}
{"type": "hexagon", "data": {}}
{"type": "rect", "data": {"w": "wide"}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	var total float64
	for {
		var e envelope
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		s, err := decodeShape(e)
		if err != nil {
			var ute *json.UnmarshalTypeError
			if errors.As(err, &ute) {
				fmt.Printf("type error: field %s wants %v, got %s\n", ute.Field, ute.Type, ute.Value)
				continue
			}
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("%T %+v area=%.3f\n", s, s, s.Area())
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	// Token-level streaming over an array.
	tdec := json.NewDecoder(strings.NewReader(`{"names": ["ann", "bob", "cy"], "n": 3}`))
	for {
		tok, err := tdec.Token()
		if err == io.EOF {
			break
		}
		fmt.Printf("%T:%v ", tok, tok)
	}
	fmt.Println()

	shapes := []envelope{}
	for _, s := range []Shape{Circle{2}, Rect{1, 1}} {
		data, _ := json.Marshal(s)
		kind := "rect"
		if _, ok := s.(Circle); ok {
			kind = "circle"
		}
		shapes = append(shapes, envelope{kind, data})
	}
	out, _ := json.Marshal(shapes)
	fmt.Println(string(out))

	var anyVal any
	json.Unmarshal([]byte(`[1, "two", true, null, {"k": [2.5]}]`), &anyVal)
	for _, v := range anyVal.([]any) {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	var n json.Number
	d := json.NewDecoder(strings.NewReader(`12345678901234567890`))
	d.UseNumber()
	var x any
	d.Decode(&x)
	n = x.(json.Number)
	fmt.Println(n, n.String())
}
