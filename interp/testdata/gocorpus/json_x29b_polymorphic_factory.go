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
	Radius float64 `json:"radius"`
}
type Rect struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}
type Polygon struct {
	Points [][2]float64 `json:"points"`
}

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }
func (Circle) Kind() string    { return "circle" }
func (r Rect) Area() float64   { return r.Width * r.Height }
func (Rect) Kind() string      { return "rect" }
func (p Polygon) Area() float64 {
	var s float64
	for i, a := range p.Points {
		b := p.Points[(i+1)%len(p.Points)]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return math.Abs(s) / 2
}
func (Polygon) Kind() string { return "polygon" }

var factories = map[string]func() Shape{
	"circle":  func() Shape { return &Circle{} },
	"rect":    func() Shape { return &Rect{} },
	"polygon": func() Shape { return &Polygon{} },
}

// Envelope carries a type discriminator next to the payload.
type Envelope struct {
	Type  string          `json:"type"`
	Data  json.RawMessage `json:"data"`
	Shape Shape           `json:"-"`
}

func (e *Envelope) UnmarshalJSON(b []byte) error {
	type plain Envelope
	if err := json.Unmarshal(b, (*plain)(e)); err != nil {
		return err
	}
	mk, ok := factories[e.Type]
	if !ok {
		return fmt.Errorf("unknown shape type %q", e.Type)
	}
	s := mk()
	dec := json.NewDecoder(strings.NewReader(string(e.Data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(s); err != nil {
		return fmt.Errorf("%s: %w", e.Type, err)
	}
	e.Shape = s
	return nil
}

func (e Envelope) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(e.Shape)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
		Area float64         `json:"area"`
	}{e.Shape.Kind(), data, math.Round(e.Shape.Area()*100) / 100})
}

func main() {
	input := `[
		{"type": "circle", "data": {"radius": 2}},
		{"type": "rect", "data": {"width": 3, "height": 4.5}},
		{"type": "polygon", "data": {"points": [[0,0],[4,0],[4,3]]}}
	]`
	var shapes []Envelope
	if err := json.Unmarshal([]byte(input), &shapes); err != nil {
		fmt.Println("error:", err)
		return
	}
	total := 0.0
	for _, e := range shapes {
		fmt.Printf("%-8s %-28T %8.3f\n", e.Type, e.Shape, e.Shape.Area())
		total += e.Shape.Area()
	}
	fmt.Printf("total %.2f\n", total)

	out, err := json.Marshal(shapes)
	fmt.Println(string(out), err)

	for _, bad := range []string{
		`{"type": "hexagon", "data": {}}`,
		`{"type": "rect", "data": {"width": 1, "depth": 2}}`,
		`{"type": "circle", "data": {"radius": "big"}}`,
		`{"type": 7}`,
	} {
		var e Envelope
		fmt.Println(json.Unmarshal([]byte(bad), &e))
	}
	var one Envelope
	_ = json.Unmarshal([]byte(`{"type":"circle","data":{"radius":1}}`), &one)
	fmt.Printf("%+v %s\n", one.Shape, one.Data)
}
