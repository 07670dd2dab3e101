// Exercises: type switch with cases on interface types error, fmt.Stringer and io.Reader.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil value"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case io.Reader:
		b, _ := io.ReadAll(x)
		return "reader with " + string(b)
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(errors.New("bad")))
	fmt.Println(describe(Color(1)))
	fmt.Println(describe(strings.NewReader("data")))
	fmt.Println(describe(7))
	fmt.Println(describe(int64(8)))
	fmt.Println(describe(3.5))
}
