// Exercises: values in interface{} asserted and type-switched to the program's own interfaces.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }

type Square struct{ side float64 }
type Circle struct{ r float64 }
type Label string

func (s Square) Area() float64  { return s.side * s.side }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (s Square) Name() string   { return "square" }
func (l Label) Name() string    { return string(l) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case Shape:
		return fmt.Sprintf("shape of area %.1f", x.Area())
	case Namer:
		return "named " + x.Name()
	case int, float64:
		return fmt.Sprint("number ", x)
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func kind(v any) string {
	switch v.(type) {
	case Shape:
		return "shape"
	case Namer:
		return "namer"
	}
	return "-"
}

func main() {
	values := []any{Square{2}, &Circle{1}, Circle{1}, Label("tag"), 7, 2.5, "s", nil}
	for _, v := range values {
		s, isShape := v.(Shape)
		n, isNamer := v.(Namer)
		fmt.Println(describe(v), "|", kind(v), "|", isShape, s != nil, isNamer, n != nil)
	}
	total := 0.0
	for _, v := range values {
		if s, ok := v.(Shape); ok {
			total += s.Area()
		}
	}
	fmt.Println("total area", total)
	fmt.Println(values[0].(Namer).Name())
}
