package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func ParallelSum[T Number](xs []T, chunks int) T {
	size := (len(xs) + chunks - 1) / chunks
	partial := make(chan T, chunks)
	n := 0
	for start := 0; start < len(xs); start += size {
		end := min(start+size, len(xs))
		n++
		go func(part []T) {
			var s T
			for _, x := range part {
				s += x
			}
			partial <- s
		}(xs[start:end])
	}
	var total T
	for i := 0; i < n; i++ {
		total += <-partial
	}
	return total
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func main() {
	words := strings.Fields("map filter reduce fold scan zip unzip")
	lens := ParallelMap(words, 3, func(s string) int { return len(s) })
	fmt.Println(lens)
	upper := ParallelMap(words, 2, strings.ToUpper)
	fmt.Printf("%q\n", upper)

	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	fmt.Println("sum 1..1000 =", ParallelSum(nums, 7))

	temps := []Celsius{21.5, 19.0, 23.25, 18.75}
	fmt.Println("temps total:", ParallelSum(temps, 2))
	fmt.Println(ParallelMap(temps, 4, func(c Celsius) Celsius { return c*9/5 + 32 }))
	fmt.Printf("%v %T\n", ParallelSum([]float64{0.5, 0.25}, 1), ParallelSum([]int64{1, 2}, 3))
}
