// Exercises: type switches with interface cases (error, fmt.Stringer, io.Reader), multiple types per case, nil case, generic type in case
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type Box[T any] struct{ V T }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case io.Reader:
		b, _ := io.ReadAll(x)
		return "reader: " + string(b)
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case Box[int]:
		return fmt.Sprint("box of int ", x.V+1)
	case Box[string]:
		return "box of string " + x.V
	case []any:
		return fmt.Sprint("list of ", len(x))
	case func() int:
		return fmt.Sprint("func -> ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, errors.New("bad"), Name("ann"), strings.NewReader("data"), 3, int64(4),
		Box[int]{1}, Box[string]{"s"}, []any{1, 2}, func() int { return 9 }, 2.5, Box[bool]{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
