package main

import (
	"fmt"
	"strings"
)

type Value struct {
	Data  float64
	Grad  float64
	Label string
	Prev  []*Value
}

func (v Value) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Value{%s data=%g grad=%g prev=%d}", v.Label, v.Data, v.Grad, len(v.Prev))
			return
		}
		fmt.Fprintf(f, "Value(%g)", v.Data)
	case 'g':
		p, ok := f.Precision()
		if !ok {
			p = 3
		}
		fmt.Fprintf(f, "%.*f±%.*f", p, v.Data, p, v.Grad)
	default:
		fmt.Fprintf(f, "%%!%c(Value)", verb)
	}
}

type Shape [2]int

func (s Shape) String() string { return fmt.Sprintf("(%d×%d)", s[0], s[1]) }

type Hyper struct {
	LR     float64
	Epochs int
	Layers []int
	Act    string
	Shape  Shape
	Extra  map[string]any
	Seed   *uint64
}

func main() {
	a := Value{Data: 1.25, Grad: -0.5, Label: "a"}
	b := Value{Data: 3, Label: "b", Prev: []*Value{&a}}
	fmt.Printf("%v | %+v | %g | %.1g | %d\n", a, b, a, b, a)
	fmt.Println(a, []Value{a, b})
	seed := uint64(42)
	h := Hyper{LR: 0.01, Epochs: 20, Layers: []int{2, 16, 1}, Act: "relu", Shape: Shape{4, 2}, Extra: map[string]any{"wd": 1e-4, "name": "run1", "nest": true}}
	fmt.Printf("%v\n", h)
	fmt.Printf("%+v\n", h)
	h.Seed = &seed
	fmt.Printf("%v %d\n", h.Seed != nil, *h.Seed)
	fmt.Printf("%#v\n", h.Layers)
	fmt.Printf("%#v\n", h.Shape)
	fmt.Printf("%#v\n", h.Extra)
	fmt.Printf("%T %T %T\n", h, h.Extra, a.Format)
	fmt.Printf("[%8.3f] [%-8.2e] [%+.2E] [%08.3f] [%x] [%X]\n", 3.14159, 0.000123, 12345.678, -2.5, 255, "hi")
	fmt.Printf("[%q] [%-6s] [%6s] [%*d] [%-*d]\n", "tanh", "relu", "exp", 5, 42, 4, 7)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%c %U %08b %o %#x\n", 'ε', 'ε', 5, 64, 3054)
	fmt.Printf("%6.2f%%\n", 93.456)
	fmt.Println(strings.Repeat("-", 10), fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))
	fmt.Printf("%v %s\n", []string{"a", "b"}, []byte("xyz"))
	fmt.Printf("%v %v\n", struct{}{}, [3]bool{true})
	var e error
	fmt.Printf("%v\n", e)
}
