// Exercises: type assertions with comma-ok on concrete and interface types.
package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	values := []any{42, "17", Square{3}, 2.5, nil, []int{1}}
	for _, v := range values {
		if n, ok := v.(int); ok {
			fmt.Println("int", n+1)
		} else if s, ok := v.(string); ok {
			x, _ := strconv.Atoi(s)
			fmt.Println("string", x*2)
		} else if sh, ok := v.(Shape); ok {
			fmt.Println("shape", sh.Area())
		} else {
			f, ok := v.(float64)
			fmt.Println("fallback", f, ok)
		}
	}
}
