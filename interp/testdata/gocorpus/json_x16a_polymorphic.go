package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func decode(b []byte) ([]Shape, error) {
	var envs []envelope
	if err := json.Unmarshal(b, &envs); err != nil {
		return nil, fmt.Errorf("envelopes: %w", err)
	}
	var out []Shape
	for i, e := range envs {
		var s Shape
		switch e.Type {
		case "circle":
			var c Circle
			if err := json.Unmarshal(e.Data, &c); err != nil {
				return nil, err
			}
			s = c
		case "rect":
			r := &Rect{}
			if err := json.Unmarshal(e.Data, r); err != nil {
				return nil, err
			}
			s = *r
		default:
			return out, fmt.Errorf("item %d: unknown type %q", i, e.Type)
		}
		out = append(out, s)
	}
	return out, nil
}

func encode(shapes []Shape) ([]byte, error) {
	var envs []envelope
	for _, s := range shapes {
		var t string
		switch s.(type) {
		case Circle:
			t = "circle"
		case Rect:
			t = "rect"
		}
		d, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs = append(envs, envelope{t, d})
	}
	return json.Marshal(envs)
}

func main() {
	in := `[{"type":"circle","data":{"r":2}},{"type":"rect","data":{"w":3,"h":4}},{"type":"circle","data":{"r":0.5}}]`
	shapes, err := decode([]byte(in))
	fmt.Println(len(shapes), err)
	sum := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %+v %.2f\n", s, s, s.Area())
		sum += s.Area()
	}
	fmt.Println(sum)
	b, err := encode(shapes)
	fmt.Println(string(b), err)
	_, err = decode([]byte(`[{"type":"hex","data":{}}]`))
	fmt.Println(err)
	_, err = decode([]byte(`{"type":"x"}`))
	fmt.Println(err)
	var direct []Shape
	err = json.Unmarshal([]byte(`[{"r":1}]`), &direct)
	fmt.Println(direct, err)
}
