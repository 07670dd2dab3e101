package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Config struct {
	Name    string
	Workers int
}

var loads int

var loadConfig = sync.OnceValue(func() Config {
	loads++
	return Config{Name: "prod", Workers: 4}
})

var parsePort = sync.OnceValues(func() (int, error) {
	return strconv.Atoi("80x")
})

func main() {
	var wg sync.WaitGroup
	results := make([]Config, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = loadConfig()
		}()
	}
	wg.Wait()
	fmt.Printf("loads=%d first=%+v all same=%v\n", loads, results[0], results[0] == results[7])

	p, err := parsePort()
	fmt.Println(p, err)
	_, err2 := parsePort()
	fmt.Println("same error:", err == err2)
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &numErr), numErr.Func)

	var log []string
	var mu sync.Mutex
	initOnce := sync.OnceFunc(func() {
		mu.Lock()
		log = append(log, "init")
		mu.Unlock()
	})
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			initOnce()
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(log, ","))

	// A panicking OnceFunc re-panics on every call with the same value.
	boom := sync.OnceFunc(func() { panic("bad init") })
	for i := range 2 {
		func() {
			defer func() {
				fmt.Println("call", i, "recovered:", recover())
			}()
			boom()
		}()
	}

	// The classic sync.Once still works.
	var once sync.Once
	counter := 0
	for range 3 {
		once.Do(func() { counter += 10 })
	}
	fmt.Println("counter", counter)

	// OnceValue with a memoised expensive computation.
	fib := sync.OnceValue(func() []int {
		f := []int{0, 1}
		for len(f) < 15 {
			f = append(f, f[len(f)-1]+f[len(f)-2])
		}
		return f
	})
	fmt.Println(fib()[10:], len(fib()))
}
