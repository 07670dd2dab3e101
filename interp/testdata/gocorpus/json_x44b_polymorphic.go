package main

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"sort"
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
	W float64 `json:"w"`
	H float64 `json:"h"`
}
type Polygon struct {
	Points [][2]float64 `json:"points"`
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Kind() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Kind() string    { return "rect" }
func (p Polygon) Kind() string { return "polygon" }
func (p Polygon) Area() float64 {
	s := 0.0
	for i := range p.Points {
		a, b := p.Points[i], p.Points[(i+1)%len(p.Points)]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return math.Abs(s) / 2
}

type envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

var factories = map[string]func() Shape{
	"circle":  func() Shape { return &Circle{} },
	"rect":    func() Shape { return &Rect{} },
	"polygon": func() Shape { return &Polygon{} },
}

func decodeShape(raw []byte) (Shape, error) {
	var env envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, err
	}
	mk, ok := factories[env.Kind]
	if !ok {
		return nil, fmt.Errorf("unknown kind %q", env.Kind)
	}
	s := mk()
	if err := json.Unmarshal(env.Data, s); err != nil {
		return nil, fmt.Errorf("%s: %w", env.Kind, err)
	}
	return s, nil
}

func areas(w http.ResponseWriter, r *http.Request) {
	var raws []json.RawMessage
	if err := json.NewDecoder(r.Body).Decode(&raws); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	type out struct {
		Kind  string  `json:"kind"`
		Area  float64 `json:"area,omitempty"`
		Error string  `json:"error,omitempty"`
	}
	var res []out
	totals := map[string]float64{}
	for _, raw := range raws {
		s, err := decodeShape(raw)
		if err != nil {
			res = append(res, out{Kind: "?", Error: err.Error()})
			continue
		}
		a := math.Round(s.Area()*100) / 100
		totals[s.Kind()] += a
		res = append(res, out{Kind: fmt.Sprintf("%T", s), Area: a})
	}
	kinds := make([]string, 0, len(totals))
	for k := range totals {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return totals[kinds[i]] > totals[kinds[j]] })
	json.NewEncoder(w).Encode(map[string]any{"shapes": res, "largest_first": kinds})
}

func main() {
	body := `[
		{"kind":"circle","data":{"r":1}},
		{"kind":"rect","data":{"w":3,"h":4.5}},
		{"kind":"polygon","data":{"points":[[0,0],[4,0],[4,3]]}},
		{"kind":"hexagon","data":{}},
		{"kind":"rect","data":{"w":"wide"}},
		{"kind":"circle","data":{"r":0.5}}
	]`
	rec := httptest.NewRecorder()
	areas(rec, httptest.NewRequest("POST", "/areas", strings.NewReader(body)))
	fmt.Print(rec.Code, " ", rec.Body.String())

	shapes := []Shape{Circle{2}, Rect{1, 2}, Polygon{[][2]float64{{0, 0}, {1, 0}, {0, 1}}}}
	for _, s := range shapes {
		b, _ := json.Marshal(envelope{Kind: s.Kind(), Data: must(json.Marshal(s))})
		back, err := decodeShape(b)
		fmt.Printf("%s -> %+v (%v) area=%.3f\n", b, back, err, back.Area())
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
