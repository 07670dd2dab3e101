package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

type TimeoutError struct {
	Op    string
	Retry bool
}

func (e *TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e *TimeoutError) Temporary() bool { return e.Retry }

var store = map[string]string{"a": "apple", "b": "banana", "c": "cherry"}

func fetch(key string) (string, error) {
	switch {
	case strings.HasPrefix(key, "slow"):
		return "", &TimeoutError{Op: "fetch " + key, Retry: key == "slow1"}
	case store[key] == "":
		return "", NotFoundError{key}
	}
	return store[key], nil
}

type keyErr struct {
	key string
	err error
}

func fetchAll(keys []string) (map[string]string, error) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	got := map[string]string{}
	var fails []keyErr
	for _, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := fetch(k)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				fails = append(fails, keyErr{k, err})
				return
			}
			got[k] = v
		}()
	}
	wg.Wait()
	sort.Slice(fails, func(i, j int) bool { return fails[i].key < fails[j].key })
	errs := make([]error, len(fails))
	for i, f := range fails {
		errs[i] = fmt.Errorf("key %q: %w", f.key, f.err)
	}
	return got, errors.Join(errs...)
}

func main() {
	got, err := fetchAll([]string{"a", "x", "slow1", "c", "slow2", "b"})
	fmt.Println(got)
	fmt.Println("error:")
	fmt.Println(err)

	var nf NotFoundError
	fmt.Println("has not-found:", errors.As(err, &nf), nf.Key)
	var te *TimeoutError
	if errors.As(err, &te) {
		fmt.Printf("first timeout: %+v\n", *te)
	}
	type temporary interface{ Temporary() bool }
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range u.Unwrap() {
			var t temporary
			fmt.Printf("%-40v temporary=%v\n", e, errors.As(e, &t) && t.Temporary())
		}
	}
	_, err = fetchAll([]string{"a", "b"})
	fmt.Println("clean run error is nil:", err == nil)
}
