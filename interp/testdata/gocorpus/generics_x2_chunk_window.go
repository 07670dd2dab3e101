// Exercises: generic Chunk and sliding Window helpers written by hand.
package main

import "fmt"

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for i := 0; i < len(xs); i += n {
		end := min(i+n, len(xs))
		out = append(out, xs[i:end])
	}
	return out
}

func Window[T any](xs []T, size int) [][]T {
	var out [][]T
	for i := 0; i+size <= len(xs); i++ {
		out = append(out, xs[i:i+size])
	}
	return out
}

func SumWindows(xs []int, size int) []int {
	var sums []int
	for _, w := range Window(xs, size) {
		s := 0
		for _, v := range w {
			s += v
		}
		sums = append(sums, s)
	}
	return sums
}

func main() {
	fmt.Println(Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(Chunk([]string{"a", "b"}, 5))
	fmt.Println(len(Chunk([]int{}, 2)))
	fmt.Println(Window([]rune("abcd"), 2))
	depths := []int{199, 200, 208, 210, 200, 207, 240, 269, 260, 263}
	sums := SumWindows(depths, 3)
	inc := 0
	for i := 1; i < len(sums); i++ {
		if sums[i] > sums[i-1] {
			inc++
		}
	}
	fmt.Println(sums, inc)
}
