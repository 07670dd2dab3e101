// Exercises: type switches - multiple types per case keep interface type, nil case, order of cases matters for interfaces
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case float64:
		return fmt.Sprintf("float %g", x+0.5)
	case []int:
		return fmt.Sprint("slice len ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 3, int64(4), errors.New("bad"), Temp(21.5), 1.5, []int{1, 2}, "s", Temp(0)}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
}
