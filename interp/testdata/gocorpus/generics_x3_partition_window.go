// Exercises: generic function returning two slices, generic sliding windows of a slice of T, a generic type in the result
package main

import "fmt"

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

type Window[T any] []T

func Windows[T any](xs []T, n int) []Window[T] {
	var out []Window[T]
	for i := 0; i+n <= len(xs); i++ {
		out = append(out, Window[T](xs[i:i+n]))
	}
	return out
}

func main() {
	grads := []float64{0.2, -1.5, 3.0, -0.1, 0.05}
	big, small := Partition(grads, func(g float64) bool { return g > 1 || g < -1 })
	fmt.Println(big, small)
	ws := Windows([]string{"a", "b", "c", "d"}, 3)
	fmt.Printf("%v %d %T\n", ws, len(ws), ws[0])
	ns := Windows([]int{1, 2}, 3)
	fmt.Println(ns == nil, len(ns))
}
