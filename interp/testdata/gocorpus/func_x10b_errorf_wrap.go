// Exercises: errors with fmt.Errorf %w chains, errors.Is against a sentinel, errors.Unwrap step by step, retry loop with a bounded attempt count
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")
var ErrNotFound = errors.New("not found")

type server struct{ failures int }

func (s *server) fetch(path string) error {
	if path == "/missing" {
		return fmt.Errorf("fetch %s: %w", path, ErrNotFound)
	}
	if s.failures > 0 {
		s.failures--
		return fmt.Errorf("fetch %s: %w", path, ErrTimeout)
	}
	return nil
}

func waitForServer(s *server, path string, tries int) error {
	var err error
	for attempt := 1; attempt <= tries; attempt++ {
		err = s.fetch(path)
		if err == nil {
			fmt.Printf("ok after %d attempt(s)\n", attempt)
			return nil
		}
		if !errors.Is(err, ErrTimeout) {
			return fmt.Errorf("giving up on %s: %w", path, err)
		}
		fmt.Printf("attempt %d: %v; retrying\n", attempt, err)
	}
	return fmt.Errorf("server not responding after %d tries: %w", tries, err)
}

func main() {
	fmt.Println(waitForServer(&server{failures: 2}, "/a", 5))
	err := waitForServer(&server{failures: 9}, "/b", 3)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout), errors.Is(err, ErrNotFound))
	err = waitForServer(&server{}, "/missing", 3)
	fmt.Println(err, errors.Is(err, ErrNotFound))
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %q\n", e.Error())
	}
	two := fmt.Errorf("both: %w and %w", ErrTimeout, ErrNotFound)
	fmt.Println(two, errors.Is(two, ErrNotFound), errors.Unwrap(two) == nil)
	j := errors.Join(ErrTimeout, nil, ErrNotFound)
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, ErrTimeout))
}
