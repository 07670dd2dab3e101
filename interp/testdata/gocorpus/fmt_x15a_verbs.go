package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

type Record struct {
	ID    int
	Name  string
	Tags  []string
	Pos   Point
	Meta  map[string]int
	Color Color
	T     Temp
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	r := Record{7, "gopher", []string{"a", "b c"}, Point{1, 2}, map[string]int{"z": 1, "a": 2, "m": 3}, Green, 21.55}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r.Meta)
	fmt.Printf("%#v\n", r.Tags)
	fmt.Printf("%#v\n", r.Meta)
	fmt.Printf("%q %q %q\n", "tab\there", 'x', []string{"q1", "q\"2"})
	fmt.Printf("%x %X %#x %08b %o %#o\n", 255, 3054, 48879, 5, 64, 64)
	fmt.Printf("%x | % x | %X\n", "hi!", []byte("Go"), "zz")
	fmt.Printf("[%8.3f] [%-8.2f] [%+.1e] [%g] [%G]\n", 3.14159, 2.5, 12345.678, 1e21, 1e-7)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%x]\n", 42, 42, 42, 42, -42)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s]\n", "right", "left", "truncate", "ab")
	fmt.Printf("%c %U %#U\n", 'G', 'é', '⌘')
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%v %s %d\n", Blue, Color(9), Red)
	fmt.Printf("%v %#v\n", Secret("pw"), Secret("pw"))
	fmt.Printf("%v %.2f\n", Temp(-3.04), Temp(5))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	var ip *int
	var e error
	fmt.Printf("%v %v %+v\n", ip, e, []any{1, "a", nil, 2.5})
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]bool{}, struct{}{})
	fmt.Printf("%T %T %T %T\n", 'a', 1.0, 2i, []any{})
	s := fmt.Sprintln("a", 1, 2, "b", "c", 3.0)
	fmt.Print(s)
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Fprintf(os.Stdout, "%v|%6v|%-6v|\n", Red, Green, Blue)
	fmt.Printf("%v %d\n", []Color{Red, Blue}, []Color{Red, Blue})
	fmt.Printf("%s\n", []Temp{1, 2.25})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{1, 171})
}
