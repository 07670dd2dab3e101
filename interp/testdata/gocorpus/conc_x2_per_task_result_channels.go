// Exercises: each task gets its own result channel, read back in submission order (futures).
package main

import (
	"fmt"
	"strings"
	"time"
)

type Future[T any] chan T

func Async[T any](f func() T) Future[T] {
	c := make(Future[T], 1)
	go func() { c <- f() }()
	return c
}

func (f Future[T]) Await() T { return <-f }

func slowUpper(s string, d time.Duration) func() string {
	return func() string {
		time.Sleep(d)
		return strings.ToUpper(s)
	}
}

func main() {
	inputs := []string{"first", "second", "third", "fourth"}
	delays := []time.Duration{30, 5, 20, 1}
	var futures []Future[string]
	for i, s := range inputs {
		futures = append(futures, Async(slowUpper(s, delays[i]*time.Millisecond)))
	}
	for i, f := range futures {
		fmt.Println(i, f.Await())
	}
	sum := Async(func() int {
		t := 0
		for i := 1; i <= 100; i++ {
			t += i
		}
		return t
	})
	fmt.Println(sum.Await())
}
