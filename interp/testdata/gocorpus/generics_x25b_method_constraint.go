package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }

type Stringer interface{ String() string }

type StringableShape interface {
	Shape
	comparable
}

func Largest[S Shape](shapes []S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func Dedup[S StringableShape](shapes []S) []S {
	seen := map[S]bool{}
	var out []S
	for _, s := range shapes {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

type Parser[T any] interface {
	*T
	Parse(string) error
}

type Version struct{ Major, Minor int }

func (v *Version) Parse(s string) error {
	a, b, ok := strings.Cut(s, ".")
	if !ok {
		return fmt.Errorf("bad version %q", s)
	}
	var err error
	if v.Major, err = strconv.Atoi(a); err != nil {
		return err
	}
	v.Minor, err = strconv.Atoi(b)
	return err
}

func ParseAll[T any, PT Parser[T]](items []string) ([]T, error) {
	out := make([]T, len(items))
	for i, s := range items {
		if err := PT(&out[i]).Parse(s); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type ByArea[S Shape] []S

func (b ByArea[S]) Len() int           { return len(b) }
func (b ByArea[S]) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b ByArea[S]) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	rects := []Rect{{1, 2}, {3, 1}, {2, 2}}
	fmt.Println(Largest(rects), Largest([]Circle{{1}, {0.5}}))
	mixed := []Shape{Rect{1, 1}, Circle{2}, NewSquare(3)}
	l := Largest(mixed)
	fmt.Printf("%T %v %.1f\n", l, l, l.Perimeter())
	fmt.Println(Dedup([]Rect{{1, 2}, {1, 2}, {2, 1}, {1, 2}}))
	fmt.Println(Dedup(mixed[:2]), len(Dedup([]Shape{Circle{1}, Circle{1}, NewSquare(1)})))
	vs, err := ParseAll[Version]([]string{"1.2", "10.0", "3.14"})
	fmt.Println(vs, err)
	vs, err = ParseAll[Version]([]string{"1.2", "x.1"})
	fmt.Println(vs, err)
	vs, err = ParseAll[Version]([]string{"7"})
	fmt.Println(vs, err, len(vs))
	sort.Sort(sort.Reverse(ByArea[Shape](mixed)))
	for _, s := range mixed {
		fmt.Printf("%v=%.0f ", s, s.Area())
	}
	fmt.Println()
	sq := NewSquare(2)
	fmt.Println(sq.Area(), sq.W, sq.Rect.Perimeter())
}
