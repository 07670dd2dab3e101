package main

import (
	"encoding/json"
	"errors"
	"fmt"
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

func (c *Circle) Area() float64 { return 3 * c.Radius * c.Radius }
func (c *Circle) Kind() string  { return "circle" }
func (r *Rect) Area() float64   { return r.Width * r.Height }
func (r *Rect) Kind() string    { return "rect" }

var registry = map[string]func() Shape{
	"circle": func() Shape { return &Circle{} },
	"rect":   func() Shape { return &Rect{} },
}

var ErrUnknownKind = errors.New("unknown shape kind")

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Drawing struct {
	Title  string
	Shapes []Shape
}

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var raw struct {
		Title  string     `json:"title"`
		Shapes []envelope `json:"shapes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	d.Title = raw.Title
	for i, env := range raw.Shapes {
		mk, ok := registry[env.Type]
		if !ok {
			return fmt.Errorf("shape %d: %w: %q", i, ErrUnknownKind, env.Type)
		}
		s := mk()
		if err := json.Unmarshal(env.Data, s); err != nil {
			return fmt.Errorf("shape %d (%s): %w", i, env.Type, err)
		}
		d.Shapes = append(d.Shapes, s)
	}
	return nil
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	out := struct {
		Title  string     `json:"title"`
		Shapes []envelope `json:"shapes"`
	}{Title: d.Title}
	for _, s := range d.Shapes {
		data, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		out.Shapes = append(out.Shapes, envelope{s.Kind(), data})
	}
	return json.Marshal(out)
}

func main() {
	src := `{"title":"demo","shapes":[
		{"type":"circle","data":{"radius":2}},
		{"type":"rect","data":{"width":3,"height":1.5}},
		{"type":"circle","data":{"radius":0.5}}]}`
	var d Drawing
	if err := json.Unmarshal([]byte(src), &d); err != nil {
		fmt.Println("error:", err)
		return
	}
	total := 0.0
	for _, s := range d.Shapes {
		fmt.Printf("%s %.2f %+v\n", s.Kind(), s.Area(), s)
		total += s.Area()
	}
	fmt.Println("total", total)
	b, _ := json.Marshal(d)
	fmt.Println(string(b))
	for _, bad := range []string{
		`{"shapes":[{"type":"hexagon","data":{}}]}`,
		`{"shapes":[{"type":"rect","data":{"width":"wide"}}]}`,
		`{"shapes":[`,
	} {
		var x Drawing
		err := json.Unmarshal([]byte(bad), &x)
		fmt.Println(strings.ReplaceAll(err.Error(), "\n", " "), errors.Is(err, ErrUnknownKind))
	}
}
