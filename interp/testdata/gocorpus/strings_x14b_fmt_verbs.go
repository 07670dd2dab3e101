package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

type Wrapper struct {
	P    Point
	T    Celsius
	Tags []string
	M    map[string]int
	E    error
	ptr  *int
}

func (p Point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Point{X:%d, Y:%d}", p.X, p.Y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", p.X, p.Y)
	default:
		fmt.Fprintf(f, "%%!%c(Point)", verb)
	}
}

func main() {
	w := Wrapper{Point{1, 2}, 21.5, []string{"a", "b"}, map[string]int{"z": 1, "a": 2}, errors.New("boom"), nil}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%v %+v %d %s\n", w.P, w.P, w.P, w.T)
	fmt.Printf("%#v %#v %#v\n", w.Tags, w.M, Secret("pw"))
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b] [%c] [%U]\n", 42, 42, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g] [%G] [%+.1f]\n", 3.14159, 2.5, 123456.789, 1e-9, 1e21, 3.0)
	fmt.Printf("[%10s] [%-10s] [%.2s] [%q] [%x] [% x]\n", "go", "go", "gopher", "hi\n", "hi", "hi")
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%T %T %T %T\n", w, w.T, w.E, w.M)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil)
	fmt.Println(s, fmt.Sprintln("x", 1) == "x 1\n")
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip))
	fmt.Printf("%v %s\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(fmt.Errorf("wrap: %w", w.E))
}
