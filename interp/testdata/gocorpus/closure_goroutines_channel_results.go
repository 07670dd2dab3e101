// Exercises: goroutines capturing loop variables send results over a channel, collected and sorted.
package main

import (
	"fmt"
	"slices"
)

func main() {
	ch := make(chan string)
	names := []string{"delta", "alpha", "charlie", "bravo"}
	for idx, n := range names {
		go func() {
			ch <- fmt.Sprintf("%s#%d", n, idx)
		}()
	}
	var got []string
	for range names {
		got = append(got, <-ch)
	}
	slices.Sort(got)
	fmt.Println(got)
}
