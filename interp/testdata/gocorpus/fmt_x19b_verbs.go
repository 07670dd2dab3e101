package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	m     map[string]int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Status int

func (s Status) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Status{%d}", int(s))
			return
		}
		fmt.Fprintf(f, "status-%d", int(s))
	default:
		fmt.Fprintf(f, "%%!%c(Status)", verb)
	}
}

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	n := Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%q %x %X % x\n", "hi\n", "hi", []byte("hi"), "abc")
	fmt.Printf("[%08.3f] [%-10s] [%10s] [%-5d] [%05d] [%+d]\n", 3.14159, "left", "right", 42, 42, 42)
	fmt.Printf("[%6.2f] [%-8.1e] [%g] [%G]\n", 2.0/3, 123456.789, 1e21, 1e-7)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%c %U %#U %q\n", 'G', 'G', '⌘', 'x')
	fmt.Printf("%b %o %#o %#x %x\n", 10, 64, 64, 255, -255)
	fmt.Printf("%v %s %d\n", Temp(21.55), Temp(-3), 7)
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	fmt.Printf("%v %+v %d\n", Status(3), Status(4), Status(5))
	fmt.Printf("%v %v\n", map[Point]string{{2, 1}: "b", {1, 9}: "a"}, []any{1, "a", nil, 2.5})
	fmt.Printf("%s %v\n", errors.New("boom"), fmt.Errorf("ctx: %w", errors.New("inner")))
	bad, extra := "%d %s\n", "%d\n"
	fmt.Printf(bad, "str", 5)
	fmt.Printf(extra, 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%x %X\n", "héllo", 3.5)
	fmt.Printf("%v %.2v %10.3v|\n", 1.0, "abcdef", "xyzxyz")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%6.2f%%\n", 45.678)
	var ip *int
	fmt.Printf("%v %t\n", ip, ip == nil)
	fmt.Printf("%v %+v\n", struct {
		A []int
		B map[string]bool
	}{}, struct{ E error }{})
}
