package main

import "fmt"

type Args []any

func count(vals ...any) int { return len(vals) }

func main() {
	fmt.Println(count(nil), count(Args{1, 2}), count([]any(nil)), count([]any{}))
	var e error
	fmt.Println(count(e), count([]error{nil, nil}))
	xs := []any{1, 2}
	fmt.Println(count(xs...), count(xs[:1]), count(any(xs)))
}
