// Exercises: pipeline of goroutine stages with directional channels, close propagation, generic map and batching stages
package main

import "fmt"

// count sends lo, lo+1, ..., hi-1 and closes its channel.
func count(lo, hi int) <-chan int {
	ch := make(chan int, 2)
	go func() {
		for n := lo; n < hi; n++ {
			ch <- n
		}
		close(ch)
	}()
	return ch
}

func stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

// batch groups values into slices of n; the last batch may be shorter.
func batch[T any](in <-chan T, n int) <-chan []T {
	out := make(chan []T, 1)
	go func() {
		defer close(out)
		var cur []T
		for v := range in {
			if cur = append(cur, v); len(cur) == n {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

func main() {
	sq := stage(count(1, 7), func(n int) int { return n * n })
	groups := batch(sq, 4)
	str := stage(groups, func(g []int) string { return fmt.Sprintf("<%v>", g) })
	for s := range str {
		fmt.Print(s, " ")
	}
	fmt.Println()
	total := 0
	for v := range stage(count(10, 12), func(n int) float64 { return float64(n) / 4 }) {
		total += int(v * 10)
	}
	fmt.Println(total)
}
