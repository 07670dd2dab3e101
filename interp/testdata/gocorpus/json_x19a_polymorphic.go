package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Kind() string
}

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
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
	factories := map[string]func() Shape{
		"circle": func() Shape { return &Circle{} },
		"rect":   func() Shape { return &Rect{} },
	}
	f, ok := factories[raw.Type]
	if !ok {
		return fmt.Errorf("unknown shape type %q", raw.Type)
	}
	s := f()
	if err := json.Unmarshal(raw.Data, s); err != nil {
		return fmt.Errorf("decode %s: %w", raw.Type, err)
	}
	e.Shape = s
	return nil
}

type Drawing struct {
	Name   string     `json:"name"`
	Shapes []Envelope `json:"shapes"`
}

func main() {
	d := Drawing{Name: "d1", Shapes: []Envelope{{Circle{1}}, {Rect{2, 3}}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Drawing
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("err", err)
	}
	for _, e := range back.Shapes {
		fmt.Printf("%T %s %.3f\n", e.Shape, e.Shape.Kind(), e.Shape.Area())
	}
	var bad Drawing
	err = json.Unmarshal([]byte(`{"name":"x","shapes":[{"type":"hex","data":{}}]}`), &bad)
	fmt.Println("err:", err)
	err = json.Unmarshal([]byte(`{"shapes":[{"type":"rect","data":{"w":"wide"}}]}`), &bad)
	fmt.Println("err:", err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprintf("%T", err), ute == nil)
	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"name":`), &bad)
	fmt.Printf("%v %T\n", err, err)
	_ = syn
}
