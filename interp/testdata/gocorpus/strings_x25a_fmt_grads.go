package main

import (
	"fmt"
	"math"
	"strings"
)

type Stat struct {
	Name  string
	Grads []float64
	Shape [2]int
	Meta  *Meta
}

type Meta struct {
	Frozen bool
	Tag    string
}

type Scalar float64

func (s Scalar) Format(f fmt.State, verb rune) {
	p, ok := f.Precision()
	if !ok {
		p = 2
	}
	switch verb {
	case 'v', 'f':
		fmt.Fprintf(f, "%.*f", p, float64(s))
	case 's':
		fmt.Fprintf(f, "scalar<%g>", float64(s))
	default:
		fmt.Fprintf(f, "%%!%c(Scalar)", verb)
	}
}

func main() {
	g := []float64{0.000123456, -1234.5, math.Pi, 0, math.Inf(1), math.NaN()}
	for _, v := range g {
		fmt.Printf("|%10.3e|%-12g|%+.2f|%8.4g|\n", v, v, v, v)
	}
	st := Stat{"layer1.weight", []float64{0.5, -0.25}, [2]int{1, 2}, &Meta{Tag: "lin"}}
	s := fmt.Sprintf("%+v", st)
	fmt.Println(s[:strings.Index(s, "Meta:")+5] != "", strings.Contains(s, "Meta:0x"))
	fmt.Printf("%v\n", st.Grads)
	fmt.Printf("%#v\n", st.Shape)
	fmt.Printf("%+v\n", *st.Meta)
	fmt.Printf("%q %x %X\n", st.Name, "dw", 255)
	fmt.Printf("%*.*f|%-*d|\n", 10, 3, 1.23456, 5, 42)
	fmt.Printf("%v %.4v %s %d\n", Scalar(1.5), Scalar(math.E), Scalar(2), Scalar(3))
	fmt.Printf("%6.2f%%\n", 93.456)
	fmt.Printf("%t %v %08.3f %+d\n", true, nil, -3.14159, 7)
	fmt.Printf("%T %T %T\n", st, st.Meta, Scalar(0))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Printf("%s\n", []string{"dx", "dy"})
	fmt.Printf("%v %d\n", []any{1, "x", 2.5, nil}, []int8{-1, 2})
	fmt.Printf("%e %G\n", 1e-20, 1e21)
}
