package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stage[In, Out any] func(<-chan In) <-chan Out

func MapStage[In, Out any](f func(In) Out) Stage[In, Out] {
	return func(in <-chan In) <-chan Out {
		out := make(chan Out)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

func FilterStage[T any](keep func(T) bool) Stage[T, T] {
	return func(in <-chan T) <-chan T {
		out := make(chan T)
		go func() {
			defer close(out)
			for v := range in {
				if keep(v) {
					out <- v
				}
			}
		}()
		return out
	}
}

func BatchStage[T any](size int) Stage[T, []T] {
	return func(in <-chan T) <-chan []T {
		out := make(chan []T)
		go func() {
			defer close(out)
			var batch []T
			for v := range in {
				batch = append(batch, v)
				if len(batch) == size {
					out <- batch
					batch = nil
				}
			}
			if len(batch) > 0 {
				out <- batch
			}
		}()
		return out
	}
}

func Compose[A, B, C any](s1 Stage[A, B], s2 Stage[B, C]) Stage[A, C] {
	return func(in <-chan A) <-chan C { return s2(s1(in)) }
}

func Emit[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, v := range vs {
			c <- v
		}
	}()
	return c
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	parse := MapStage(func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return -1
		}
		return n
	})
	valid := FilterStage(func(n int) bool { return n >= 0 })
	pipeline := Compose(Compose(parse, valid), BatchStage[int](3))

	for b := range pipeline(Emit(strings.Split("4,8,x,15,16,-,23,42,7", ",")...)) {
		sum := 0
		for _, v := range b {
			sum += v
		}
		fmt.Printf("batch %v sum=%d\n", b, sum)
	}

	label := MapStage(func(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} })
	for p := range label(Emit("chan", "select", "go")) {
		fmt.Println(p, p.Key, p.Val)
	}
	fmt.Printf("%T\n", pipeline)
	fmt.Printf("%+v\n", Pair[int, []string]{1, []string{"a"}})
}
