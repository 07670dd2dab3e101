// Exercises: sync.OnceValue, sync.OnceValues, sync.OnceFunc executed once across calls.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	calls := 0
	config := sync.OnceValue(func() map[string]string {
		calls++
		return map[string]string{"env": "test"}
	})
	fmt.Println(config()["env"], config()["env"], calls)

	loads := 0
	load := sync.OnceValues(func() (int, error) {
		loads++
		return 0, errors.New("load failed")
	})
	for range 3 {
		v, err := load()
		fmt.Println(v, err)
	}
	fmt.Println("loads:", loads)

	inits := 0
	initOnce := sync.OnceFunc(func() { inits++ })
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() { defer wg.Done(); initOnce() }()
	}
	wg.Wait()
	fmt.Println("inits:", inits)
}
