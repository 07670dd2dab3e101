// Exercises: two struct types of one structure (and a second pair) in interface{}: %T, type switches with pointer cases, json, map[any] keys counting, channels of any, a value that reached the interface{} through an interface of the notebook, ==, a failed assertion's panic
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }
type Size struct{ X, Y int }

func (s Size) Area() int { return s.X * s.Y }

type Shape interface{ Area() int }

type Event struct {
	Kind string
	At   int
}
type Alarm struct {
	Kind string
	At   int
}

func describe(v any) string {
	switch x := v.(type) {
	case Point:
		return fmt.Sprintf("point(%d,%d)", x.X, x.Y)
	case Size:
		return fmt.Sprintf("size %dx%d area %d", x.X, x.Y, x.Area())
	case *Point:
		x.X++
		return "ptr point"
	case Shape:
		return "shape"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	p := &Point{1, 2}
	items := []any{Point{1, 2}, Size{3, 4}, p, Event{"boot", 1}, Alarm{"fire", 2}, 7}
	for _, it := range items {
		fmt.Printf("%-14T %-22s %v %+v\n", it, describe(it), it, it)
	}
	fmt.Println(p.X)
	fmt.Printf("%#v\n", items[:2])
	b, err := json.Marshal(items)
	fmt.Println(string(b), err)
	counts := map[any]int{}
	for _, k := range []any{Point{1, 1}, Size{1, 1}, Point{1, 1}, Event{"a", 1}, Alarm{"a", 1}} {
		counts[k]++
	}
	var keys []string
	for k, v := range counts {
		keys = append(keys, fmt.Sprintf("%T=%v:%d", k, k, v))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))
	ch := make(chan any, 2)
	ch <- Event{"x", 9}
	ch <- Alarm{"y", 8}
	for range 2 {
		switch e := (<-ch).(type) {
		case Event:
			fmt.Println("event", e.Kind)
		case Alarm:
			fmt.Println("alarm", e.Kind)
		}
	}
	var s Shape = Size{2, 5}
	var a any = s
	sz, ok := a.(Size)
	_, isPt := a.(Point)
	sh, isShape := a.(Shape)
	fmt.Println(sz, ok, isPt, isShape, sh.Area())
	fmt.Println(any(Point{1, 2}) == any(Point{1, 2}), any(Point{1, 2}) == any(Size{1, 2}), items[0] == Point{1, 2})
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	_ = items[1].(Point)
}
