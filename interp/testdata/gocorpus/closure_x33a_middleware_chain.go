package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Handler func(req string) (string, error)

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string, mu *sync.Mutex) Middleware {
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			resp, err := next(req)
			mu.Lock()
			*log = append(*log, fmt.Sprintf("%s -> %q err=%v", req, resp, err))
			mu.Unlock()
			return resp, err
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(req string) (resp string, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("recovered: %v", r)
				}
			}()
			return next(req)
		}
	}
}

func Limit(n int) Middleware {
	sem := make(chan struct{}, n)
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			sem <- struct{}{}
			defer func() { <-sem }()
			return next(req)
		}
	}
}

var errEmpty = errors.New("empty request")

func echo(req string) (string, error) {
	switch {
	case req == "":
		return "", errEmpty
	case strings.HasPrefix(req, "boom"):
		var arr []int
		return fmt.Sprint(arr[len(req)]), nil
	}
	return strings.ToUpper(req), nil
}

func main() {
	var log []string
	var mu sync.Mutex
	h := Chain(echo, Logging(&log, &mu), Recover(), Limit(2))

	reqs := []string{"hello", "", "boom!", "gophers", "world"}
	resps := make([]string, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := h(r)
			if err != nil {
				resps[i] = "ERR " + err.Error()
				return
			}
			resps[i] = resp
		}()
	}
	wg.Wait()
	for i := range reqs {
		fmt.Printf("%-9q %s\n", reqs[i], resps[i])
	}
	fmt.Println("log entries:", len(log))
	_, err := h("")
	fmt.Println(errors.Is(err, errEmpty), log[len(log)-1])
}
