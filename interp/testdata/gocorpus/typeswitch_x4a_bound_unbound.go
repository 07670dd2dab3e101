// Exercises: type switches with and without a bound variable, nil case, multi-type cases, interface cases.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return "string"
	case error:
		return "error"
	case fmt.Stringer:
		return "stringer"
	default:
		return "other"
	}
}

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int doubled %d", x*2)
	case string:
		return fmt.Sprintf("string of len %d", len(x))
	case []int:
		return fmt.Sprintf("slice with %d elems", len(x))
	case int64, uint8:
		return fmt.Sprintf("%T %v", x, x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "unknown"
}

func main() {
	vals := []any{nil, 3, int64(4), "hey", errors.New("e"), Celsius(21.5), 2.5, []int{1, 2}, uint8(7)}
	for _, v := range vals {
		fmt.Println(kind(v), "|", describe(v))
	}
}
