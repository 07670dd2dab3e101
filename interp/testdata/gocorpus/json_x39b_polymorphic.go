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

func (c Circle) Area() float64 { return 3 * c.Radius * c.Radius }
func (c Circle) Kind() string  { return "circle" }
func (r Rect) Area() float64   { return r.Width * r.Height }
func (r Rect) Kind() string    { return "rect" }

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
		b, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs = append(envs, envelope{s.Kind(), b})
	}
	return json.Marshal(struct {
		Title  string     `json:"title"`
		Shapes []envelope `json:"shapes"`
	}{d.Title, envs})
}

var ErrUnknownShape = errors.New("unknown shape type")

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var raw struct {
		Title  string     `json:"title"`
		Shapes []envelope `json:"shapes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	d.Title = raw.Title
	d.Shapes = nil
	for i, e := range raw.Shapes {
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
			return fmt.Errorf("shape %d: %w: %q", i, ErrUnknownShape, e.Type)
		}
		d.Shapes = append(d.Shapes, s)
	}
	return nil
}

type Meta struct {
	Author string `json:"author"`
	Tags   []string
}

type Doc struct {
	Meta
	ID    int         `json:"id"`
	Score json.Number `json:"score"`
	Attrs map[string]any
}

func main() {
	d := Drawing{"demo", []Shape{Circle{1.5}, Rect{2, 3}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)

	var back Drawing
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v\n", back, err)
	total := 0.0
	for _, s := range back.Shapes {
		total += s.Area()
	}
	fmt.Println("total area", total)

	err = json.Unmarshal([]byte(`{"title":"x","shapes":[{"type":"hexagon","data":{}}]}`), &back)
	fmt.Println(err, errors.Is(err, ErrUnknownShape))
	err = json.Unmarshal([]byte(`{"shapes":[{"type":"rect","data":{"width":"wide"}}]}`), &back)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))

	dec := json.NewDecoder(strings.NewReader(`{"author":"ann","Tags":["a"],"id":7,"score":12.50,"Attrs":{"n":1,"ok":true,"l":[1,"x",null]}}`))
	dec.UseNumber()
	var doc Doc
	if err := dec.Decode(&doc); err != nil {
		fmt.Println(err)
	}
	f, _ := doc.Score.Float64()
	fmt.Printf("%+v %v %T\n", doc, f, doc.Attrs["n"])
	out, _ := json.Marshal(doc)
	fmt.Println(string(out))
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"id": 1,}`), &doc)
	fmt.Println(err, errors.As(err, &se))
}
