package main

import (
	"encoding/json"
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

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Drawing struct {
	Title  string
	Shapes []Shape
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	envs := make([]envelope, 0, len(d.Shapes))
	for _, s := range d.Shapes {
		raw, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs = append(envs, envelope{s.Kind(), raw})
	}
	return json.Marshal(struct {
		Title  string     `json:"title"`
		Shapes []envelope `json:"shapes"`
	}{d.Title, envs})
}

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var aux struct {
		Title  string     `json:"title"`
		Shapes []envelope `json:"shapes"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	d.Title = aux.Title
	d.Shapes = nil
	for i, e := range aux.Shapes {
		var s Shape
		switch e.Type {
		case "circle":
			var c Circle
			if err := json.Unmarshal(e.Data, &c); err != nil {
				return fmt.Errorf("shape %d: %w", i, err)
			}
			s = c
		case "rect":
			var r Rect
			if err := json.Unmarshal(e.Data, &r); err != nil {
				return fmt.Errorf("shape %d: %w", i, err)
			}
			s = r
		default:
			return fmt.Errorf("shape %d: unknown type %q", i, e.Type)
		}
		d.Shapes = append(d.Shapes, s)
	}
	return nil
}

func main() {
	d := Drawing{"plan", []Shape{Circle{1}, Rect{2, 3}, Circle{0.5}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Drawing
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Title, len(back.Shapes))
	sort.Slice(back.Shapes, func(i, j int) bool { return back.Shapes[i].Area() > back.Shapes[j].Area() })
	for _, s := range back.Shapes {
		fmt.Printf("%-6s %T %+v %.3f\n", s.Kind(), s, s, s.Area())
	}
	bad := []string{
		`{"title":"x","shapes":[{"type":"hex","data":{}}]}`,
		`{"title":"x","shapes":[{"type":"rect","data":{"w":"wide"}}]}`,
		`{"title":5}`,
		`not json`,
	}
	for _, in := range bad {
		var d Drawing
		fmt.Println(json.Unmarshal([]byte(in), &d))
	}
	pretty, _ := json.MarshalIndent(map[string]any{"n": 1, "list": []any{true, nil, 2.5, "s"}, "obj": map[string]int{"z": 0, "a": 1}}, ">", "\t")
	fmt.Println(string(pretty))
	var anyv any
	json.Unmarshal([]byte(`[1, "two", {"three": [3]}, null, 1e3]`), &anyv)
	for _, v := range anyv.([]any) {
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
}
