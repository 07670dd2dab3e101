// Exercises: context.WithValue with an unexported named key type, comma-ok assertion of the value, WithCancel and Done, context.Cause
package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey string

const (
	userKey  ctxKey = "user"
	traceKey ctxKey = "trace"
)

func handle(ctx context.Context) string {
	user, ok := ctx.Value(userKey).(string)
	if !ok {
		user = "anonymous"
	}
	trace, _ := ctx.Value(traceKey).(int)
	return fmt.Sprintf("%s#%d", user, trace)
}

func main() {
	base := context.Background()
	fmt.Println(handle(base))
	ctx := context.WithValue(base, userKey, "alice")
	ctx = context.WithValue(ctx, traceKey, 42)
	ctx = context.WithValue(ctx, "user", "mallory")
	fmt.Println(handle(ctx), ctx.Value("user"))
	cctx, cancel := context.WithCancelCause(ctx)
	cancel(errors.New("shutting down"))
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx), handle(cctx))
}
