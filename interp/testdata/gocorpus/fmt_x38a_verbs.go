package main

import (
	"fmt"
	"os"
	"strings"
)

type Point struct {
	X, Y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Money struct {
	Cents    int64
	Currency string
}

// Format implements fmt.Formatter so %v, %s and %+v print differently.
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d %s}", m.Cents, m.Currency)
			return
		}
		fallthrough
	case 's':
		fmt.Fprintf(f, "%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	p := Point{1, 2}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", pp, pp, pp)

	fmt.Printf("%d %b %o %O %x %X %#x %c %U %q\n", 42, 42, 42, 42, 255, 255, 255, 'G', 'G', 'G')
	fmt.Printf("|%6d|%-6d|%06d|%+d|% d|\n", 7, 7, 7, 7, 7)
	fmt.Printf("%e %E %f %.2f %8.3f %g %G\n", 1234.5678, 1234.5678, 3.14159, 3.14159, 3.14159, 1e21, 1e-7)
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|%x|% x\n", "gopher", "go", "go", "gopher", "tab\there", "hi", "hi")
	fmt.Printf("%t %v %v\n", true, nil, []int(nil) == nil)
	fmt.Printf("%v %d %s\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%q %x %X\n", []string{"a", "b c"}, []byte("xyz"), "xyz")
	fmt.Printf("%v %+v %#v\n", map[string]int{"b": 2, "a": 1}, struct{ A *int }{nil}, []any{1, "a", nil})
	fmt.Printf("%#v %#v %#v\n", [2]bool{true}, map[string]Point{"o": {}}, "str")
	fmt.Printf("%v %s %.2f\n", Temp(21.55), Temp(-3), float64(Temp(5)))
	fmt.Printf("%v %#v\n", Secret("pw"), Secret("pw"))
	m := Money{12345, "EUR"}
	fmt.Printf("%v | %+v | %s | %d\n", m, m, m, m)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	var s Shape = Rect{2, 3}
	fmt.Printf("%v %T %.1f\n", s, s, s.Area())
	var e error
	fmt.Printf("%v %T\n", e, e)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X %o\n", -255, int8(-1), 8)
	fmt.Printf("%v %v\n", 1+2i, complex64(-1.5i))
	fmt.Printf("%08.3f|%-8.2e|%+.1e\n", -3.14159, 1234.5, 0.000123)
	fmt.Printf("%c%c%c %U\n", 0x1F600, 'é', 65, 0x1F600)

	s1 := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil)
	s2 := fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q %q\n", s1, s2)
	fmt.Fprintln(os.Stdout, strings.Repeat("=", 10))
	n, err := fmt.Sscanf("10 apples and 2.5 kg", "%d %s and %f kg", new(int), new(string), new(float64))
	fmt.Println(n, err)
	var a, b int
	fmt.Sscan("3 4", &a, &b)
	fmt.Println(a*b, fmt.Errorf("code %d: %s", 404, "not found"))
}
