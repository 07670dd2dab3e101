// Exercises: type switches with several types per case (variable keeps the interface type), a nil case, interface cases (error, fmt.Stringer), and a switch on a value's dynamic type in a helper.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64, int8:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case string:
		return "string of " + strconv.Itoa(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int, map[string]int:
		return fmt.Sprintf("container %v", x)
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 3, int64(4), int8(-1), 2.5, float32(0.5), "héllo", errors.New("boom"),
		ID(7), []int{1}, map[string]int{"a": 1}, func() int { return 9 }, struct{}{}, uint(3)}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var err error = fmt.Errorf("wrapped: %w", errors.New("inner"))
	switch err.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("unwrappable")
	default:
		fmt.Println("plain")
	}
}
