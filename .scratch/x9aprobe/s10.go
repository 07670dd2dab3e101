// Exercises: goroutine started in main reading a local, unbuffered handshake, deferred close
package main

import "fmt"

func main() {
	results := make(chan string)
	names := []string{"x", "y", "z"}
	go func() {
		defer close(results)
		for i, n := range names {
			results <- fmt.Sprintf("%d-%s", i, n)
		}
	}()
	for r := range results {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
