package main

import "fmt"

type Circ struct{ R float64 }

func (c *Circ) String() string {
	if c == nil {
		return "nil circle"
	}
	return "circle"
}

func classify(x any) string {
	switch v := x.(type) {
	case fmt.Stringer:
		return v.String()
	}
	return "other"
}

func main() {
	// go: circle nil circle
	// gobackprop: circle [cell 0] ERROR runtime.Error: runtime error: invalid memory address or nil pointer dereference
	var c *Circ
	fmt.Println(classify(&Circ{1}))
	fmt.Println(classify(c))
}
