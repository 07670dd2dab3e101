// Exercises: retry loop distinguishing temporary errors via an interface and errors.As.
package main

import (
	"errors"
	"fmt"
)

type temporary interface{ Temporary() bool }

type netErr struct {
	attempt int
	temp    bool
}

func (n netErr) Error() string   { return fmt.Sprintf("attempt %d failed", n.attempt) }
func (n netErr) Temporary() bool { return n.temp }

func call(attempt int) error {
	switch {
	case attempt < 3:
		return fmt.Errorf("call: %w", netErr{attempt, true})
	case attempt == 3:
		return nil
	}
	return netErr{attempt, false}
}

func main() {
	for attempt := 1; attempt <= 5; attempt++ {
		err := call(attempt)
		if err == nil {
			fmt.Println("success on attempt", attempt)
			break
		}
		var t temporary
		if errors.As(err, &t) && t.Temporary() {
			fmt.Println("retrying:", err)
			continue
		}
		fmt.Println("giving up:", err)
		break
	}
}
