// Exercises: a describe(any) function with a type switch over many kinds of values.
package main

import "fmt"

type Temp float64

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %.2f", x)
	case string:
		return fmt.Sprintf("string of length %d", len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case func() string:
		return "func returning " + x()
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	values := []any{
		nil, 42, int64(7), 3.14159, "hello", true, false,
		[]int{1, 2, 3}, map[string]int{"a": 1},
		func() string { return "hi" }, fmt.Errorf("bad %d", 1),
		Temp(36.6), struct{}{}, 'x', [2]int{},
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}
}
