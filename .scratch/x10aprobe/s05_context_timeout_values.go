package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key struct{ name string }

type reqInfo struct {
	ID   int
	User string
}

func handle(ctx context.Context) string {
	info, ok := ctx.Value(key{"req"}).(reqInfo)
	if !ok {
		return "no info"
	}
	return fmt.Sprintf("req %d by %s", info.ID, info.User)
}

func slow(ctx context.Context) error {
	select {
	case <-time.After(time.Hour):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slow: %w", ctx.Err())
	}
}

func main() {
	ctx := context.WithValue(context.Background(), key{"req"}, reqInfo{7, "ann"})
	fmt.Println(handle(ctx), handle(context.Background()))
	tctx, cancel := context.WithTimeout(ctx, 5*time.Millisecond)
	defer cancel()
	err := slow(tctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), handle(tctx))
	dl, has := tctx.Deadline()
	fmt.Println(has, !dl.IsZero())
	wc := context.WithoutCancel(tctx)
	fmt.Println(wc.Err(), handle(wc))
	cctx, ccancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer ccancel()
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))
}
