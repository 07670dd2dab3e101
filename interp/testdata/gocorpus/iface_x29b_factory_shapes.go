package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type Constructor func(args []float64) (Shape, error)

var ErrUnknownShape = errors.New("unknown shape")

type ArgError struct {
	Kind string
	Want int
	Got  int
}

func (e *ArgError) Error() string {
	return fmt.Sprintf("%s needs %d args, got %d", e.Kind, e.Want, e.Got)
}

var registry = map[string]Constructor{}

func Register(kind string, want int, build func([]float64) Shape) {
	registry[kind] = func(args []float64) (Shape, error) {
		if len(args) != want {
			return nil, &ArgError{kind, want, len(args)}
		}
		return build(args), nil
	}
}

func init() {
	Register("circle", 1, func(a []float64) Shape { return Circle{a[0]} })
	Register("rect", 2, func(a []float64) Shape { return Rect{a[0], a[1]} })
	Register("square", 1, func(a []float64) Shape { return Rect{a[0], a[0]} })
	Register("triangle", 3, func(a []float64) Shape { return Triangle{a[0], a[1], a[2]} })
}

func Parse(spec string) (Shape, error) {
	fields := strings.Fields(spec)
	if len(fields) == 0 {
		return nil, errors.New("empty spec")
	}
	ctor, ok := registry[fields[0]]
	if !ok {
		return nil, fmt.Errorf("%q: %w", fields[0], ErrUnknownShape)
	}
	args := make([]float64, 0, len(fields)-1)
	for _, f := range fields[1:] {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number: %w", err)
		}
		args = append(args, v)
	}
	return ctor(args)
}

func main() {
	specs := []string{"circle 1", "rect 3 4", "square 2.5", "triangle 3 4 5", "hexagon 1", "rect 1", "circle x", ""}
	var shapes []Shape
	for _, s := range specs {
		sh, err := Parse(s)
		var ae *ArgError
		switch {
		case errors.Is(err, ErrUnknownShape):
			fmt.Println("unknown:", err)
		case errors.As(err, &ae):
			fmt.Printf("args: %v (want=%d)\n", ae, ae.Want)
		case err != nil:
			fmt.Println("error:", err)
		default:
			shapes = append(shapes, sh)
		}
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-22v %-16T area=%7.3f perim=%7.3f\n", s, s, s.Area(), s.Perimeter())
	}
	kinds := make([]string, 0, len(registry))
	for k := range registry {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Println(kinds)
}
