package main

import (
	"errors"
	"fmt"
	"strings"
)

type C float64

func (c C) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Status int

func (s Status) String() string { return [...]string{"ok", "failed"}[s] }

func MinMax(xs ...C) (C, C) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func check(n int) (Status, error) {
	if n < 0 {
		return 1, errors.New("negative")
	}
	return 0, nil
}

func Pair[T any](a, b T) (T, T) { return b, a }

func describe(a, b any) string { return fmt.Sprintf("%v|%v", a, b) }

func main() {
	fmt.Println(MinMax(3, 1, 2))
	fmt.Println(check(1))
	fmt.Println(check(-1))
	fmt.Println(Pair(Status(0), Status(1)))
	fmt.Println(describe(MinMax(5, 9)))
	s := fmt.Sprint(MinMax(7, 8))
	fmt.Println(strings.ToUpper(s))
	fmt.Print(MinMax(4, 6))
	fmt.Println()
	defer fmt.Println(check(2))
}
