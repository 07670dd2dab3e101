package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Color uint8

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Pixel struct {
	Point
	C     Color
	Alpha *float64
	Tags  []string
	Meta  map[string]int
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

func main() {
	a := 0.5
	p := Pixel{Point{1, 2}, Blue, &a, []string{"x", "y"}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n", p.Point)
	fmt.Printf("%+v\n", p.Point)
	fmt.Printf("%#v\n", p.Point)
	fmt.Printf("%v %d %s %q\n", p.C, p.C, p.C, p.C)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%v %#v\n", p.Meta, p.Meta)
	fmt.Printf("%T %T %T\n", p, p.Alpha, p.Meta)
	fmt.Printf("%#v\n", Secret("hunter2"))
	fmt.Printf("%v|%s|%d\n", Temp(21.55), Temp(-3), Temp(1))
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b] [%+d]\n", 42, 42, 42, 255, 255, 8, 5, 7)
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g] [%G]\n", 3.14159, 2.5, 123456.789, 1e21, 1e-7)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%x] [% x]\n", "go", "go", "go", "gopher", "a\"b", "hi", "hi")
	fmt.Printf("%c %U %q %#U\n", 'G', 'é', 'x', '⌘')
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%v %v\n", []byte("ab"), [2]bool{true})
	var e error = errors.New("boom")
	fmt.Printf("%v %s %q\n", e, e, e)
	var np *Point
	fmt.Printf("%v %+v\n", np, &Point{3, 4})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%v %v\n", struct{}{}, struct {
		A int
		B string
	}{1, "z"})
	fmt.Printf("%x %X\n", []int{10, 11}, "hello")
	fmt.Printf("%08.3f|%+.2e|%#o|%#b\n", -3.5, 12345.0, 8, 5)
}
