// Exercises: deferred closures in a loop capture per-iteration variables.
package main

import "fmt"

func collect() (out []int) {
	for i := range 4 {
		defer func() {
			out = append(out, i*i)
		}()
	}
	return nil
}

func main() {
	fmt.Println(collect())
}
