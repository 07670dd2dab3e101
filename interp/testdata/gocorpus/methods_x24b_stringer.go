package main

import (
	"errors"
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		sign := ""
		if m < 0 {
			sign = "-"
			m = -m
		}
		s := fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", int64(m))
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Matrix [2][2]int

func (m Matrix) String() string {
	return fmt.Sprintf("|%d %d|\n|%d %d|", m[0][0], m[0][1], m[1][0], m[1][1])
}

type Secret struct{ v string }

func (s Secret) GoString() string { return `Secret{"***"}` }
func (s *Secret) String() string  { return "ptr-secret" }

type Wrapped struct {
	T   Temp
	M   Money
	err error
}

func main() {
	temps := []Temp{21.456, -3, 100}
	fmt.Println(temps, temps[0])
	fmt.Printf("%v|%s|%.2f|%6.1f\n", temps[1], temps[1], float64(temps[1]), temps[1])
	ms := []Money{12345, -5, 0}
	for _, m := range ms {
		fmt.Printf("[%10v][%-10v][%d][%x]\n", m, m, m, m)
	}
	fmt.Println(ms)
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	s := Secret{"hunter2"}
	fmt.Printf("%v %+v %#v %v\n", s, s, s, &s)
	w := Wrapped{T: 5, M: 250}
	w2 := Wrapped{err: errors.New("boom")}
	fmt.Println(w2.err)
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%5t|%-5t|%q|%x|%X|% x\n", true, false, 'λ', "hi", []byte("hi"), "abc")
	fmt.Printf("%08.3f|%+d|%e|%g|%G\n", 3.14159, 42, 123456.789, 1e21, 1e-7)
	fmt.Printf("%3c|%-4q|%#o|%#b|%U\n", 'x', 'y', 8, 5, 0x1F600)
	fmt.Printf("%v %d %s\n", []any{1, "a", nil}, []int8{-1, 2}, []string{"p", "q"})
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	var np *Temp
	fmt.Printf("%v %v\n", np, nil)
	fmt.Println(fmt.Sprintf("%6.2f%%", 12.3456), fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Printf("%T %T %T\n", Temp(1), ms, map[string]Money{})
}
