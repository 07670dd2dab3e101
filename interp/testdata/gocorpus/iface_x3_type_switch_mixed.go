// Exercises: type switch with interface cases (error, fmt.Stringer), concrete cases, nil, default
package main

import (
	"errors"
	"fmt"
)

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case []string:
		return fmt.Sprintf("strings len %d", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, errors.New("boom"), Name("ann"), 3, int64(4), []string{"a"}, 2.5} {
		fmt.Println(describe(v))
	}
}
