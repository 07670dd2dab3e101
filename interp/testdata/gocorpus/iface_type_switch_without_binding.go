// Exercises: type switches that bind no variable, as tutorials write them
// to dispatch on a value's type: structs, pointers, slices of the
// program's types, and several types in one case.
package main

import "fmt"

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

type Event struct {
	Name    string
	Payload any
}

func describe(v any) string {
	switch v.(type) {
	case Circle:
		return "a circle"
	case *Rect:
		return "a pointer to a rect"
	case []Circle, []*Rect:
		return "a list of shapes"
	case nil:
		return "nothing"
	case int, float64:
		return "a number"
	}
	return fmt.Sprintf("something else (%T)", v)
}

func main() {
	values := []any{Circle{1}, &Rect{2, 3}, []Circle{{1}}, []*Rect{}, nil, 3, 2.5, "s", Rect{}}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	counts := map[string]int{}
	events := []Event{{"draw", Circle{2}}, {"draw", &Rect{1, 1}}, {"log", "hello"}, {"draw", Circle{3}}}
	for _, e := range events {
		switch e.Payload.(type) {
		case Circle:
			counts["circle"]++
		case *Rect:
			counts["rect"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	var last any = events[len(events)-1].Payload
	switch last.(type) {
	case Circle:
		fmt.Println("the last payload is a circle")
	default:
		fmt.Println("the last payload is not a circle")
	}
}
