// Exercises: String on a value receiver vs a pointer receiver, printed directly, through pointers, inside slices, maps and structs with %v, %+v and %s.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Reading struct {
	Where string
	Temp  Celsius
	At    *Point
	Loc   Point
}

func main() {
	c := Celsius(21.55)
	fmt.Println(c, &c)
	fmt.Printf("%v %s %.3f %d\n", c, c, c, 7)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	temps := []Celsius{-5, 0, 37.25}
	fmt.Println(temps)
	fmt.Printf("%v %s\n", temps, temps)
	pts := []*Point{{3, 4}, {5, 6}}
	vals := []Point{{7, 8}}
	fmt.Println(pts, vals)
	m := map[string]Celsius{"oslo": -3, "cairo": 35}
	fmt.Println(m)
	mp := map[Celsius]*Point{1: {1, 1}}
	fmt.Printf("%v\n", mp)
	r := Reading{"lab", 19.5, &Point{9, 9}, Point{8, 8}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(&r == nil, []any{c, &p, p})
}
