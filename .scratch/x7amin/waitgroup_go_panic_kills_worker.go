package main

import (
	"fmt"
	"sync"
)

// A panic in a func started by sync.WaitGroup.Go (a goroutine started by compiled code)
// kills the worker process with no message; the same panic under a `go` statement
// becomes a clear cell error.
func main() {
	fmt.Println("start")
	var wg sync.WaitGroup
	wg.Go(func() { panic("boom") })
	wg.Wait()
}
