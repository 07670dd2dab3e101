// Exercises: a slice, an array and an interface holding a slice passed without ... to a ...any function (one argument each), with other arguments, to a generic variadic instantiated with any, and appended to a []any
package main

import "fmt"

func count(prefix string, vals ...any) string { return fmt.Sprint(prefix, len(vals), vals) }

func countT[T any](xs ...T) int { return len(xs) }

type logger struct{ lines []string }

func (l *logger) log(args ...any) { l.lines = append(l.lines, fmt.Sprint(len(args), args)) }

func main() {
	xs := []any{1, 2}
	ys := []int{3, 4, 5}
	arr := [2]string{"a", "b"}
	var boxed any = xs
	fmt.Println(count("a", xs))
	fmt.Println(count("b", xs, 3))
	fmt.Println(count("c", ys, arr))
	fmt.Println(count("d", boxed), count("e", []any{}), count("f", []any(nil)))
	fmt.Println(count("g", xs...))
	fmt.Println(countT[any](xs), countT(1, 2))
	out := append([]any{}, xs)
	out = append(out, ys, boxed)
	fmt.Println(len(out), out)
	var l logger
	l.log(xs)
	l.log(xs...)
	fmt.Println(l.lines)
}
