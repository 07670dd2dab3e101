package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
}

func (m Money) GoString() string {
	return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Currency)
}

type Matrix [][]float64

func (m Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			for _, row := range m {
				fmt.Fprintf(f, "|")
				for _, x := range row {
					w, ok := f.Width()
					if !ok {
						w = 6
					}
					p, ok := f.Precision()
					if !ok {
						p = 1
					}
					fmt.Fprintf(f, "%*.*f", w, p, x)
				}
				fmt.Fprintln(f, " |")
			}
			return
		}
		fmt.Fprintf(f, "Matrix%dx%d", len(m), len(m[0]))
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "high"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%s|%+v|%#v|%T\n", m, m, m, m, m)
	fmt.Printf("%q|%x|%10s|%-10s|\n", m, "hi", "right", "left")
	fmt.Println([]Money{m, {5, "USD"}})

	mx := Matrix{{1, 2.5}, {-3, 4.25}}
	fmt.Printf("%v\n", mx)
	fmt.Printf("%+v", mx)
	fmt.Printf("%+8.3v", mx)
	fmt.Printf("%d\n", mx)

	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %d %s %q %x\n", Level(1), Level(1), Level(1), Level(1), Level(1))

	p := Pair[string, []int]{"k", []int{1, 2}}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%T\n", p)
	pp := &Pair[int, Level]{1, 1}
	fmt.Printf("%v %+v\n", pp, pp)

	fmt.Printf("%08.3f|%+d|%x|%X|%o|%b|%e|%g\n", 3.14159, 42, 255, 255, 8, 5, 123456.789, 1e21)
	fmt.Printf("%5t|%-5t|%c|%U|%#x|%#o\n", true, false, 'G', 'é', 3054, 8)
	fmt.Printf("%v %v %v\n", nil, []any{nil, 1}, map[string]any{"b": nil, "a": 2.0})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	s := fmt.Sprintln("a", 1, true, 2.5, 'x')
	fmt.Print(strings.ToUpper(s))
	fmt.Printf("%v %.2v %10.4v|\n", []float64{1.0 / 3}, 3.14159, "abcdefgh")
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []byte("AB"))
	fmt.Printf("%s %x % x %q\n", []byte("hey"), []byte("hey"), []byte("hey"), []string{"a b", "c"})
}
