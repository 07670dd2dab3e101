package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) String() string     { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

type measured struct {
	idx   int
	shape Shape
	area  float64
}

func main() {
	shapes := []Shape{
		Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{10, 0.5},
		Circle{2.5}, Triangle{6, 6, 6}, &Rect{1, 1},
	}
	in := make(chan int)
	out := make(chan measured)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range in {
				out <- measured{i, shapes[i], shapes[i].Area()}
			}
		}()
	}
	go func() {
		for i := range shapes {
			in <- i
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()

	var ms []measured
	for m := range out {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].area != ms[j].area {
			return ms[i].area > ms[j].area
		}
		return ms[i].idx < ms[j].idx
	})
	for _, m := range ms {
		kind := "?"
		switch s := m.shape.(type) {
		case Rect:
			kind = fmt.Sprintf("rect %gx%g", s.W, s.H)
		case *Rect:
			kind = fmt.Sprintf("rect-ptr %v", *s)
		case Circle:
			kind = fmt.Sprintf("circle r=%g", s.R)
		case fmt.Stringer:
			kind = s.String()
		}
		fmt.Printf("%-16s %-14T area=%7.3f perim=%7.3f\n", kind, m.shape, m.area, m.shape.Perimeter())
	}
	fmt.Printf("%v %+v %#v\n", shapes[0], shapes[1], shapes[2])
}
