// Exercises: String methods used by fmt inside slices, maps, struct fields and pointers, Error taking precedence, %v %s %d %q %x on Stringer types, GoStringer %#v
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Pixel struct {
	X, Y int
	C    Color
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type both struct{}

func (both) String() string { return "as stringer" }
func (both) Error() string  { return "as error" }

type gs struct{ n int }

func (g gs) GoString() string { return fmt.Sprintf("gs(%d)", g.n) }

func main() {
	fmt.Println(Red, []Color{Blue, Green}, map[Color]int{Green: 2, Red: 1})
	p := Pixel{1, 2, Blue}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s %d %q %x\n", p.C, p, Green, Green, Blue, Red)
	temps := []Temp{21.55, -3}
	fmt.Println(temps, Temp(0))
	fmt.Printf("%v %.2f %5.1f\n", temps[0], temps[0], float64(temps[1]))
	fmt.Println(both{})
	var err error = both{}
	fmt.Println(err, errors.New("plain"))
	fmt.Printf("%#v %v\n", gs{3}, gs{3})
	var st fmt.Stringer = Green
	fmt.Printf("%T %v\n", st, st)
	fmt.Println(fmt.Sprint(Red, Blue), fmt.Sprintln(Red, 7))
}
