package main

import (
	"fmt"
	"os"
)

type Color int

const (
	Red Color = iota
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
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct {
	X, Y int
}

type Labeled struct {
	Point
	Label string
	tags  []string
	Color Color
	Ptr   *int
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°C", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

func main() {
	p := Point{3, -4}
	l := Labeled{Point: p, Label: "home", tags: []string{"a"}, Color: Blue}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%T %T %T\n", l, &l, l.tags)
	fmt.Printf("%v %d %s %q\n", Green, Green, Color(7), Red)
	fmt.Printf("%#v\n", Green)

	fmt.Printf("|%6d|%-6d|%06d|%+d|\n", 42, 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%e|%g|\n", 3.14159, 2.5, 123456.789, 1e21)
	fmt.Printf("|%x|%X|%o|%b|%#x|%08b|\n", 255, 255, 8, 5, 255, 5)
	fmt.Printf("|%s|%10s|%-10s|%.2s|\n", "go", "right", "left", "truncate")
	fmt.Printf("%q %q %+q\n", "hi\n", 'x', "héllo")
	fmt.Printf("%x % x %X\n", "Go!", []byte("abc"), "zz")
	fmt.Printf("%c %U %d\n", 'G', 'é', 'A')
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%v %v\n", []int(nil), map[string]int(nil))
	fmt.Printf("%v %d\n", []string{"a", "b"}, []int{1, 2})
	fmt.Printf("%v\n", map[string]int{"z": 1, "a": 2, "m": 3})
	fmt.Printf("%#v\n", []string{"x"})
	fmt.Printf("%#v\n", map[string]bool{"k": true})
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	badFormat := "%d %d\n"
	fmt.Printf(badFormat, "oops")
	fmt.Printf(badFormat, 1, 2, 3)
	fmt.Printf("%v %s\n", Temp(21.55), Temp(-3))
	fmt.Printf("%d\n", Temp(1))

	var e error
	fmt.Printf("%v\n", e)
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	s := fmt.Sprintln("a", 1, 2, "b", "c", 3.5)
	fmt.Print(s)
	fmt.Print("x", 1, 2, "y\n")
	fmt.Fprintln(os.Stdout, struct {
		A int
		B string
	}{1, "two"})
	fmt.Printf("%v %+v\n", &p, &l.Point)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v\n", [3]bool{true})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", []byte("hi"))
	fmt.Printf("%x\n", 3.5)
	fmt.Println(fmt.Sprintf("%05.1f", 3.14159))
}
