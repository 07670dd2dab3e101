// Exercises: defer cancel() of a context and observing Done/Err after cancellation.
package main

import (
	"context"
	"fmt"
)

func process(parent context.Context) context.Context {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("unexpectedly done")
	default:
		fmt.Println("still running, err:", ctx.Err())
	}
	return ctx
}

func main() {
	ctx := process(context.Background())
	<-ctx.Done()
	fmt.Println("after return, err:", ctx.Err())
	fmt.Println(ctx.Err() == context.Canceled)
}
