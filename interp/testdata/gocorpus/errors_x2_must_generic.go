// Exercises: a generic Must helper that panics on error, and a caller that recovers.
package main

import (
	"fmt"
	"strconv"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func sumStrings(xs ...string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("sumStrings: %w", e)
		}
	}()
	for _, x := range xs {
		total += Must(strconv.Atoi(x))
	}
	return total, nil
}

func main() {
	fmt.Println(Must(strconv.ParseFloat("2.5", 64)))
	fmt.Println(Must(strconv.ParseBool("true")))
	fmt.Println(sumStrings("1", "2", "3"))
	fmt.Println(sumStrings("1", "two", "3"))
	total, err := sumStrings()
	fmt.Println(total, err)
}
