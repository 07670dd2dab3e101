package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type ctxKey string

const (
	requestIDKey ctxKey = "request-id"
	userKey      ctxKey = "user"
)

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	if v, ok := ctx.Value(requestIDKey).(string); ok {
		return v
	}
	return "-"
}

type logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *logger) Printf(ctx context.Context, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf("[%s] ", RequestID(ctx))+fmt.Sprintf(format, args...))
}

func handle(ctx context.Context, log *logger, path string) error {
	user, _ := ctx.Value(userKey).(string)
	if user == "" {
		return errors.New("unauthenticated")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stopped := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		log.Printf(ctx, "cleanup for %s", path)
		close(stopped)
	})
	_ = stop
	log.Printf(ctx, "%s requested %s", user, path)
	cancel()
	<-stopped
	return nil
}

func main() {
	log := &logger{}
	base := context.Background()
	var wg sync.WaitGroup
	reqs := []struct{ id, user, path string }{
		{"r1", "ana", "/home"},
		{"r2", "", "/admin"},
		{"r3", "bo", "/cart"},
	}
	errs := make([]error, len(reqs))
	for i, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := WithRequestID(base, r.id)
			if r.user != "" {
				ctx = context.WithValue(ctx, userKey, r.user)
			}
			errs[i] = handle(ctx, log, r.path)
		}()
	}
	wg.Wait()
	sort.Strings(log.lines)
	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(errs)
	fmt.Println(RequestID(base), base.Value(userKey))

	ctx := context.WithoutCancel(WithRequestID(base, "keep"))
	fmt.Println(RequestID(ctx), ctx.Done() == nil)
	fmt.Println(WithRequestID(base, "x"))
}
