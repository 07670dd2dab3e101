package main

import "fmt"

func count[T any](xs ...T) int { return len(xs) }

type logger struct{}

func (logger) log(args ...any) { fmt.Println(len(args), args) }

func main() {
	xs := []any{1, 2}
	fmt.Println(count[any](xs), count(xs...), count(xs))
	logger{}.log(xs)
	var l logger
	l.log("a", xs)
	f := func(args ...interface{}) int { return len(args) }
	fmt.Println(f(xs), f(xs...))
}
