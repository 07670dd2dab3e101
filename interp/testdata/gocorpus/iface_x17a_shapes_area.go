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

type Named struct{ Name string }

func (n Named) Label() string { return "<" + n.Name + ">" }

type Rect struct {
	Named
	W, H float64
}
type Circle struct {
	Named
	R float64
}
type Tri struct {
	Named
	A, B, C float64
}

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (t Tri) Perimeter() float64    { return t.A + t.B + t.C }
func (t Tri) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

var ErrBad = errors.New("bad shape")

func parse(line string) (Shape, error) {
	f := strings.Fields(line)
	nums := make([]float64, 0, len(f)-2)
	for _, s := range f[2:] {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("line %q: %w", line, err)
		}
		nums = append(nums, v)
	}
	n := Named{f[1]}
	switch {
	case f[0] == "rect" && len(nums) == 2:
		return Rect{n, nums[0], nums[1]}, nil
	case f[0] == "circle" && len(nums) == 1:
		return Circle{n, nums[0]}, nil
	case f[0] == "tri" && len(nums) == 3:
		t := Tri{n, nums[0], nums[1], nums[2]}
		if math.IsNaN(t.Area()) {
			return nil, fmt.Errorf("%s: %w", n.Name, ErrBad)
		}
		return t, nil
	}
	return nil, fmt.Errorf("unknown %q: %w", f[0], ErrBad)
}

const in = `rect a 3 4
circle b 1.5
tri c 3 4 5
tri d 1 1 5
hex e 2
rect f x 2
circle g 0.5`

func main() {
	var shapes []Shape
	for _, l := range strings.Split(in, "\n") {
		s, err := parse(l)
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ne):
			fmt.Println("num error:", ne.Func, ne.Num, ne.Err)
		case errors.Is(err, ErrBad):
			fmt.Println("bad:", err)
		case err == nil:
			shapes = append(shapes, s)
		}
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		label := ""
		if l, ok := s.(interface{ Label() string }); ok {
			label = l.Label()
		}
		fmt.Printf("%-8s %-24v area=%7.3f perim=%7.3f\n", label, s, s.Area(), s.Perimeter())
		if c, ok := s.(Circle); ok {
			fmt.Println("  circle radius", c.R, c)
		}
	}
	fmt.Printf("total %.4f\n", total)
}
