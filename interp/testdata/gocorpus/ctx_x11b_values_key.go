// Exercises: context values with an unexported key type, WithValue chain shadowing, typed accessor, WithCancel and Err
package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey int

const (
	userKey ctxKey = iota
	requestIDKey
)

type otherKey int

func WithUser(ctx context.Context, u string) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func UserFrom(ctx context.Context) (string, bool) {
	u, ok := ctx.Value(userKey).(string)
	return u, ok
}

func handle(ctx context.Context) string {
	u, ok := UserFrom(ctx)
	if !ok {
		u = "anonymous"
	}
	id, _ := ctx.Value(requestIDKey).(int)
	return fmt.Sprintf("user=%s id=%d", u, id)
}

func main() {
	ctx := context.Background()
	fmt.Println(handle(ctx))
	ctx = WithUser(ctx, "ann")
	ctx = context.WithValue(ctx, requestIDKey, 42)
	fmt.Println(handle(ctx))
	inner := WithUser(ctx, "bob")
	fmt.Println(handle(inner), handle(ctx))
	fmt.Println(ctx.Value(otherKey(0)) == nil, ctx.Value(ctxKey(0)))
	cctx, cancel := context.WithCancel(inner)
	fmt.Println(cctx.Err(), handle(cctx))
	cancel()
	<-cctx.Done()
	fmt.Println(cctx.Err(), errors.Is(cctx.Err(), context.Canceled), ctx.Err())
}
