package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
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

var registry = map[string]func() Shape{
	"circle": func() Shape { return &Circle{} },
	"rect":   func() Shape { return &Rect{} },
}

var ErrUnknownType = errors.New("unknown shape type")

func (e *Envelope) UnmarshalJSON(b []byte) error {
	var head struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return err
	}
	mk, ok := registry[head.Type]
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownType, head.Type)
	}
	s := mk()
	if err := json.Unmarshal(head.Data, s); err != nil {
		return fmt.Errorf("%s: %w", head.Type, err)
	}
	e.Shape = s
	return nil
}

type Drawing struct {
	Name   string     `json:"name"`
	Shapes []Envelope `json:"shapes"`
}

func main() {
	d := Drawing{"house", []Envelope{{Rect{4, 3}}, {Circle{1}}, {Rect{W: 1, H: 2}}}}
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	var back Drawing
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	total := 0.0
	for _, e := range back.Shapes {
		fmt.Printf("%T %+v area=%.3f\n", e.Shape, e.Shape, e.Shape.Area())
		total += e.Shape.Area()
	}
	fmt.Printf("total %.4f\n", total)
	sort.Slice(back.Shapes, func(i, j int) bool { return back.Shapes[i].Shape.Area() < back.Shapes[j].Shape.Area() })
	for _, e := range back.Shapes {
		fmt.Print(e.Shape.Kind(), " ")
	}
	fmt.Println()

	for _, in := range []string{
		`{"name":"x","shapes":[{"type":"hexagon","data":{}}]}`,
		`{"name":"y","shapes":[{"type":"circle","data":{"r":"big"}}]}`,
		`{"name":"z","shapes":[{"type":"rect","data":{"w":2,"h":5}}]}`,
	} {
		var dd Drawing
		err := json.Unmarshal([]byte(in), &dd)
		fmt.Println(errors.Is(err, ErrUnknownType), err)
		if err == nil {
			fmt.Printf("%#v\n", dd.Shapes[0].Shape)
		}
	}
	m := map[string]Shape{"b": Rect{1, 1}, "a": Circle{2}}
	mb, _ := json.Marshal(m)
	fmt.Println(string(mb))
}
