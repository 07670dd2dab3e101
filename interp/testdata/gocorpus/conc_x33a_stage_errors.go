package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "error(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("ok(%v)", r.Val)
}

func source(lines ...string) <-chan string {
	out := make(chan string, len(lines))
	for _, l := range lines {
		out <- l
	}
	close(out)
	return out
}

func parse(in <-chan string) <-chan Result[int] {
	out := make(chan Result[int])
	go func() {
		defer close(out)
		for s := range in {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			out <- Result[int]{n, err}
		}
	}()
	return out
}

var errNegative = errors.New("negative input")

func sqrtFloor(in <-chan Result[int]) <-chan Result[int] {
	out := make(chan Result[int])
	go func() {
		defer close(out)
		for r := range in {
			if r.Err != nil {
				out <- r
				continue
			}
			if r.Val < 0 {
				out <- Result[int]{Err: fmt.Errorf("sqrt(%d): %w", r.Val, errNegative)}
				continue
			}
			x := 0
			for (x+1)*(x+1) <= r.Val {
				x++
			}
			out <- Result[int]{Val: x}
		}
	}()
	return out
}

func main() {
	errCount := 0
	for r := range sqrtFloor(parse(source("16", " 17", "x9", "-4", "1000000", "0", "99999999999999999999"))) {
		fmt.Println(r)
		if r.Err != nil {
			errCount++
			var ne *strconv.NumError
			switch {
			case errors.As(r.Err, &ne):
				fmt.Printf("  NumError func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
			case errors.Is(r.Err, errNegative):
				fmt.Println("  negative detected")
			}
		}
	}
	fmt.Println("errors:", errCount)
}
