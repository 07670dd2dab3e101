package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Meta struct {
	Tags  []string
	Attrs map[string]int
}

type Shape struct {
	Name   string
	Origin Point
	Pts    []Point
	Next   *Shape
	Meta
	Err   error
	Any   any
	hid   bool
	Color [3]uint8
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Sensor string
	Temp   Celsius
	Prev   *Celsius
}

func main() {
	tail := &Shape{Name: "tail"}
	s := Shape{
		Name:   "poly",
		Origin: Point{1, 2},
		Pts:    []Point{{0, 0}, {3, 4}},
		Next:   tail,
		Meta:   Meta{Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}},
		Err:    errors.New("bad shape"),
		Any:    3.5,
		hid:    true,
		Color:  [3]uint8{255, 128, 0},
	}
	fmt.Printf("%v\n", s.Origin)
	fmt.Printf("%+v\n", s.Origin)
	fmt.Printf("%#v\n", s.Origin)
	fmt.Printf("%v\n", s.Meta)
	fmt.Printf("%+v\n", s.Meta)
	fmt.Printf("%#v\n", s.Meta)
	fmt.Printf("%v %+v\n", s.Pts, s.Color)
	fmt.Printf("%#v\n", s.Pts)
	fmt.Printf("%v|%v|%v\n", s.Err, s.Any, s.hid)
	fmt.Printf("%+v\n", *tail)
	fmt.Printf("%T %T %T %T\n", s, &s, s.Meta, s.Any)

	prev := Celsius(19.25)
	r := Reading{"kitchen", 21.5, &prev}
	fmt.Printf("%v\n", r.Temp)
	fmt.Printf("%+v\n", []Celsius{1, 2.25})
	fmt.Printf("%#v\n", r.Temp)
	fmt.Printf("%s %v %.2f\n", r.Temp, *r.Prev, float64(r.Temp))
	fmt.Printf("%v %+v\n", map[string]Celsius{"b": 3, "a": 4}, map[Point]string{{2, 1}: "x", {1, 9}: "y"})
	fmt.Printf("%#v\n", map[string][]int{"k": {1}, "j": nil})
	var np *Point
	var ne error
	fmt.Printf("%v %+v %#v %v\n", np, ne, ne, []any{nil, 1, "s", np})
	fmt.Printf("%#v %#v %#v\n", []string(nil), []string{}, struct{ A, b int }{1, 2})
	fmt.Printf("%x %X % x %#x\n", "Go!", []byte{1, 171}, []byte("hi"), 3054)
	fmt.Printf("%5.1q|%-8q|%+q|%#q\n", "abc", "é", "é", "back`tick")
	fmt.Printf("%v %d %v\n", Point{1, 2}, Point{3, 4}, &Point{5, 6})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
}
