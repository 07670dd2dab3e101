// Exercises: sync.OnceValue, sync.OnceValues, sync.OnceFunc called repeatedly and from goroutines, panics in OnceFunc re-panic
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	config := sync.OnceValue(func() map[string]int {
		calls++
		return map[string]int{"workers": 4}
	})
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()["workers"]
		}()
	}
	wg.Wait()
	fmt.Println(config()["workers"], calls)
	parse := sync.OnceValues(func() (int, error) { return strconv.Atoi("12x") })
	v, err := parse()
	fmt.Println(v, err)
	_, err2 := parse()
	fmt.Println(err == err2)
	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	greet()
	greet()
	boom := sync.OnceFunc(func() { panic("init failed") })
	for i := range 2 {
		func() {
			defer func() { fmt.Println(i, "recovered:", recover()) }()
			boom()
		}()
	}
}
