// Exercises: type switch cases listing several types keep the variable as interface type.
package main

import "fmt"

func kind(v any) string {
	switch x := v.(type) {
	case int8, int16, int32, int64, int:
		return fmt.Sprintf("signed %T(%v)", x, x)
	case uint, uint8, uint16:
		return fmt.Sprintf("unsigned %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case func() string:
		return "func returning " + x()
	}
	return "unknown"
}

func sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	for _, v := range []any{int8(-3), 40, uint16(7), byte(9), "héllo", []int{1, 2, 3}, func() string { return "hi" }, 1.5} {
		fmt.Println(kind(v))
	}
}
