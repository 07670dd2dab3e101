package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type reqIDKey struct{}
type tenantKey struct{}
type stepKey struct{}

type stepper struct {
	events  chan string
	proceed chan struct{}
}

func slowSearch(ctx context.Context, terms []string, step *stepper) ([]string, error) {
	var found []string
	for _, t := range terms {
		select {
		case <-ctx.Done():
			return found, fmt.Errorf("search aborted after %d terms: %w", len(found), context.Cause(ctx))
		default:
		}
		found = append(found, t+"!")
		if step != nil {
			step.events <- t
			<-step.proceed
		}
	}
	return found, nil
}

var errClientGone = errors.New("client went away")

func main() {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		tenant, _ := ctx.Value(tenantKey{}).(string)
		id := ctx.Value(reqIDKey{})
		step, _ := ctx.Value(stepKey{}).(*stepper)
		res, err := slowSearch(ctx, []string{"a", "b", "c", "d", "e"}, step)
		if err != nil {
			code := http.StatusGatewayTimeout
			if errors.Is(err, errClientGone) {
				code = 499
			}
			w.WriteHeader(code)
			fmt.Fprintf(w, "[%v/%s] %v partial=%v", id, tenant, err, res)
			return
		}
		fmt.Fprintf(w, "[%v/%s] %v", id, tenant, res)
	})

	base := context.WithValue(context.Background(), tenantKey{}, "acme")

	req := httptest.NewRequest("GET", "/search", nil).WithContext(context.WithValue(base, reqIDKey{}, 1))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Body.String())

	ctx, cancel := context.WithCancelCause(context.WithValue(base, reqIDKey{}, 2))
	step := &stepper{events: make(chan string), proceed: make(chan struct{})}
	ctx = context.WithValue(ctx, stepKey{}, step)
	var wg sync.WaitGroup
	wg.Add(1)
	rec = httptest.NewRecorder()
	go func() {
		defer wg.Done()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/search", nil).WithContext(ctx))
	}()
	fmt.Println("step", <-step.events)
	step.proceed <- struct{}{}
	fmt.Println("step", <-step.events)
	cancel(errClientGone)
	step.proceed <- struct{}{}
	wg.Wait()
	fmt.Println(rec.Code, rec.Body.String())

	ctx3, cancel3 := context.WithCancel(context.WithValue(base, reqIDKey{}, 3))
	cancel3()
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil).WithContext(ctx3))
	fmt.Println(rec.Code, rec.Body.String())
	fmt.Println(ctx3.Err(), errors.Is(ctx3.Err(), context.Canceled), context.Cause(ctx3))

	done := make(chan string)
	stop := context.AfterFunc(ctx, func() { done <- "afterfunc ran" })
	fmt.Println(<-done, stop())
	detached := context.WithoutCancel(ctx)
	fmt.Println(detached.Err(), detached.Value(tenantKey{}))
}
