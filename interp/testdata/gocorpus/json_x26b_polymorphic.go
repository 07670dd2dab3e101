package main

import (
	"encoding/json"
	"fmt"
	"strings"
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

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

type Drawing struct {
	Title  string
	Shapes []Shape
}

var registry = map[string]func() Shape{
	"circle": func() Shape { return &Circle{} },
	"rect":   func() Shape { return &Rect{} },
}

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var raw struct {
		Title  string     `json:"title"`
		Shapes []Envelope `json:"shapes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	d.Title = raw.Title
	for i, env := range raw.Shapes {
		mk, ok := registry[env.Kind]
		if !ok {
			return fmt.Errorf("shape %d: unknown kind %q", i, env.Kind)
		}
		s := mk()
		if err := json.Unmarshal(env.Data, s); err != nil {
			return fmt.Errorf("shape %d: %w", i, err)
		}
		d.Shapes = append(d.Shapes, s)
	}
	return nil
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	envs := make([]Envelope, len(d.Shapes))
	for i, s := range d.Shapes {
		data, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		kind := strings.ToLower(strings.TrimPrefix(fmt.Sprintf("%T", s), "*main."))
		envs[i] = Envelope{kind, data}
	}
	return json.Marshal(map[string]any{"title": d.Title, "shapes": envs, "count": len(envs)})
}

func main() {
	in := `{"title":"demo","shapes":[{"kind":"circle","data":{"r":2}},{"kind":"rect","data":{"w":3,"h":4.5}}]}`
	var d Drawing
	if err := json.Unmarshal([]byte(in), &d); err != nil {
		fmt.Println("err", err)
		return
	}
	total := 0.0
	for _, s := range d.Shapes {
		fmt.Printf("%T %+v %.1f\n", s, s, s.Area())
		total += s.Area()
	}
	fmt.Println("total", total)
	out, err := json.Marshal(d)
	fmt.Println(string(out), err)
	var again Drawing
	fmt.Println(json.Unmarshal(out, &again), len(again.Shapes), again.Title)
	for _, bad := range []string{
		`{"shapes":[{"kind":"hex","data":{}}]}`,
		`{"shapes":[{"kind":"rect","data":{"w":"wide"}}]}`,
		`{"shapes":5}`,
	} {
		var x Drawing
		fmt.Println(json.Unmarshal([]byte(bad), &x))
	}
}
