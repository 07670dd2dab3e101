package main

import (
	"fmt"
	"strings"
)

type Shape []int

func (s Shape) String() string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = fmt.Sprint(d)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

type Tensor struct {
	Name  string
	Shape Shape
	Data  []float32
}

// Format implements fmt.Formatter: %v prints a summary, %+v includes data, %s name only.
func (t Tensor) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Tensor(%s, shape=%v, data=%v)", t.Name, t.Shape, t.Data)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "Tensor{%q, %d elems}", t.Name, len(t.Data))
			return
		}
		fmt.Fprintf(f, "Tensor(%s, shape=%v)", t.Name, t.Shape)
	case 's':
		fmt.Fprint(f, t.Name)
	default:
		fmt.Fprintf(f, "%%!%c(Tensor)", verb)
	}
}

type Hyper struct {
	LR     float64
	Reg    float64
	Hidden []int
	Act    string
	Opts   map[string]bool
}

type Label uint8

func (l Label) GoString() string { return fmt.Sprintf("Label(%d)", uint8(l)) }

func main() {
	t := Tensor{"W1", Shape{2, 3}, []float32{0.1, -0.2, 0.3, 0.4, 0.5, -0.6}}
	fmt.Printf("%v\n%+v\n%#v\n%s\n%d\n", t, t, t, t, t)
	fmt.Println(t.Shape, []Shape{{1}, {2, 2}})
	h := Hyper{LR: 1e-3, Reg: 0.5, Hidden: []int{100, 50}, Act: "relu", Opts: map[string]bool{"bn": true, "dropout": false}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%#v\n", h)
	fmt.Printf("%T %T %T\n", h, &h, h.Opts)
	labels := []Label{3, 7}
	fmt.Printf("%v %#v\n", labels, labels)
	fmt.Printf("%q %q %x %X\n", "cat", []string{"dog", "frog"}, "ml", []byte{10, 255})
	fmt.Printf("|%8.3f|%-8.2e|%+g|%08.3f|\n", 3.14159, 0.000123, 2.5, -1.5)
	fmt.Printf("|%5d|%-5d|%05d|%x|%o|%b|\n", 42, 42, -42, 255, 8, 5)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%6.2f%%\n", 93.456)
	fmt.Printf("%v %d\n", [3]bool{true}, []int8{-1, 2})
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Println(fmt.Sprintf("%*d|%-*d|", 5, 1, 4, 2))
	var e error
	fmt.Printf("%v %+v\n", e, struct {
		A int
		B *int
	}{1, nil})
}
