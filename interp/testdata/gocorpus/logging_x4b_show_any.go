// Exercises: a logging helper over any with a type switch on fmt.Stringer, error, []float64 and numbers; value and pointer receivers
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Vec []float64

func (v Vec) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.2f", x)
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

type Epoch struct{ N, Of int }

func (e *Epoch) String() string { return fmt.Sprintf("epoch %d/%d", e.N, e.Of) }

func show(label string, x any) {
	switch v := x.(type) {
	case nil:
		fmt.Println(label, "nil")
	case fmt.Stringer:
		fmt.Println(label, "stringer", v.String())
	case error:
		fmt.Println(label, "error", v)
	case []float64:
		fmt.Println(label, "floats", len(v))
	case int, float64:
		fmt.Println(label, "number", v)
	default:
		fmt.Printf("%s other %T\n", label, v)
	}
}

func main() {
	show("w", Vec{0.5, -1.25})
	show("e", &Epoch{3, 10})
	show("err", errors.New("diverged"))
	show("raw", []float64{1, 2})
	show("lr", 0.01)
	show("n", 7)
	show("nil", nil)
	show("struct", Epoch{1, 2})
	if s, ok := any(Vec{1}).(fmt.Stringer); ok {
		fmt.Println("assert ok", s)
	} else {
		fmt.Println("assert failed")
	}
}
