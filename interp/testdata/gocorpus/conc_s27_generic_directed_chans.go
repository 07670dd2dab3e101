// Generic channel helpers passing receive- and send-only channels of a
// type parameter to other generic helpers, and context values printed
// with their keys.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func orDone[T any](done <-chan struct{}, in <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			}
		}
	}()
	return out
}

func collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func feed[T any](out chan<- T, vs ...T) {
	for _, v := range vs {
		out <- v
	}
	close(out)
}

func pipeline[T any](done <-chan struct{}, vs []T) []T {
	src := make(chan T)
	go feed(src, vs...)
	return collect(orDone(done, src))
}

func main() {
	done := make(chan struct{})
	fmt.Println(pipeline(done, []string{"a", "b", "c"}), pipeline(done, []int{1, 2}))
	ctx := context.WithValue(context.Background(), ctxKey("id"), 42)
	fmt.Println(ctx, ctx.Value(ctxKey("id")))
}
