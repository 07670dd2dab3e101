package main

import (
	"bufio"
	"fmt"
	"math"
	"sort"
	"strings"
)

const input = `circle 1.5
rect 2 3
square 4
tri 3 4 5
circle 0.5
hexagon 2`

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
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
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

func parse(line string) (Shape, error) {
	var kind string
	var a, b, c float64
	n, _ := fmt.Sscan(line, &kind, &a, &b, &c)
	switch kind {
	case "circle":
		return Circle{a}, nil
	case "rect":
		return Rect{a, b}, nil
	case "square":
		return Square{Rect{a, a}}, nil
	case "tri":
		return Triangle{a, b, c}, nil
	}
	return nil, fmt.Errorf("unknown shape %q (%d fields)", kind, n)
}

func main() {
	var shapes []Shape
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		s, err := parse(sc.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		shapes = append(shapes, s)
	}
	sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		switch v := s.(type) {
		case Square:
			fmt.Printf("%-8T side=%v area=%.2f\n", v, v.W, v.Area())
		case fmt.Stringer:
			fmt.Printf("%-8s area=%.2f per=%.3f\n", v, s.Area(), s.Perimeter())
		default:
			fmt.Printf("%+v area=%.2f\n", v, s.Area())
		}
	}
	fmt.Printf("total %.4f\n", total)
	fmt.Printf("%#v\n", shapes[len(shapes)-1])
}
