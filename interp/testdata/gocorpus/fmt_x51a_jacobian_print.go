package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Jacobian struct {
	Out, In int
	Data    [][]float64
	Label   string
}

func (j Jacobian) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Jacobian{%s %dx%d}", j.Label, j.Out, j.In)
			return
		}
		fallthrough
	case 's':
		prec, ok := f.Precision()
		if !ok {
			prec = 2
		}
		rows := make([]string, len(j.Data))
		for i, r := range j.Data {
			cells := make([]string, len(r))
			for k, v := range r {
				cells[k] = strconv.FormatFloat(v, 'f', prec, 64)
			}
			rows[i] = strings.Join(cells, ", ")
		}
		fmt.Fprint(f, "[["+strings.Join(rows, "], [")+"]]")
	default:
		fmt.Fprintf(f, "%%!%c(Jacobian)", verb)
	}
}

func main() {
	// f(x, y) = (x*y, x+y, x/y)
	x, y := 2.0, 4.0
	j := Jacobian{3, 2, [][]float64{{y, x}, {1, 1}, {1 / y, -x / (y * y)}}, "f"}
	fmt.Printf("%v\n", j)
	fmt.Printf("%.4v\n", j)
	fmt.Printf("%+v\n", j)
	fmt.Printf("%d\n", j)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Label)
	fmt.Printf("%T\n", j.Data)
	fmt.Printf("%#v\n", j.Data[0])
	fmt.Printf("%x %X %o %b\n", 255, 255, 8, 5)
	fmt.Printf("%8.3e|%-8.2f|%+g\n", 12345.678, 3.14159, 0.5)
	s := fmt.Sprint("shape=", j.Out, "x", j.In)
	fmt.Println(s, strconv.Quote(s), strconv.Itoa(j.Out*j.In))
}
