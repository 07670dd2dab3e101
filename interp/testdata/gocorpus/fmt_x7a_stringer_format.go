// Exercises: String() honoured inside slices, maps, struct fields and pointers; Format method with verbs and flags; GoString for %#v; Error beats String
package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%g, Y:%g}", v.X, v.Y)
			return
		}
		fmt.Fprintf(f, "(%g, %g)", v.X, v.Y)
	case 's':
		w, ok := f.Width()
		s := fmt.Sprintf("%g,%g", v.X, v.Y)
		if ok && w > len(s) {
			s = strings.Repeat(".", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Reading struct {
	Where string
	T     Temp
	P     *Temp
}

func main() {
	t := Temp(21.55)
	fmt.Println(t, []Temp{1, 2.25}, map[string]Temp{"in": 20, "out": -3})
	fmt.Printf("%v %+v\n", Reading{"lab", t, &t}, Reading{"lab", t, nil})
	fmt.Printf("%d %s|%q\n", []int{1}, t, t)
	v := Vec{1.5, -2}
	fmt.Printf("%v %+v %s|%10s|%d\n", v, v, v, v, v)
	fmt.Println(v, []Vec{{0, 1}})
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, []Both{{}})
}
