// Exercises: a student's generic print helper that checks for fmt.Stringer with a comma-ok assertion, value-receiver String types
package main

import "fmt"

type Shape [2]int

func (s Shape) String() string { return fmt.Sprintf("(%dx%d)", s[0], s[1]) }

type Loss float64

func (l Loss) String() string { return fmt.Sprintf("loss=%.3f", float64(l)) }

type span struct{ from, to int }

func (s span) String() string { return fmt.Sprintf("epochs %d-%d", s.from, s.to) }

type Weights struct {
	Name string
	Dims Shape
}

func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer " + s.String()
	}
	if e, ok := v.(error); ok {
		return "error " + e.Error()
	}
	return fmt.Sprintf("plain %v", v)
}

func main() {
	items := []any{Shape{3, 4}, Loss(0.25), Weights{"W1", Shape{784, 10}}, span{1, 5}, 42, fmt.Errorf("nan loss")}
	for _, it := range items {
		fmt.Println(describe(it))
	}
	var last any = span{6, 10}
	fmt.Println(describe(last))
	fmt.Println(Shape{1, 2}, Loss(2), Weights{"b", Shape{1, 10}})
	fmt.Printf("%v %s %d\n", Shape{5, 6}, Loss(0.5), Shape{7, 8})
}
