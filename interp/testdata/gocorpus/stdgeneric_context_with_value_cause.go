// Exercises: context.WithValue lookups, WithCancelCause and context.Cause.
package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("role"), "admin")
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("role")), ctx.Value(ctxKey("none")))
	fmt.Println(ctx.Value("user"))
	cctx, cancel := context.WithCancelCause(ctx)
	cancel(errors.New("shutdown requested"))
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))
	fmt.Println(cctx.Value(ctxKey("user")))
	after := context.AfterFunc(cctx, func() {})
	fmt.Println(after())
}
