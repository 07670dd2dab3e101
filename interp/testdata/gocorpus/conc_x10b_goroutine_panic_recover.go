// Exercises: recovering a panic inside each goroutine and reporting it as an error over a channel, ordering results by index, panicking with an error value
package main

import (
	"errors"
	"fmt"
	"sync"
)

var errBad = errors.New("bad input")

func risky(n int) int {
	if n%3 == 0 {
		panic(fmt.Errorf("risky(%d): %w", n, errBad))
	}
	if n%4 == 0 {
		var m map[string]int
		m["x"] = n
	}
	return 100 / n
}

func safe(n int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = x
			default:
				err = fmt.Errorf("%v", x)
			}
		}
	}()
	return risky(n), nil
}

func main() {
	out := make([]string, 9)
	var wg sync.WaitGroup
	for i := 1; i <= 9; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := safe(i)
			if err != nil {
				out[i-1] = fmt.Sprintf("%d: error %v (bad=%t)", i, err, errors.Is(err, errBad))
				return
			}
			out[i-1] = fmt.Sprintf("%d: %d", i, v)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
