// Exercises: switch - on values, several values per case, no condition, init statements, fallthrough, break in a loop, type switches
package main

import (
	"fmt"
	"time"
)

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %.1f", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, code := range []int{200, 301, 404, 418, 503} {
		switch code {
		case 200:
			fmt.Println(code, "ok")
		case 301, 302:
			fmt.Println(code, "redirect")
		case 404:
			fmt.Println(code, "not found")
		default:
			fmt.Println(code, "other")
		}
	}
	switch d := time.Date(2025, 12, 25, 0, 0, 0, 0, time.UTC); d.Weekday() {
	case time.Saturday, time.Sunday:
		fmt.Println(d.Format("Jan 2"), "weekend")
	default:
		fmt.Println(d.Format("Jan 2"), "weekday", d.Weekday())
	}
	switch level := 2; level {
	case 2:
		fmt.Println("level 2")
		fallthrough
	case 1:
		fmt.Println("level 1 (fell through)")
	case 0:
		fmt.Println("level 0")
	}
	for i := 0; i < 5; i++ {
		switch {
		case i == 3:
			break
		default:
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	for _, v := range []any{nil, 7, int64(8), 2.25, "abc", []int{1}, time.Second, fmt.Errorf("e"), struct{}{}} {
		fmt.Println(kind(v))
	}
}
