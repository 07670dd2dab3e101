package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Kind() string
}

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W, H float64
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (Circle) Kind() string    { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (Rect) Kind() string      { return "rect" }

type Envelope struct {
	Shape Shape
}

func (e Envelope) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(e.Shape)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}{e.Shape.Kind(), data})
}

func (e *Envelope) UnmarshalJSON(b []byte) error {
	var raw struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	switch raw.Type {
	case "circle":
		var c Circle
		if err := json.Unmarshal(raw.Data, &c); err != nil {
			return err
		}
		e.Shape = c
	case "rect":
		var r Rect
		if err := json.Unmarshal(raw.Data, &r); err != nil {
			return err
		}
		e.Shape = r
	default:
		return fmt.Errorf("unknown shape type %q", raw.Type)
	}
	return nil
}

type Drawing struct {
	Title  string         `json:"title"`
	Shapes []Envelope     `json:"shapes"`
	Meta   map[string]any `json:"meta,omitempty"`
}

func main() {
	d := Drawing{Title: "demo", Shapes: []Envelope{{Circle{1}}, {Rect{2, 3}}, {Circle{0.5}}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)

	var back Drawing
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("err", err)
	}
	total := 0.0
	for _, s := range back.Shapes {
		fmt.Printf("%s %T %.3f\n", s.Shape.Kind(), s.Shape, s.Shape.Area())
		total += s.Shape.Area()
	}
	fmt.Printf("total %.4f\n", total)

	in := `{"title":"x","shapes":[{"type":"hex","data":{}}]}`
	fmt.Println(json.Unmarshal([]byte(in), &back))

	var generic map[string]any
	json.Unmarshal(b, &generic)
	shapes := generic["shapes"].([]any)
	first := shapes[0].(map[string]any)
	fmt.Println(first["type"], first["data"], len(shapes))
	dec := json.NewDecoder(strings.NewReader(`{"a":1.5,"b":[true,null,"s"]}`))
	dec.UseNumber()
	var v map[string]any
	fmt.Println(dec.Decode(&v), v)
	n := v["a"].(json.Number)
	f, _ := n.Float64()
	fmt.Println(n.String(), f*2)
}
