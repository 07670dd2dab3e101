package main

import "fmt"

func gt(a, b int) any         { return a > b }
func both(a, b bool) any      { return a && b }
func not(a bool) any          { return !a }
func two(a, b int) (any, any) { return a > b, a == b }
func eq(a, b string) fmt.Stringer {
	return nil
}
func conv(a, b int) any { return any(a > b) }

func main() {
	fmt.Println(gt(2, 1), both(true, false), not(true))
	fmt.Println(two(1, 1))
	fmt.Println(conv(3, 1))
	var x any = 2 > 1
	xs := []any{1 < 2, "a" == "b"}
	m := map[string]any{"k": 3 >= 3}
	fmt.Println(x, xs, m, any(1 > 2))
	fmt.Println(1 > 2, 3 > 2)
	var y any
	y = 5 != 5
	fmt.Println(y)
	f := func(n int) any { return n%2 == 0 }
	fmt.Println(f(2), f(3))
}
