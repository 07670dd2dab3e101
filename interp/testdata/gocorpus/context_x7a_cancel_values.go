// Exercises: context.WithCancel, WithValue with unexported key type, WithCancelCause, context.Cause, Err after cancel, AfterFunc
package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey string

const userKey ctxKey = "user"

func handle(ctx context.Context, steps int) (int, error) {
	done := 0
	for i := range steps {
		select {
		case <-ctx.Done():
			return done, ctx.Err()
		default:
		}
		done = i + 1
		if done == 3 {
			if u, ok := ctx.Value(userKey).(string); ok && u == "guest" {
				return done, errors.New("guests stop at 3")
			}
		}
	}
	return done, nil
}

func main() {
	base := context.WithValue(context.Background(), userKey, "admin")
	fmt.Println(base.Value(userKey), base.Value(ctxKey("other")))
	fmt.Println(handle(base, 5))
	fmt.Println(handle(context.WithValue(base, userKey, "guest"), 5))
	ctx, cancel := context.WithCancel(base)
	cancel()
	n, err := handle(ctx, 5)
	fmt.Println(n, err, errors.Is(err, context.Canceled))
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutdown requested"))
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))
	actx, acancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	context.AfterFunc(actx, func() { ran <- "after func ran" })
	acancel()
	fmt.Println(<-ran)
	fmt.Println(ctx.Value(userKey))
}
