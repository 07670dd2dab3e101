// A tour of fmt verbs on the composite types of chapter 4: structs,
// embedded structs, maps, slices, arrays and pointers.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct{ X, Y int }

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

type Employee struct {
	ID        int
	Name      string
	Address   string
	Salary    float64
	ManagerID int
	Tags      []string
	Boss      *Employee
}

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}

type Pair struct {
	Day  Weekday
	Note string
}

func main() {
	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w = Wheel{
		Circle: Circle{
			Point:  Point{X: 8, Y: 8},
			Radius: 5,
		},
		Spokes: 20,
	}
	fmt.Printf("%v\n%+v\n", w, w)
	w.X = 42
	fmt.Printf("%#v\n", w.Circle.Point)

	boss := &Employee{ID: 1, Name: "Dilbert's boss", Salary: 9000}
	dilbert := Employee{ID: 2, Name: "Dilbert", Address: "Cubicle 9", Salary: 5000, ManagerID: 1, Tags: []string{"eng"}, Boss: boss}
	dilbert.Salary -= 5000
	position := &dilbert.Address
	*position = "Senior " + *position
	fmt.Printf("%v\n", dilbert.Boss == boss)
	fmt.Printf("%+v\n", *dilbert.Boss)
	fmt.Printf("%q %T %T\n", dilbert.Tags, dilbert, dilbert.Boss)

	ages := map[string]int{"alice": 31, "charlie": 34, "bob": 27}
	fmt.Printf("%v\n%#v\n", ages, ages)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v %#v %T\n", grid, grid[1], grid)

	days := []Pair{{1, "gym"}, {5, "movie"}}
	fmt.Printf("%v %+v %d\n", days, days[0], days[1].Day)
	fmt.Printf("%s|%v|%d|%x\n", Weekday(3), Weekday(3), Weekday(3), Weekday(3))

	var e error = errors.New("boom")
	var nilErr error
	var np *Point
	fmt.Printf("%v %v %v %+v %T %T\n", e, nilErr, np, &Point{1, 2}, e, nilErr)
	fmt.Printf("%5.2f|%-8s|%8s|%08b|%3c|%-4d|%x|% x\n", 3.14159, "left", "right", 5, 'G', 7, "hi", []byte("go"))
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 6, 42, 4, 7)
	fmt.Printf("%t %v %v\n", true, struct{}{}, nil)
	fmt.Printf("%6.2e %g %G %.3g\n", 123456.789, 1e21, 1e-7, 2.0/3)
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil, 2.5, Point{}}, []int8{-1, 2})
	s := fmt.Sprintln("a", 1, 2, "b", "c", 3.0)
	fmt.Print(s)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Fprintln(os.Stdout, fmt.Sprint(Point{3, 4}), fmt.Sprint(&w.Circle))
}
