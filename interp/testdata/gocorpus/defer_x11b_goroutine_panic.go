// Exercises: a recovered panic in a goroutine reported on a channel, runtime.Error type assertion, panic with custom error value
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type jobError struct{ id int }

func (e *jobError) Error() string { return fmt.Sprintf("job %d failed", e.id) }

func worker(id int, out chan<- error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			out <- nil
		case runtime.Error:
			out <- fmt.Errorf("worker %d runtime: %v", id, v)
		case error:
			out <- fmt.Errorf("worker %d: %w", id, v)
		default:
			out <- fmt.Errorf("worker %d: %v", id, v)
		}
	}()
	switch id {
	case 1:
		var s []int
		_ = s[id]
	case 2:
		panic(&jobError{id})
	case 3:
		panic("plain string")
	}
}

func main() {
	for id := 0; id < 4; id++ {
		ch := make(chan error, 1)
		go worker(id, ch)
		err := <-ch
		var je *jobError
		fmt.Println(id, err, errors.As(err, &je))
	}
}
